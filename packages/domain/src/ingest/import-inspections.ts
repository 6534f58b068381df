// Importing inspection records from the ERP's own CSV/XLSX export (docs/decisions/021), for the
// enterprises without an ERP link. Each row is read through the enterprise's saved column mapping
// into the record the ERP API takes (rows sharing a 记录编号 are one record, one test line per row)
// and goes through the same preparation: schema, product/supplier codes and the completeness rule
// (prepare-inspections.ts). A dry run reports what would be stored and every refusal on its row
// and column without writing; the import itself is the ERP push (push-inspections.ts), so it is
// idempotent by externalId: the same file again changes nothing.
import ExcelJS from "exceljs";
import { parse as parseCsv } from "csv-parse/sync";
import {
  DEFAULT_IMPORT_COLUMNS,
  importFields,
  INCOMING_DOCUMENT_ZH,
  INSPECTION_RESULT_ZH,
  NON_CONFORMITY_HANDLING_ZH,
  RELEASE_DECISION_ZH,
  TEST_LINE_RESULT_ZH,
  localInstant,
  t,
  type ImportColumns,
  type ImportField,
  type ImportKind,
  type ImportMappingSave,
  type ImportReport,
  type ImportRowIssue,
  type Locale,
  type RecordIssue,
} from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { findInChunks } from "./chunks.ts";
import type { InspectionWriter } from "./context.ts";
import { prepareInspections } from "./prepare-inspections.ts";
import { pushInspections } from "./push-inspections.ts";
import { prepareShipments, pushShipments, shipmentOutcomes } from "../shipments/shipments.ts";

/** The most data rows one file may hold (a month of a small factory's records fits many times). */
export const MAX_IMPORT_ROWS = 5000;

export interface Importer {
  organizationId: string;
  userId: string;
  locale: Locale;
  now: Date;
}

export interface ImportInput {
  kind: ImportKind;
  file: { fileName: string; bytes: Uint8Array };
  dryRun: boolean;
}

// ─── Reading the file ───

interface Sheet {
  headers: string[];
  /** Data rows with their row number in the file (the header is row 1). */
  rows: { rowNo: number; cells: string[] }[];
}

const unreadable = () =>
  new AppError("IMPORT_FILE_UNREADABLE", { issues: [{ path: "file", message: "IMPORT_FILE_UNREADABLE" }] });

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell as the text the ERP wrote. exceljs gives date cells as the wall-clock time in UTC fields. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const h = value.getUTCHours();
    const m = value.getUTCMinutes();
    const s = value.getUTCSeconds();
    return h === 0 && m === 0 && s === 0 ? day : `${day} ${pad(h)}:${pad(m)}:${pad(s)}`;
  }
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value)
      return cellText((value as { result?: ExcelJS.CellValue }).result);
    if ("text" in value) return String(value.text);
    return "";
  }
  return String(value).trim();
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw unreadable();
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw unreadable();
  const out: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNo) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    out[rowNo - 1] = cells;
  });
  return Array.from(out, (r) => r ?? []);
}

/** CSV as Excel saves it in China: UTF-8 (with or without BOM) or GBK. */
function readCsv(bytes: Uint8Array): string[][] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("gb18030").decode(bytes);
  }
  try {
    return parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
  } catch {
    throw unreadable();
  }
}

export async function readSheet(file: { fileName: string; bytes: Uint8Array }): Promise<Sheet> {
  const b = file.bytes;
  const isZip = b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
  const table = isZip || /\.xlsx$/i.test(file.fileName) ? await readXlsx(b) : readCsv(b);
  const [head, ...body] = table;
  const headers = (head ?? []).map((h) => h.normalize("NFKC").trim());
  if (headers.every((h) => h === "")) throw unreadable();
  const rows = body.map((cells, i) => ({ rowNo: i + 2, cells })).filter((r) => r.cells.some((c) => c.trim() !== ""));
  return { headers, rows };
}

