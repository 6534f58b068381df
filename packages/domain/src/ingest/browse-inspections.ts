// The enterprise app's inspection records (docs/decisions/021): newest first by inspection date,
// the page's filters, each with its lines and hazards (the ERP read model), and the XLSX of the
// same filter — a 进货检验记录 or 出厂检验记录 sheet and a sheet of every test line.
import ExcelJS from "exceljs";
import {
  INCOMING_DOCUMENT_ZH,
  INSPECTION_KIND_ZH,
  INSPECTION_RESULT_ZH,
  labelZh,
  NON_CONFORMITY_HANDLING_ZH,
  RELEASE_DECISION_ZH,
  TEST_LINE_RESULT_ZH,
  type InspectionBrowseQuery,
  type InspectionRecordOut,
} from "@anzhi/contracts";
import type { Db, Prisma } from "@anzhi/db";
import { contentDisposition } from "../hazards/xlsx.ts";
import { recordInclude, toOut } from "./read-inspections.ts";

/** The page shows this many; the XLSX holds up to EXPORT_LIMIT. */
export const BROWSE_LIMIT = 200;
export const EXPORT_LIMIT = 10_000;

export interface BrowsedInspection extends InspectionRecordOut {
  source: string;
  productName: string | null;
  supplierName: string | null;
  /** The hazards opened from the record, for the record view's links. */
  hazards: { id: string; hazardNo: string; status: string }[];
}

function whereOf(organizationId: string, q: InspectionBrowseQuery): Prisma.InspectionRecordWhereInput {
  return {
    organizationId,
    kind: q.kind,
    ...(q.result ? { result: q.result } : {}),
    ...(q.productId ? { productId: q.productId } : {}),
    ...(q.supplierId ? { supplierId: q.supplierId } : {}),
    ...(q.from || q.to
      ? { inspectionDate: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lte: q.to } : {}) } }
      : {}),
  };
}

export async function browseInspections(
  db: Db,
  organizationId: string,
  q: InspectionBrowseQuery,
  limit = BROWSE_LIMIT,
): Promise<{ items: BrowsedInspection[]; total: number }> {
  const where = whereOf(organizationId, q);
  const [rows, total] = await Promise.all([
    db.inspectionRecord.findMany({
      where,
      include: {
        ...recordInclude,
        product: { select: { code: true, name: true } },
        supplier: { select: { externalId: true, name: true } },
        hazards: { select: { id: true, hazardNo: true, status: true }, orderBy: { createdAt: "asc" } },
      },
      orderBy: [{ inspectedAt: "desc" }, { id: "asc" }],
      take: limit,
    }),
    db.inspectionRecord.count({ where }),
  ]);
  const out = await toOut(db, rows);
  return {
    total,
    items: out.map((r, i) => ({
      ...r,
      source: rows[i]?.source ?? "api",
      productName: rows[i]?.product?.name ?? null,
      supplierName: rows[i]?.supplier?.name ?? null,
      hazards: rows[i]?.hazards ?? [],
    })),
  };
}

const SOURCE_ZH: Record<string, string> = { api: "ERP接口", web: "手工填写", import: "文件导入" };

const text = (v: unknown) => (typeof v === "string" ? v : "");

