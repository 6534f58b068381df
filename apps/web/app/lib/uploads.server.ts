// Form posts that carry files. A multipart body is read part by part: a file is refused as soon as
// it passes MAX_UPLOAD_BYTES and nothing after it is read, so an oversized upload never sits in
// memory whole; the refusal comes back as a field error in the user's language. The files then
// travel to the procedure as bytes, with the record they belong to.
import {
  MaxPartSizeExceededError,
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import { t } from "@anzhi/contracts";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES, MAX_UPLOAD_MB, type FileUpload } from "@anzhi/contracts/uploads";
import type { FormError } from "@anzhi/api";
import { getLocale } from "./locale.server.ts";

/** The most a text field of a form may weigh (the longest textareas hold a few thousand characters). */
export const MAX_TEXT_PART_BYTES = 256 * 1024;

export interface UploadForm {
  /** The fields read; when `refused`, only those before the refused part. */
  form: FormData;
  /** Why the post was not read to its end (a file too large, too many files), as a form error. */
  refused: FormError | null;
}

class TooManyFilesError extends Error {
  constructor(readonly field: string) {
    super(`more than ${MAX_UPLOAD_FILES} files in ${field}`);
  }
}

/** The upload handler: files of at most MAX_UPLOAD_BYTES, at most MAX_UPLOAD_FILES per field, short text fields. */
export function uploadHandler(): UploadHandler {
  const files = new Map<string, number>();
  return unstable_composeUploadHandlers(
    unstable_createMemoryUploadHandler({
      maxPartSize: MAX_UPLOAD_BYTES,
      filter: ({ name, filename }) => {
        if (filename === undefined) return false;
        const count = (files.get(name) ?? 0) + 1;
        if (count > MAX_UPLOAD_FILES) throw new TooManyFilesError(name);
        files.set(name, count);
        return true;
      },
    }),
    unstable_createMemoryUploadHandler({
      maxPartSize: MAX_TEXT_PART_BYTES,
      filter: ({ filename }) => filename === undefined,
    }),
  );
}

/**
 * Reads a form post; multipart bodies through `uploadHandler`, others as usual. A refusal names the
 * form field, or the input path `paths` maps it to (where the form shows the procedure's errors).
 */
export async function readUploadForm(
  request: Request,
  paths: Readonly<Record<string, string>> = {},
): Promise<UploadForm> {
  const handler = uploadHandler();
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data"))
    return { form: await request.formData(), refused: null };
  const form = new FormData();
  // Fields are collected as they are read, so a refusal still knows the intent and ids posted before the file.
  const collecting: UploadHandler = async (part) => {
    const value = await handler(part);
    if (value !== undefined && value !== null) form.append(part.name, value);
    return undefined;
  };
  try {
    await unstable_parseMultipartFormData(request, collecting);
    return { form, refused: null };
  } catch (error) {
    const locale = getLocale(request);
    const refusal = (field: string, message: string): UploadForm => ({
      form,
      refused: {
        code: "VALIDATION_FAILED",
        message: t("VALIDATION_FAILED", locale),
        fields: { [paths[field] ?? field]: message },
      },
    });
    if (error instanceof MaxPartSizeExceededError) {
      const isFile = error.maxBytes === MAX_UPLOAD_BYTES;
      return refusal(
        error.field,
        isFile
          ? t("file.too_large", locale, { maximum: MAX_UPLOAD_MB })
          : t("field.too_long", locale, { maximum: MAX_TEXT_PART_BYTES }),
      );
    }
    if (error instanceof TooManyFilesError)
      return refusal(error.field, t("field.too_many", locale, { maximum: MAX_UPLOAD_FILES }));
    throw error;
  }
}

/** The non-empty files of `field`, as the bytes a procedure takes. */
export async function filesOf(form: FormData, field: string): Promise<FileUpload[]> {
  const files: FileUpload[] = [];
  for (const value of form.getAll(field)) {
    if (typeof value === "string" || value.size === 0) continue;
    files.push({ fileName: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  return files;
}

/** The one file of `field`, if one was chosen. */
export async function fileOf(form: FormData, field: string): Promise<FileUpload | undefined> {
  return (await filesOf(form, field))[0];
}