// ─── Column mapping ───

/** The columns every record needs (the others may be absent from the file). */
const REQUIRED: Record<ImportKind, readonly ImportField[]> = {
  shipment: ["externalId", "productCode", "event", "batchNo", "quantity", "unit", "shippedOn"],
  outgoing: [
    "externalId",
    "productCode",
    "specModel",
    "batchNo",
    "quantity",
    "unit",
    "inspectedAt",
    "result",
    "inspector",
    "standardNo",
    "lineItem",
    "lineResult",
  ],
  incoming: [
    "externalId",
    "materialName",
    "supplierExternalId",
    "receiptDate",
    "specModel",
    "batchNo",
    "quantity",
    "unit",
    "inspectedAt",
    "result",
    "inspector",
    "standardNo",
  ],
};

function parseColumns(json: string): ImportColumns {
  try {
    const v: unknown = JSON.parse(json);
    if (typeof v !== "object" || v === null) return {};
    return Object.fromEntries(
      Object.entries(v).filter(
        (e): e is [ImportField, string] => e[0] in DEFAULT_IMPORT_COLUMNS && typeof e[1] === "string",
      ),
    );
  } catch {
    return {};
  }
}

export interface ImportMapping {
  kind: ImportKind;
  /** Every field of the kind with the column it is read from. */
  columns: { field: ImportField; column: string; required: boolean; isDefault: boolean }[];
  saved: boolean;
}

export async function importMapping(db: Db, organizationId: string, kind: ImportKind): Promise<ImportMapping> {
  const row = await db.inspectionImportMapping.findUnique({
    where: { organizationId_kind: { organizationId, kind } },
    select: { columnsJson: true },
  });
  const saved = row ? parseColumns(row.columnsJson) : {};
  return {
    kind,
    saved: row !== null,
    columns: importFields(kind).map((field) => ({
      field,
      column: saved[field] ?? DEFAULT_IMPORT_COLUMNS[field],
      required: REQUIRED[kind].includes(field),
      isDefault: saved[field] === undefined || saved[field] === DEFAULT_IMPORT_COLUMNS[field],
    })),
  };
}

export async function saveImportMapping(db: Db, who: Importer, input: ImportMappingSave): Promise<ImportMapping> {
  const own = new Set(importFields(input.kind));
  const columns = Object.fromEntries(
    Object.entries(input.columns).filter(
      ([field, column]) => own.has(field as ImportField) && column !== DEFAULT_IMPORT_COLUMNS[field as ImportField],
    ),
  );
  await db.$transaction(async (tx) => {
    const row = await tx.inspectionImportMapping.upsert({
      where: { organizationId_kind: { organizationId: who.organizationId, kind: input.kind } },
      create: {
        organizationId: who.organizationId,
        kind: input.kind,
        columnsJson: JSON.stringify(columns),
        updatedByUserId: who.userId,
        createdAt: who.now,
        updatedAt: who.now,
      },
      update: { columnsJson: JSON.stringify(columns), updatedByUserId: who.userId, updatedAt: who.now },
      select: { id: true },
    });
    await recordAudit(tx, {
      organizationId: who.organizationId,
      actor: { kind: "user", userId: who.userId },
      action: "inspection_import_mapping.save",
      entityType: "inspection_import_mapping",
      entityId: row.id,
      data: { kind: input.kind, columns },
      at: who.now,
    });
  });
  return importMapping(db, who.organizationId, input.kind);
}

// ─── Rows → the ERP record shape ───

