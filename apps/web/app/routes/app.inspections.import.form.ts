// The import page's forms: check or import a file (the file itself is added by the action after
// readUploadForm bounded it), and the column mapping, checked by inspections.saveImportMapping's
// contracts schema (blank fields are absent: the default column).
import { z } from "zod";
import { ImportKind, ImportMappingSaveSchema } from "@anzhi/contracts";

export const ImportFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("check"), kind: ImportKind }),
  z.object({ intent: z.literal("import"), kind: ImportKind }),
  z
    .object({
      intent: z.literal("mapping"),
      kind: ImportKind,
      columns: z.record(z.string(), z.string()).optional(),
    })
    .transform(({ columns, ...rest }): unknown => ({ ...rest, columns: columns ?? {} }))
    .pipe(ImportMappingSaveSchema.safeExtend({ intent: z.literal("mapping") })),
]);
