// The mapping engine shared by the ERP connectors (@anzhi/sdk/connectors/*): a row of ERP fields
// goes through a field spec (Anzhi field → where its value comes from) and the record's upsert
// schema. A row the schema refuses is not dropped: it comes back as MappingIssues naming the ERP
// field the value came from, so the integrator fixes the mapping or the ERP data, not a guess.
import { localizeIssue, type Locale } from "@anzhi/contracts";
import type { z } from "zod";

/** One row of ERP fields, keyed by the ERP's field key ("FBillNo", "FMaterialId.FNumber", "entry.quantity"). */
export type ErpRow = Record<string, unknown>;

/**
 * Where an Anzhi field's value comes from: an ERP field key, a constant (`{ value }`), or a
 * function of the row (for joins, custom fields, lot management off, code translation…).
 */
export type Source = string | { value: unknown } | ((row: ErpRow) => unknown);

export type FieldSpec = Record<string, Source | undefined>;

/**
 * A function source that names the ERP field it reads, so an issue names that field instead of
 * "(function)": `derived("customercode", (code) => customers.get(code)?.name)`.
 */
export function derived(field: string, fn: (value: unknown, row: ErpRow) => unknown): Source {
  return Object.assign((row: ErpRow) => fn(row[field], row), { sourceField: field });
}

/** A row that could not become a valid Anzhi record, field by field. */
export interface MappingIssue {
  /** Index of the row in the input. */
  index: number;
  /** The ERP bill number (or material code) of the row, when it has one. */
  billNo: string | null;
  /** The Anzhi field refused. */
  field: string;
  /** The ERP field the value came from ("(constant)" / "(function)" when configured so). */
  sourceField: string;
  /** The value the ERP row held. */
  value: unknown;
  /** Why, in the locale asked for (zh-CN by default), as the server would say it. */
  message: string;
}

export interface MappingResult<T> {
  /** Valid records, ready for `anzhi.<resource>.sync(records)`. */
  records: T[];
  /** Index in the input of each record in `records`. */
  indices: number[];
  issues: MappingIssue[];
}

export function sourceName(source: Source | undefined): string {
  if (source === undefined) return "(not mapped)";
  if (typeof source === "string") return source;
  if (typeof source === "function") return (source as { sourceField?: string }).sourceField ?? "(function)";
  return "(constant)";
}

export function read(row: ErpRow, source: Source | undefined): unknown {
  if (source === undefined) return undefined;
  if (typeof source === "string") return row[source];
  if (typeof source === "function") return source(row);
  return source.value;
}

/** ERP values are often "" or null for "not filled in"; Anzhi wants the field absent. */
function present(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" && value.trim() === "") return undefined;
  return typeof value === "string" ? value.trim() : value;
}

/**
 * Maps rows with `spec` and validates each record with `schema`. `convert` turns a raw value
 * into the Anzhi type per field (dates, numbers); `billNo` names the row in issues.
 */
export function mapRows<T>(
  rows: readonly ErpRow[],
  spec: FieldSpec,
  schema: z.ZodType,
  opts: {
    billNo: (row: ErpRow) => unknown;
    convert?: Record<string, (value: unknown) => unknown>;
    locale?: Locale | undefined;
  },
): MappingResult<T> {
  const records: T[] = [];
  const indices: number[] = [];
  const issues: MappingIssue[] = [];
  rows.forEach((row, index) => {
    const record: Record<string, unknown> = {};
    const raw: Record<string, unknown> = {};
    for (const [field, source] of Object.entries(spec)) {
      const value = present(read(row, source));
      raw[field] = value;
      if (value === undefined) continue;
      const convert = opts.convert?.[field];
      record[field] = convert ? convert(value) : value;
    }
    const parsed = schema.safeParse(record);
    if (parsed.success) {
      records.push(record as T);
      indices.push(index);
      return;
    }
    const billNo = present(opts.billNo(row));
    // One issue per field: the first names the cause ("date.invalid"), later ones follow from it.
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "(record)");
      if (seen.has(field)) continue;
      seen.add(field);
      issues.push({
        index,
        billNo: billNo === undefined ? null : String(billNo),
        field,
        sourceField: field in spec ? sourceName(spec[field]) : "(record)",
        value: raw[field],
        message: localizeIssue(issue, opts.locale ?? "zh-CN"),
      });
    }
  });
  return { records, indices, issues };
}

/** "2026-11-20", "2026-11-20T00:00:00", "2026/11/20 0:00:00" → "2026-11-20" (else unchanged, for the schema to refuse). */
export function localDate(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "string") return value;
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})/.exec(value);
  return m ? `${m[1]}-${m[2]?.padStart(2, "0")}-${m[3]?.padStart(2, "0")}` : value;
}

/** An ERP local date-time (China time, no offset) → ISO 8601 with +08:00; one with an offset is kept. */
export function chinaDateTime(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "string") return value;
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(
    value,
  );
  if (!m) return value;
  const [, y, mo, d, h, mi, s, zone] = m;
  const p = (x: string | undefined) => (x ?? "0").padStart(2, "0");
  return `${y}-${p(mo)}-${p(d)}T${p(h)}:${mi}:${p(s)}${zone ?? "+08:00"}`;
}

/** "1,200.00" / "1200" / 1200 → 1200 (else unchanged, for the schema to refuse). */
export function quantity(value: unknown): unknown {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return value;
  const n = Number(value.replace(/,/g, ""));
  return Number.isFinite(n) ? n : value;
}

/** The field spec with the integrator's overrides on top (an override of `undefined` un-maps a field). */
export function withOverrides(defaults: FieldSpec, overrides: FieldSpec | undefined): FieldSpec {
  return { ...defaults, ...overrides };
}
