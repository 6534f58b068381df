// The one-page enterprise dossier (regulation.md §10): identity, size, scope routes, certificates,
// people and appointments (no ID or phone numbers), which required systems exist, main suppliers.
// Sections and items whose ledger the grant does not open are left out (identity and size are the
// registration data every grant shows).
import {
  ORG_KIND_ZH,
  SCOPE_ROUTE_ZH,
  SIZE_CLASS_ZH,
  SUPPLIER_TYPE_ZH,
  addDays,
  labelZh,
  localDate,
  type Ledger,
} from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { exportTable, type ExportFile, type ExportFormat } from "./export.ts";
import { requireLedger } from "./grants.ts";
import { certificatesTable, peopleTable } from "./ledgers-records.ts";
import { logRead, type RegulatorActor } from "./portal.ts";
import { cols, yesNo, type LedgerTable } from "./table.ts";

export interface DossierItem {
  key: string;
  zh: string;
  value: string;
}

export interface Dossier {
  organizationName: string;
  basics: DossierItem[];
  systems: DossierItem[];
  certificates: LedgerTable | null;
  people: LedgerTable | null;
  suppliers: Array<{ name: string; uscc: string; type: string; mainProducts: string }> | null;
}

/** Which required systems exist, each item computed from one ledger and shown only when it is granted. */
async function systemsOf(db: Db, orgId: string, today: string, ledgers: ReadonlySet<Ledger>): Promise<DossierItem[]> {
  const since = addDays(today, -30);
  const items: DossierItem[] = [];
  if (ledgers.has("people")) {
    const [director, officers, directorAck] = await Promise.all([
      db.roleAssignment.count({ where: { organizationId: orgId, role: "director", endedOn: null } }),
      db.roleAssignment.count({ where: { organizationId: orgId, role: "officer", endedOn: null } }),
      db.roleAssignment.count({
        where: {
          organizationId: orgId,
          role: { in: ["director", "officer"] },
          endedOn: null,
          dutyDocAckAt: { not: null },
        },
      }),
    ]);
    items.push(
      { key: "directorAppointed", zh: "已任命质量安全总监", value: yesNo(director > 0) },
      { key: "officersAppointed", zh: "已任命质量安全员", value: yesNo(officers > 0) },
      { key: "dutyDocs", zh: "职责/守则已签收", value: yesNo(directorAck > 0) },
    );
  }
  if (ledgers.has("risk_list")) {
    const list = await db.riskControlList.findUnique({
      where: { organizationId: orgId },
      select: { currentVersion: true },
    });
    items.push({
      key: "riskList",
      zh: "已建立风险管控清单",
      value: list && list.currentVersion > 0 ? `是（第 ${list.currentVersion} 版）` : "否",
    });
  }
  if (ledgers.has("daily")) {
    const daily = await db.dailyCheckRun.count({
      where: { organizationId: orgId, checkDate: { gte: since }, status: { in: ["submitted", "amended"] } },
    });
    items.push({ key: "dailyMechanism", zh: "日管控（近 30 日有记录）", value: yesNo(daily > 0) });
  }
  if (ledgers.has("weekly")) {
    const weekly = await db.weeklyReport.count({
      where: { organizationId: orgId, periodStart: { gte: since }, status: { in: ["submitted", "amended"] } },
    });
    items.push({ key: "weeklyMechanism", zh: "周排查（近 30 日有报告）", value: yesNo(weekly > 0) });
  }
  if (ledgers.has("monthly")) {
    const monthly = await db.monthlyMeeting.count({
      where: {
        organizationId: orgId,
        meetingDate: { gte: addDays(today, -62) },
        status: { in: ["submitted", "amended"] },
      },
    });
    items.push({ key: "monthlyMechanism", zh: "月调度（近 2 个月有记录）", value: yesNo(monthly > 0) });
  }
  return items;
}

