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
import { orgStanding, type Standing } from "../profile/standing.ts";
import { inForceVersion } from "../risk-list/items.ts";
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

const ROLE_ZH = { principal: "主要负责人", director: "质量安全总监", officer: "质量安全员" } as const;

function directorValue(st: Standing): string {
  if (st.directorAppointed) return "是";
  if (st.directorRequired) return "否（按上年度规模须任命，缺失）";
  return st.inScope ? "否（本单位规模允许由主要负责人履行总监职责）" : "否";
}

function officerValue(st: Standing): string {
  if (st.officersAppointed === 0) return st.officerRequired ? "否（须任命，缺失）" : "否";
  const gaps = st.sitesWithoutOfficer.map((s) => s.name);
  return gaps.length > 0
    ? `是（${st.officersAppointed} 人；未覆盖场所：${gaps.join("、")}）`
    : `是（${st.officersAppointed} 人）`;
}

async function riskListValue(db: Db, orgId: string): Promise<string> {
  const list = await db.riskControlList.findUnique({
    where: { organizationId: orgId },
    select: { id: true, currentVersion: true },
  });
  if (!list || list.currentVersion === 0) return "否";
  const inForce = await inForceVersion(db, orgId, list.id);
  const pending = list.currentVersion > inForce ? `；第 ${list.currentVersion} 版待批准` : "";
  return inForce > 0 ? `是（第 ${inForce} 版现行${pending}）` : `否（第 ${list.currentVersion} 版待批准）`;
}

/**
 * Which required systems exist, each item computed from one ledger and shown only when it is
 * granted (the staffing items from the appointment register, under the people ledger).
 */
async function systemsOf(
  db: Db,
  orgId: string,
  today: string,
  st: Standing,
  ledgers: ReadonlySet<Ledger>,
): Promise<DossierItem[]> {
  const since = addDays(today, -30);
  const items: DossierItem[] = [];
  if (ledgers.has("people")) {
    const directorAck = await db.roleAssignment.count({
      where: {
        organizationId: orgId,
        role: { in: ["director", "officer"] },
        endedOn: null,
        dutyDocAckAt: { not: null },
      },
    });
    items.push(
      { key: "directorAppointed", zh: "已任命质量安全总监", value: directorValue(st) },
      { key: "officersAppointed", zh: "已任命质量安全员", value: officerValue(st) },
      {
        key: "staffingGaps",
        zh: "依法应任命而缺失的人员",
        value: st.missing.length > 0 ? st.missing.map((r) => ROLE_ZH[r]).join("、") : "无",
      },
      { key: "dutyDocs", zh: "职责/守则已签收", value: yesNo(directorAck > 0) },
    );
  }
  if (ledgers.has("risk_list")) {
    items.push({ key: "riskList", zh: "已建立风险管控清单", value: await riskListValue(db, orgId) });
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
      legalRepresentative: true,
      timeZone: true,
    },
  });
  if (!org) throw new AppError("ORG_NOT_FOUND");
  const today = localDate(now, org.timeZone);
  const st = await orgStanding(db, orgId, today);
  const routes = st.routes
    .filter((r) => r !== "none")
    .map((r) => labelZh(SCOPE_ROUTE_ZH, r))
    .join("、");
  const figuresNote = st.figures ? `（${st.figures.year} 年度）` : "（未填报）";
  const basics: DossierItem[] = [
    { key: "name", zh: "企业名称", value: org.name },
    { key: "uscc", zh: "统一社会信用代码", value: org.uscc },
    { key: "region", zh: "行政区划代码", value: org.regionCode },
    { key: "address", zh: "地址", value: org.address },
    { key: "kind", zh: "经营类型", value: labelZh(ORG_KIND_ZH, org.kind) },
    { key: "legalRep", zh: "法定代表人", value: org.legalRepresentative ?? "" },
    { key: "employees", zh: `从业人员（人）${figuresNote}`, value: st.figures ? String(st.figures.employeeCount) : "" },
    {
      key: "revenue",
      zh: `营业收入（万元）${figuresNote}`,
      value: st.figures ? String(st.figures.annualRevenueWanYuan) : "",
    },
    {
      key: "size",
      zh: `企业规模（${st.year} 年，依上年度数据）`,
      value: labelZh(SIZE_CLASS_ZH, st.sizeClass) + (st.stale ? "（上年度数据未填报）" : ""),
    },
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
    systems: await systemsOf(db, orgId, today, st, ledgers),
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
