// The enterprise reads its own audit trail: admins and the principal (the router decides), filtered
// by person, record type or record and local dates, newest first, one page at a time; the same
// filters export to XLSX with the chain's head, so a printout can be checked with `audit verify`.
import ExcelJS from "exceljs";
import {
  AUDIT_ACTOR_KIND_ZH,
  AUDIT_ENTITY_ZH,
  AUDIT_PAGE_SIZE,
  addDays,
  labelZh,
  localDate,
  startOfLocalDayUtc,
  type AuditFilter,
  type AuditList,
} from "@anzhi/contracts";
import type { Db, Prisma } from "@anzhi/db";
import { XLSX_MIME, contentDisposition } from "../hazards/xlsx.ts";

interface Clock {
  organizationId: string;
  timeZone: string;
}

export interface AuditRow {
  id: string;
  seq: number | null;
  at: Date;
  actorKind: string;
  /** The person's name, or the API key's name for ERP writes; null for the system. */
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  data: Record<string, unknown>;
  ip: string | null;
  hash: string | null;
}

export interface AuditPage {
  rows: AuditRow[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
}

function auditWhere(clock: Clock, f: AuditFilter): Prisma.AuditEventWhereInput {
  return {
    organizationId: clock.organizationId,
    ...(f.actorUserId ? { actorUserId: f.actorUserId } : {}),
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.entityId ? { entityId: f.entityId } : {}),
    ...(f.from || f.to
      ? {
          at: {
            ...(f.from ? { gte: startOfLocalDayUtc(f.from, clock.timeZone) } : {}),
            ...(f.to ? { lt: startOfLocalDayUtc(addDays(f.to, 1), clock.timeZone) } : {}),
          },
        }
      : {}),
  };
}

const rowSelect = {
  id: true,
  seq: true,
  at: true,
  actorKind: true,
  action: true,
  entityType: true,
  entityId: true,
  dataJson: true,
  ip: true,
  hash: true,
  actor: { select: { name: true } },
  apiKey: { select: { name: true } },
} as const;

type Selected = Prisma.AuditEventGetPayload<{ select: typeof rowSelect }>;

function toRow(r: Selected): AuditRow {
  return {
    id: r.id,
    seq: r.seq,
    at: r.at,
    actorKind: r.actorKind,
    actorName: r.actor?.name ?? r.apiKey?.name ?? null,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    data: JSON.parse(r.dataJson) as Record<string, unknown>,
    ip: r.ip,
    hash: r.hash,
  };
}

const ORDER: Prisma.AuditEventOrderByWithRelationInput[] = [{ at: "desc" }, { seq: "desc" }, { id: "desc" }];

export async function listAuditEvents(db: Db, clock: Clock, f: AuditList): Promise<AuditPage> {
  const where = auditWhere(clock, f);
  const total = await db.auditEvent.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(f.page, pages);
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: ORDER,
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: rowSelect,
  });
  return { rows: rows.map(toRow), total, page, pages, pageSize: AUDIT_PAGE_SIZE };
}

/** The people the filter offers: everyone who ever acted in this organisation's trail. */
export async function auditPeople(db: Db, organizationId: string): Promise<Array<{ id: string; name: string }>> {
  const actors = await db.auditEvent.groupBy({
    by: ["actorUserId"],
    where: { organizationId, actorUserId: { not: null } },
  });
  const ids = actors.flatMap((a) => (a.actorUserId ? [a.actorUserId] : []));
  return db.user.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Rows an export holds at most; a wider range is cut with a note in the sheet. */
export const AUDIT_EXPORT_MAX = 50_000;

function when(d: Date, timeZone: string): string {
  const time = d.toLocaleTimeString("zh-CN", { timeZone, hour12: false });
  return `${localDate(d, timeZone)} ${time}`;
}

export async function auditXlsx(
  db: Db,
  clock: Clock & { now: Date },
  f: AuditFilter,
): Promise<{ bytes: Buffer; fileName: string; contentDisposition: string; mime: string }> {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: clock.organizationId },
    select: { name: true, uscc: true },
  });
  const where = auditWhere(clock, f);
  const [total, rows, head] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ where, orderBy: ORDER, take: AUDIT_EXPORT_MAX, select: rowSelect }),
    db.auditEvent.findFirst({
      where: { organizationId: clock.organizationId, seq: { not: null } },
      orderBy: { seq: "desc" },
      select: { seq: true, hash: true },
    }),
  ]);
  const book = new ExcelJS.Workbook();
  book.creator = "安质 Anzhi";
  const columns: Array<[string, number]> = [
    ["链序号", 8],
    ["时间", 20],
    ["操作人", 14],
    ["身份", 10],
    ["操作", 26],
    ["记录类型", 16],
    ["记录编号", 28],
    ["内容", 60],
    ["IP", 16],
    ["哈希（SHA-256）", 66],
  ];
  const sheet = book.addWorksheet("审计记录", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map(([, width]) => ({ width }));
  const title = sheet.addRow(["审计记录"]);
  title.font = { bold: true, size: 16 };
  sheet.mergeCells(title.number, 1, title.number, columns.length);
  const period = f.from || f.to ? `    期间：${f.from ?? "—"} 至 ${f.to ?? "—"}` : "";
  const meta = sheet.addRow([
    `企业名称：${org.name}（${org.uscc}）${period}    导出时间：${when(clock.now, clock.timeZone)}`,
  ]);
  sheet.mergeCells(meta.number, 1, meta.number, columns.length);
  const chain = sheet.addRow([
    head ? `审计链头：第 ${head.seq} 条，哈希 ${head.hash ?? ""}（pnpm anzhi audit verify 可核对）` : "审计链为空",
  ]);
  sheet.mergeCells(chain.number, 1, chain.number, columns.length);
  if (total > rows.length) {
    const cut = sheet.addRow([`共 ${total} 条，仅导出最新 ${rows.length} 条；请缩小日期范围。`]);
    sheet.mergeCells(cut.number, 1, cut.number, columns.length);
  }
  const headRow = sheet.addRow(columns.map(([h]) => h));
  headRow.font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: headRow.number }];
  for (const r of rows) {
    sheet.addRow([
      r.seq ?? "",
      when(r.at, clock.timeZone),
      r.actor?.name ?? r.apiKey?.name ?? "",
      labelZh(AUDIT_ACTOR_KIND_ZH, r.actorKind),
      r.action,
      labelZh(AUDIT_ENTITY_ZH, r.entityType),
      r.entityId ?? "",
      r.dataJson,
      r.ip ?? "",
      r.hash ?? "",
    ]);
  }
  const range = `${f.from ?? "start"}_${f.to ?? localDate(clock.now, clock.timeZone)}`;
  const fileName = `审计记录_${org.name}_${range}.xlsx`;
  return {
    bytes: Buffer.from(await book.xlsx.writeBuffer()),
    fileName,
    contentDisposition: contentDisposition(fileName, `audit_${range}.xlsx`),
    mime: XLSX_MIME,
  };
}