async function buildDossier(db: Db, orgId: string, ledgers: ReadonlySet<Ledger>, now: Date): Promise<Dossier> {
  const org = await db.organization.findUnique({
    where: { id: orgId },
    select: {
      name: true,
      uscc: true,
      kind: true,
      regionCode: true,
      address: true,
      employeeCount: true,
      annualRevenueWanYuan: true,
      sizeClass: true,
      scopeRoutesJson: true,
      legalRepresentative: true,
      timeZone: true,
    },
  });
  if (!org) throw new AppError("ORG_NOT_FOUND");
  const today = localDate(now, org.timeZone);
  const routes = (JSON.parse(org.scopeRoutesJson) as string[]).map((r) => labelZh(SCOPE_ROUTE_ZH, r)).join("、");
  const basics: DossierItem[] = [
    { key: "name", zh: "企业名称", value: org.name },
    { key: "uscc", zh: "统一社会信用代码", value: org.uscc },
    { key: "region", zh: "行政区划代码", value: org.regionCode },
    { key: "address", zh: "地址", value: org.address },
    { key: "kind", zh: "经营类型", value: labelZh(ORG_KIND_ZH, org.kind) },
    { key: "legalRep", zh: "法定代表人", value: org.legalRepresentative ?? "" },
    { key: "employees", zh: "从业人员（人）", value: String(org.employeeCount) },
    { key: "revenue", zh: "上年度营业收入（万元）", value: String(org.annualRevenueWanYuan) },
    { key: "size", zh: "企业规模", value: labelZh(SIZE_CLASS_ZH, org.sizeClass) },
    { key: "routes", zh: "适用情形", value: routes || "无" },
  ];
  const suppliers = ledgers.has("inspections")
    ? (
        await db.supplier.findMany({
          where: { organizationId: orgId, retiredAt: null },
          orderBy: { name: "asc" },
          take: 20,
          select: { name: true, uscc: true, type: true, mainProducts: true },
        })
      ).map((s) => ({
        name: s.name,
        uscc: s.uscc ?? "",
        type: labelZh(SUPPLIER_TYPE_ZH, s.type),
        mainProducts: s.mainProducts ?? "",
      }))
    : null;
  return {
    organizationName: org.name,
    basics,
    systems: await systemsOf(db, orgId, today, ledgers),
    certificates: ledgers.has("certificates") ? await certificatesTable(db, orgId) : null,
    people: ledgers.has("people") ? await peopleTable(db, orgId) : null,
    suppliers,
  };
}

export async function readDossier(db: Db, actor: RegulatorActor, orgId: string, now: Date): Promise<Dossier> {
  const ledgers = await requireLedger(db, actor.agencyId, orgId, null, now);
  const dossier = await buildDossier(db, orgId, ledgers, now);
  await logRead(db, actor, orgId, "dossier", "view", null, { ledgers: [...ledgers].sort() }, now);
  return dossier;
}

/** The dossier flattened to 部分 / 项目 / 内容 rows for XLSX or CSV. */
export function dossierTable(d: Dossier): LedgerTable {
  const rows: string[][] = [];
  for (const i of d.basics) rows.push(["基本信息", i.zh, i.value]);
  for (const i of d.systems) rows.push(["制度与机制", i.zh, i.value]);
  for (const r of d.certificates?.rows ?? []) rows.push(["证书", r.cells[0] ?? "", r.cells.slice(1).join(" | ")]);
  for (const r of d.people?.rows ?? []) rows.push(["人员", r.cells[0] ?? "", r.cells.slice(1).join(" | ")]);
  for (const s of d.suppliers ?? [])
    rows.push(["主要供方", s.name, [s.uscc, s.type, s.mainProducts].filter(Boolean).join(" | ")]);
  return {
    columns: cols([
      ["section", "部分"],
      ["item", "项目"],
      ["value", "内容"],
    ]),
    rows: rows.map((cells, i) => ({ id: String(i), cells })),
  };
}

export async function exportDossier(
  db: Db,
  actor: RegulatorActor,
  orgId: string,
  format: ExportFormat,
  now: Date,
): Promise<ExportFile> {
  const ledgers = await requireLedger(db, actor.agencyId, orgId, null, now);
  const d = await buildDossier(db, orgId, ledgers, now);
  const file = await exportTable(
    dossierTable(d),
    format,
    "企业监管档案",
    `企业名称：${d.organizationName}    生成日期：${localDate(now)}`,
    `企业档案_${d.organizationName}`,
  );
  await logRead(db, actor, orgId, "dossier", "export", format, { ledgers: [...ledgers].sort() }, now);
  return file;
}