function recordColumns(q: InspectionBrowseQuery): [string, (r: BrowsedInspection) => string][] {
  const d = (r: BrowsedInspection) => r.details as Record<string, unknown>;
  const common: [string, (r: BrowsedInspection) => string][] = [
    ["检验日期", (r) => r.inspectionDate],
    ["批次号", (r) => r.batchNo],
    ["型号规格", (r) => r.specModel],
    ["数量", (r) => `${r.quantity}${r.unit}`],
    ["检验依据", (r) => r.standardNo ?? ""],
    ["抽样数量", (r) => r.sampleSize ?? ""],
    [
      "检验项目及结果",
      (r) => r.lines.map((l) => `${l.item}：${l.measured || "—"}（${TEST_LINE_RESULT_ZH[l.result]}）`).join("；"),
    ],
    ["检验结论", (r) => INSPECTION_RESULT_ZH[r.result]],
    ["检验员", (r) => r.inspector],
  ];
  const own: [string, (r: BrowsedInspection) => string][] =
    q.kind === "outgoing"
      ? [
          ["审核人", (r) => text(d(r).approver)],
          ["放行决定", (r) => labelZh(RELEASE_DECISION_ZH, text(d(r).releaseDecision)) || ""],
          ["标志核对", (r) => ({ pass: "合格", fail: "不合格" })[text(d(r).markingCheck)] ?? ""],
          ["合格证编号", (r) => text(d(r).certificateOfConformityNo)],
        ]
      : [
          ["到货日期", (r) => text(d(r).receiptDate)],
          [
            "查验文件",
            (r) => {
              const docs = d(r).documentsChecked;
              return Array.isArray(docs) ? docs.map((x) => labelZh(INCOMING_DOCUMENT_ZH, String(x))).join("、") : "";
            },
          ],
          ["不合格处置", (r) => labelZh(NON_CONFORMITY_HANDLING_ZH, text(d(r).nonConformityHandling)) || ""],
        ];
  const subject: [string, (r: BrowsedInspection) => string][] =
    q.kind === "outgoing"
      ? [
          ["产品名称", (r) => r.productName ?? r.itemName],
          ["产品编码", (r) => r.productCode ?? ""],
        ]
      : [
          ["物料名称", (r) => r.itemName],
          ["供方", (r) => r.supplierName ?? r.supplierExternalId ?? ""],
        ];
  return [
    ...common.slice(0, 1),
    ...subject,
    ...common.slice(1),
    ...own,
    ["隐患编号", (r) => r.hazardNos.join("、")],
    ["来源", (r) => SOURCE_ZH[r.source] ?? r.source],
    ["记录编号", (r) => r.externalId ?? ""],
  ];
}

/** The XLSX of the page's filter: one row per record, and a second sheet with every test line. */
export async function inspectionsXlsx(db: Db, organizationId: string, q: InspectionBrowseQuery) {
  const [{ items }, org] = await Promise.all([
    browseInspections(db, organizationId, q, EXPORT_LIMIT),
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true, uscc: true } }),
  ]);
  const title = `${INSPECTION_KIND_ZH[q.kind]}记录`;
  const period = q.from || q.to ? `${q.from ?? "…"} 至 ${q.to ?? "…"}` : "全部";
  const filters = [
    q.result ? `结论：${INSPECTION_RESULT_ZH[q.result]}` : "",
    q.productId || q.supplierId ? "已按产品/供方筛选" : "",
  ]
    .filter(Boolean)
    .join("　");
  const columns = recordColumns(q);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(title, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map(([h]) => ({ width: h === "检验项目及结果" ? 60 : Math.max(10, h.length * 2 + 6) }));
  const head = (s: ExcelJS.Worksheet, cells: string[], width: number) => {
    const t = s.addRow([title]);
    s.mergeCells(t.number, 1, t.number, width);
    t.font = { bold: true, size: 16 };
    t.alignment = { horizontal: "center" };
    const meta = s.addRow([
      `企业名称：${org.name}（${org.uscc}）    检验日期：${period}${filters ? `    ${filters}` : ""}`,
    ]);
    s.mergeCells(meta.number, 1, meta.number, width);
    const h = s.addRow(cells);
    h.font = { bold: true };
    s.views = [{ state: "frozen", ySplit: h.number }];
  };
  head(
    sheet,
    columns.map(([h]) => h),
    columns.length,
  );
  for (const r of items)
    sheet.addRow(columns.map(([, cell]) => cell(r))).alignment = { wrapText: true, vertical: "top" };
  const lines = book.addWorksheet("检验项目");
  const lineHead = ["检验日期", "批次号", "记录编号", "序号", "检验项目", "技术要求", "实测值", "单位", "单项判定"];
  lines.columns = lineHead.map((h) => ({ width: Math.max(10, h.length * 2 + 8) }));
  head(lines, lineHead, lineHead.length);
  for (const r of items)
    r.lines.forEach((l, i) =>
      lines.addRow([
        r.inspectionDate,
        r.batchNo,
        r.externalId ?? "",
        String(i + 1),
        l.item,
        l.requirement,
        l.measured,
        l.unit ?? "",
        TEST_LINE_RESULT_ZH[l.result],
      ]),
    );
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  const stamp = q.from || q.to ? `_${q.from ?? ""}_${q.to ?? ""}` : "";
  const fileName = `${title}${stamp}.xlsx`;
  return { bytes, fileName, contentDisposition: contentDisposition(fileName, `${q.kind}-inspections${stamp}.xlsx`) };
}
