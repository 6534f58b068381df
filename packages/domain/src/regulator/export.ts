// XLSX and CSV of a ledger table. CSV is UTF-8 with a BOM so Excel opens Chinese correctly, and
// both start with the Chinese header row (the XLSX adds a title and the period above it).
import ExcelJS from "exceljs";
import { contentDisposition, XLSX_MIME } from "../hazards/xlsx.ts";
import { cellText, type LedgerTable } from "./table.ts";

export type ExportFormat = "xlsx" | "csv";

export interface ExportFile {
  bytes: Buffer;
  mime: string;
  fileName: string;
  contentDisposition: string;
}

function csvCell(v: string): string {
  // Formula-looking cells are quoted with a leading apostrophe so spreadsheets show them as text.
  const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) || safe !== v ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function tableToCsv(table: LedgerTable): Buffer {
  const lines = [
    table.columns.map((c) => csvCell(c.zh)).join(","),
    ...table.rows.map((r) => r.cells.map((c) => csvCell(cellText(c))).join(",")),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join("\r\n") + "\r\n", "utf8")]);
}

export async function tableToXlsx(table: LedgerTable, title: string, subtitle: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(title.slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = table.columns.map((c) => ({ width: Math.max(10, Math.min(40, c.zh.length * 2 + 6)) }));
  const width = Math.max(1, table.columns.length);
  const t = sheet.addRow([title]);
  sheet.mergeCells(t.number, 1, t.number, width);
  t.font = { bold: true, size: 16 };
  t.alignment = { horizontal: "center" };
  const meta = sheet.addRow([subtitle]);
  sheet.mergeCells(meta.number, 1, meta.number, width);
  const head = sheet.addRow(table.columns.map((c) => c.zh));
  head.font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: head.number }];
  for (const r of table.rows) sheet.addRow(r.cells.map(cellText)).alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function exportTable(
  table: LedgerTable,
  format: ExportFormat,
  title: string,
  subtitle: string,
  baseName: string,
): Promise<ExportFile> {
  const bytes = format === "csv" ? tableToCsv(table) : await tableToXlsx(table, title, subtitle);
  const fileName = `${baseName}.${format}`;
  return {
    bytes,
    mime: format === "csv" ? "text/csv; charset=utf-8" : XLSX_MIME,
    fileName,
    contentDisposition: contentDisposition(fileName, `export.${format}`),
  };
}