const invert = (labels: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(labels).map(([value, zh]) => [zh, value]));
// the Chinese words of each enum (labels.ts) and the synonyms ERP exports use
const RESULT = { ...invert(INSPECTION_RESULT_ZH), 待定: "pending" };
const LINE_RESULT = { ...invert(TEST_LINE_RESULT_ZH), 符合: "pass", 不符合: "fail", "/": "na", "—": "na" };
const RELEASE = invert(RELEASE_DECISION_ZH);
const PASS_FAIL: Record<string, string> = { 合格: "pass", 符合: "pass", 不合格: "fail", 不符合: "fail" };
const HANDLING = invert(NON_CONFORMITY_HANDLING_ZH);
const EVENT: Record<string, string> = { 出厂放行: "released", 放行: "released", 发货: "shipped" };
const DOCUMENT = {
  ...invert(INCOMING_DOCUMENT_ZH),
  合格证: "conformity_certificate",
  合格证明: "conformity_certificate",
};
const BOOL: Record<string, boolean> = {
  是: true,
  否: false,
  y: true,
  n: false,
  true: true,
  false: false,
  "1": true,
  "0": false,
};

const label = (table: Record<string, string>, v: string) => table[v] ?? v;

function number(v: string): number | string {
  const n = Number(v.replace(/,/g, ""));
  return v !== "" && Number.isFinite(n) ? n : v;
}

const DAY = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/;

/** A local date as YYYY-MM-DD ("2026/1/5", "2026-01-05 00:00:00"); otherwise the text, for the schema to refuse. */
function day(v: string): string {
  const m = DAY.exec(v);
  return m ? `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}` : v;
}

/** An instant: ISO with an offset as is; a wall-clock time (or a date: its 00:00) in the organisation's zone. */
function instant(v: string, timeZone: string): string {
  if (/[zZ]$|[+-]\d{2}:?\d{2}$/.test(v) && v.includes("T")) return v;
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(v);
  if (!m) return v;
  const local = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}T${pad(Number(m[4] ?? 0))}:${m[5] ?? "00"}:${m[6] ?? "00"}`;
  try {
    return localInstant(local, timeZone).toISOString();
  } catch {
    return v;
  }
}

type Cells = Partial<Record<ImportField, string>>;

interface Group {
  /** Rows of the record, in file order; the first holds the record's own fields. */
  rows: { rowNo: number; cells: Cells }[];
  /** Row number of each test line, by line index. */
  lineRows: number[];
}

function recordOf(kind: ImportKind, g: Group, timeZone: string): Record<string, unknown> {
  const first = g.rows[0]?.cells ?? {};
  const out: Record<string, unknown> = {};
  const put = (field: ImportField, convert: (v: string) => unknown = (v) => v) => {
    const v = first[field];
    if (v !== undefined && v !== "") out[field] = convert(v);
  };
  if (kind === "shipment") {
    put("externalId");
    put("productCode");
    put("event", (v) => label(EVENT, v));
    put("batchNo");
    put("quantity", number);
    put("unit");
    put("shippedOn", day);
    put("consignee");
    return out;
  }
  put("externalId");
  put("siteCode");
  put("specModel");
  put("batchNo");
  put("quantity", number);
  put("unit");
  put("inspectedAt", (v) => instant(v, timeZone));
  put("result", (v) => label(RESULT, v));
  put("inspector");
  put("standardNo");
  put("sampleSize");
  put("remarks");
  put("productionDate", day);
  if (kind === "outgoing") {
    put("productCode");
    put("releaseDecision", (v) => label(RELEASE, v));
    put("markingCheck", (v) => label(PASS_FAIL, v));
    put("certificateOfConformityNo");
    put("approver");
  } else {
    put("materialName");
    put("supplierExternalId");
    put("receiptDate", day);
    put("manufacturerName");
    put("isKeyComponent", (v) => BOOL[v.toLowerCase()] ?? v);
    put("supplierCertValid", (v) => BOOL[v.toLowerCase()] ?? v);
    put("documentsChecked", (v) =>
      v
        .split(/[,，、;；\s]+/)
        .filter(Boolean)
        .map((d) => label(DOCUMENT, d)),
    );
    put("nonConformityHandling", (v) => label(HANDLING, v));
  }
  const lines: Record<string, unknown>[] = [];
  for (const { rowNo, cells } of g.rows) {
    if (!cells.lineItem) continue;
    const line: Record<string, unknown> = { item: cells.lineItem };
    if (cells.lineRequirement) line.requirement = cells.lineRequirement;
    if (cells.lineMeasured) line.measured = cells.lineMeasured;
    if (cells.lineUnit) line.unit = cells.lineUnit;
    if (cells.lineResult) line.result = label(LINE_RESULT, cells.lineResult);
    lines.push(line);
    g.lineRows.push(rowNo);
  }
  if (lines.length > 0 || kind === "outgoing") out.lines = lines;
  return out;
}

const LINE_FIELD: Record<string, ImportField> = {
  item: "lineItem",
  requirement: "lineRequirement",
  measured: "lineMeasured",
  unit: "lineUnit",
  result: "lineResult",
};

/** Where a refusal points in the file: the line's row for a test-line field, else the record's first row. */
function rowIssues(
  g: Group,
  externalId: string | null,
  issues: RecordIssue[],
  column: (f: ImportField) => string,
  locale: Locale,
) {
  const firstRow = g.rows[0]?.rowNo ?? 0;
  return issues.map((i): ImportRowIssue => {
    const [head, index, sub] = i.path.split(".");
    let field = head ?? "";
    let row = firstRow;
    if (head === "lines" && index !== undefined && sub !== undefined) {
      row = g.lineRows[Number(index)] ?? firstRow;
      field = LINE_FIELD[sub] ?? "lineItem";
    } else if (head === "lines") field = "lineItem";
    const known = field in DEFAULT_IMPORT_COLUMNS ? (field as ImportField) : null;
    // the schema asks for ISO 8601; a spreadsheet holds a wall-clock time
    const message =
      field === "inspectedAt" && i.code === "VALIDATION_FAILED" ? t("import.datetime_invalid", locale) : i.message;
    return { row, externalId, column: known ? column(known) : null, field, code: i.code, message };
  });
}

// ─── The import ───

export async function importInspections(db: Db, who: Importer, input: ImportInput): Promise<ImportReport> {
  const { kind } = input;
  const [sheet, mapping, org] = await Promise.all([
    readSheet(input.file),
    importMapping(db, who.organizationId, kind),
    db.organization.findUniqueOrThrow({ where: { id: who.organizationId }, select: { timeZone: true } }),
  ]);
  if (sheet.rows.length > MAX_IMPORT_ROWS)
    throw new AppError("IMPORT_TOO_MANY_ROWS", {
      details: { max: MAX_IMPORT_ROWS },
      issues: [{ path: "file", message: "IMPORT_TOO_MANY_ROWS", params: { max: MAX_IMPORT_ROWS } }],
    });
  const columnOf = new Map(mapping.columns.map((c) => [c.field, c.column]));
  const column = (f: ImportField) => columnOf.get(f) ?? DEFAULT_IMPORT_COLUMNS[f];
  const index = new Map<ImportField, number>();
  for (const c of mapping.columns) {
    const at = sheet.headers.indexOf(c.column.normalize("NFKC").trim());
    if (at >= 0) index.set(c.field, at);
  }
  const missing = mapping.columns.filter((c) => c.required && !index.has(c.field)).map((c) => c.column);
  if (missing.length > 0)
    throw new AppError("IMPORT_COLUMNS_MISSING", {
      details: { columns: missing.join("、") },
      issues: [{ path: "file", message: "IMPORT_COLUMNS_MISSING", params: { columns: missing.join("、") } }],
    });

  // rows sharing a 记录编号 are one record; a row without one is a record of its own (and refused)
  const groups: Group[] = [];
  const byExternalId = new Map<string, Group>();
  for (const { rowNo, cells } of sheet.rows) {
    const read: Cells = {};
    for (const [field, at] of index) read[field] = (cells[at] ?? "").normalize("NFC").trim();
    // a shipment is one row; inspection rows sharing a 记录编号 are one record
    const id = kind === "shipment" ? "" : (read.externalId ?? "");
    const known = id === "" ? undefined : byExternalId.get(id);
    if (known) {
      known.rows.push({ rowNo, cells: read });
      continue;
    }
    const g: Group = { rows: [{ rowNo, cells: read }], lineRows: [] };
    groups.push(g);
    if (id !== "") byExternalId.set(id, g);
  }
  const raws = groups.map((g) => recordOf(kind, g, org.timeZone));
  const writer: InspectionWriter = {
    organizationId: who.organizationId,
    userId: who.userId,
    siteId: null,
    locale: who.locale,
    now: who.now,
  };
  const externalIdOf = (i: number) => {
    const id = raws[i]?.externalId;
    return typeof id === "string" ? id : null;
  };

  const issues: ImportRowIssue[] = [];
  const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  const hazardNos: string[] = [];
  const rejectedRows = (r: { index: number; issues?: RecordIssue[] | undefined }) => {
    const g = groups[r.index];
    if (g) issues.push(...rowIssues(g, externalIdOf(r.index), r.issues ?? [], column, who.locale));
  };
  if (kind === "shipment") {
    if (input.dryRun) {
      const { rows, rejected } = await prepareShipments(db, writer, raws);
      counts.rejected = rejected.length;
      rejected.forEach(rejectedRows);
      for (const outcome of await shipmentOutcomes(db, who.organizationId, rows)) counts[outcome] += 1;
    } else {
      const pushed = await pushShipments(db, writer, raws);
      Object.assign(counts, pushed.counts);
      for (const r of pushed.results) {
        // an unchanged shipment answers the hazard it opened before
        if (r.hazardNo && r.status !== "unchanged" && !hazardNos.includes(r.hazardNo)) hazardNos.push(r.hazardNo);
        if (r.status === "rejected") rejectedRows(r);
      }
    }
  } else if (input.dryRun) {
    const { records, rejected } = await prepareInspections(db, writer, org.timeZone, kind, raws);
    counts.rejected = rejected.length;
    rejected.forEach(rejectedRows);
    const existing = await findInChunks(
      records.map((r) => r.header.externalId),
      (externalIds) =>
        db.inspectionRecord.findMany({
          where: { organizationId: who.organizationId, kind, externalId: { in: externalIds } },
          select: { externalId: true, contentHash: true },
        }),
    );
    const hashOf = new Map(existing.map((e) => [e.externalId, e.contentHash]));
    for (const r of records) {
      const prev = hashOf.get(r.header.externalId);
      if (prev === undefined) counts.created += 1;
      else if (prev === r.hash) counts.unchanged += 1;
      else counts.updated += 1;
    }
  } else {
    const pushed = await pushInspections(db, writer, kind, raws);
    Object.assign(counts, pushed.counts);
    for (const r of pushed.results) {
      if (r.hazardNo) hazardNos.push(r.hazardNo);
      if (r.status === "rejected") rejectedRows(r);
    }
  }
  if (!input.dryRun)
    await recordAudit(db, {
      organizationId: who.organizationId,
      actor: { kind: "user", userId: who.userId },
      action: kind === "shipment" ? "shipment.import" : "inspection.import",
      entityType: kind === "shipment" ? "shipment" : "inspection_record",
      data: { kind, fileName: input.file.fileName, rows: sheet.rows.length, ...counts },
      at: who.now,
    });
  // one refusal per cell is enough (a malformed time is also out of range)
  const seen = new Set<string>();
  const named = issues
    .filter((i) => {
      const key = `${i.row}\u0000${i.field}\u0000${i.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.row - b.row);
  return { dryRun: input.dryRun, rows: sheet.rows.length, records: groups.length, counts, issues: named, hazardNos };
}
