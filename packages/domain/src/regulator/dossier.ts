// The one-page enterprise dossier (regulation.md §10): identity, size, scope routes, certificates,
// people and appointments (no ID or phone numbers), which required systems exist, main suppliers.
// Sections and items whose ledger the grant does not open are left out (identity and size are the
// registration data every grant shows). Values are the enterprise's own text, codes, numbers and
// booleans: the portal words them in the reader's language (docs/decisions/037); only the XLSX/CSV
// export words them here, in Chinese, as the statutory file is.
import {
  ORG_KIND_ZH,
  ROLE_ZH,
  SCOPE_ROUTE_ZH,
  SIZE_CLASS_ZH,
  SUPPLIER_TYPE_ZH,
  addDays,
  labelZh,
  localDate,
  type Ledger,
  type OrgKind,
  type ScopeRoute,
  type SizeClass,
  type SupplierType,
} from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { orgStanding, type Standing } from "../profile/standing.ts";
import { inForceVersion } from "../risk-list/items.ts";
import { exportTable, type ExportFile, type ExportFormat } from "./export.ts";
import { requireLedger } from "./grants.ts";
import {
  certificateRows,
  certificatesTable,
  peopleTable,
  personRows,
  type CertificateRow,
  type PersonRow,
} from "./ledgers-records.ts";
import { logRead, type RegulatorActor } from "./portal.ts";
import { cellText, cols, yesNo, type LedgerTable } from "./table.ts";

/** An item of 基本信息: the enterprise's own text, or codes and numbers the reader's language words. */
export type DossierBasic =
  | { key: "name" | "uscc" | "region" | "address" | "legalRep"; value: string | null }
  | { key: "kind"; value: OrgKind }
  /** The size figures of `year` (null: none filed). */
  | { key: "employees" | "revenue"; value: number | null; year: number | null }
  /** The size class for `year`, from the previous year's figures (`stale`: those are missing). */
  | { key: "size"; value: SizeClass; year: number; stale: boolean }
  | { key: "routes"; value: ScopeRoute[] };

/**
 * An item of 制度与机制, each from one ledger. The director: appointed; `missing` (the size
 * requires one); `principalActs` (the size lets the principal act as director); `no` (out of
 * scope). The risk list: the version in force and the latest one (0: none).
 */
export type DossierSystem =
  | { key: "directorAppointed"; value: "appointed" | "missing" | "principalActs" | "no" }
  | { key: "officersAppointed"; value: { count: number; required: boolean; sitesWithoutOfficer: string[] } }
  | { key: "staffingGaps"; value: Array<"director" | "officer" | "principal"> }
  | { key: "riskList"; value: { inForce: number; current: number } }
  | { key: "dutyDocs" | "dailyMechanism" | "weeklyMechanism" | "monthlyMechanism"; value: boolean };

export interface Dossier {
  organizationName: string;
  basics: DossierBasic[];
  systems: DossierSystem[];
  certificates: CertificateRow[] | null;
  people: PersonRow[] | null;
  suppliers: Array<{ name: string; uscc: string; type: SupplierType; mainProducts: string }> | null;
}

/** The director item of a standing. */
export function directorStatus(st: Standing): Extract<DossierSystem, { key: "directorAppointed" }>["value"] {
  if (st.directorAppointed) return "appointed";
  if (st.directorRequired) return "missing";
  return st.inScope ? "principalActs" : "no";
}

async function riskListValue(db: Db, orgId: string): Promise<{ inForce: number; current: number }> {
  const list = await db.riskControlList.findUnique({
    where: { organizationId: orgId },
    select: { id: true, currentVersion: true },
  });
  if (!list || list.currentVersion === 0) return { inForce: 0, current: 0 };
  return { inForce: await inForceVersion(db, orgId, list.id), current: list.currentVersion };
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
): Promise<DossierSystem[]> {
  const since = addDays(today, -30);
  const items: DossierSystem[] = [];
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
      { key: "directorAppointed", value: directorStatus(st) },
      {
        key: "officersAppointed",
        value: {
          count: st.officersAppointed,
          required: st.officerRequired,
          sitesWithoutOfficer: st.sitesWithoutOfficer.map((x) => x.name),
        },
      },
      { key: "staffingGaps", value: st.missing },
      { key: "dutyDocs", value: directorAck > 0 },
    );
  }
  if (ledgers.has("risk_list")) {
    items.push({ key: "riskList", value: await riskListValue(db, orgId) });
  }
  if (ledgers.has("daily")) {
    const daily = await db.dailyCheckRun.count({
      where: { organizationId: orgId, checkDate: { gte: since }, status: { in: ["submitted", "amended"] } },
    });
    items.push({ key: "dailyMechanism", value: daily > 0 });
  }
  if (ledgers.has("weekly")) {
    const weekly = await db.weeklyReport.count({
      where: { organizationId: orgId, periodStart: { gte: since }, status: { in: ["submitted", "amended"] } },
    });
    items.push({ key: "weeklyMechanism", value: weekly > 0 });
  }
  if (ledgers.has("monthly")) {
    const monthly = await db.monthlyMeeting.count({
      where: {
        organizationId: orgId,
        meetingDate: { gte: addDays(today, -62) },
        status: { in: ["submitted", "amended"] },
      },
    });
    items.push({ key: "monthlyMechanism", value: monthly > 0 });
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
  const figuresYear = st.figures?.year ?? null;
  const basics: DossierBasic[] = [
    { key: "name", value: org.name },
    { key: "uscc", value: org.uscc },
    { key: "region", value: org.regionCode },
    { key: "address", value: org.address },
    { key: "kind", value: org.kind as OrgKind },
    { key: "legalRep", value: org.legalRepresentative },
    { key: "employees", value: st.figures?.employeeCount ?? null, year: figuresYear },
    { key: "revenue", value: st.figures?.annualRevenueWanYuan ?? null, year: figuresYear },
    { key: "size", value: st.sizeClass, year: st.year, stale: st.stale },
    { key: "routes", value: st.routes.filter((r) => r !== "none") },
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
        type: s.type as SupplierType,
        mainProducts: s.mainProducts ?? "",
      }))
    : null;
  return {
    organizationName: org.name,
    basics,
    systems: await systemsOf(db, orgId, today, st, ledgers),
    certificates: ledgers.has("certificates") ? await certificateRows(db, orgId) : null,
    people: ledgers.has("people") ? await personRows(db, orgId) : null,
    suppliers,
  };
}

export async function readDossier(db: Db, actor: RegulatorActor, orgId: string, now: Date): Promise<Dossier> {
  const ledgers = await requireLedger(db, actor.agencyId, orgId, null, now);
  const dossier = await buildDossier(db, orgId, ledgers, now);
  await logRead(db, actor, orgId, "dossier", "view", null, { ledgers: [...ledgers].sort() }, now);
  return dossier;
}

const BASIC_ZH: Record<DossierBasic["key"], string> = {
  name: "企业名称",
  uscc: "统一社会信用代码",
  region: "行政区划代码",
  address: "地址",
  kind: "经营类型",
  legalRep: "法定代表人",
  employees: "从业人员（人）",
  revenue: "营业收入（万元）",
  size: "企业规模",
  routes: "适用情形",
};

const SYSTEM_ZH: Record<DossierSystem["key"], string> = {
  directorAppointed: "已任命质量安全总监",
  officersAppointed: "已任命质量安全员",
  staffingGaps: "依法应任命而缺失的人员",
  dutyDocs: "职责/守则已签收",
  riskList: "已建立风险管控清单",
  dailyMechanism: "日管控（近 30 日有记录）",
  weeklyMechanism: "周排查（近 30 日有报告）",
  monthlyMechanism: "月调度（近 2 个月有记录）",
};

/** 基本信息 item and content as the Chinese export words them. */
export function basicZh(b: DossierBasic): [string, string] {
  switch (b.key) {
    case "kind":
      return [BASIC_ZH.kind, labelZh(ORG_KIND_ZH, b.value)];
    case "employees":
    case "revenue":
      return [
        `${BASIC_ZH[b.key]}${b.year === null ? "（未填报）" : `（${b.year} 年度）`}`,
        b.value === null ? "" : String(b.value),
      ];
    case "size":
      return [
        `${BASIC_ZH.size}（${b.year} 年，依上年度数据）`,
        labelZh(SIZE_CLASS_ZH, b.value) + (b.stale ? "（上年度数据未填报）" : ""),
      ];
    case "routes":
      return [BASIC_ZH.routes, b.value.map((r) => labelZh(SCOPE_ROUTE_ZH, r)).join("、") || "无"];
    default:
      return [BASIC_ZH[b.key], b.value ?? ""];
  }
}

/** 制度与机制 item and content as the Chinese export words them. */
export function systemZh(s: DossierSystem): [string, string] {
  const label = SYSTEM_ZH[s.key];
  switch (s.key) {
    case "directorAppointed":
      return [
        label,
        {
          appointed: "是",
          missing: "否（按上年度规模须任命，缺失）",
          principalActs: "否（本单位规模允许由主要负责人履行总监职责）",
          no: "否",
        }[s.value],
      ];
    case "officersAppointed": {
      const { count, required, sitesWithoutOfficer } = s.value;
      if (count === 0) return [label, required ? "否（须任命，缺失）" : "否"];
      const gaps = sitesWithoutOfficer.length > 0 ? `；未覆盖场所：${sitesWithoutOfficer.join("、")}` : "";
      return [label, `是（${count} 人${gaps}）`];
    }
    case "staffingGaps":
      return [label, s.value.length > 0 ? s.value.map((r) => ROLE_ZH[r]).join("、") : "无"];
    case "riskList": {
      const { inForce, current } = s.value;
      if (current === 0) return [label, "否"];
      const pending = current > inForce ? `第 ${current} 版待批准` : "";
      if (inForce === 0) return [label, `否（${pending}）`];
      return [label, `是（第 ${inForce} 版现行${pending ? `；${pending}` : ""}）`];
    }
    default:
      return [label, cellText(yesNo(s.value))];
  }
}

/** The dossier flattened to 部分 / 项目 / 内容 rows for XLSX or CSV, worded in Chinese. */
export function dossierTable(d: Dossier): LedgerTable {
  const rows: string[][] = [];
  for (const b of d.basics) rows.push(["基本信息", ...basicZh(b)]);
  for (const s of d.systems) rows.push(["制度与机制", ...systemZh(s)]);
  for (const r of certificatesTable(d.certificates ?? []).rows)
    rows.push(["证书", cellText(r.cells[0] ?? ""), r.cells.slice(1).map(cellText).join(" | ")]);
  for (const r of peopleTable(d.people ?? []).rows)
    rows.push(["人员", cellText(r.cells[0] ?? ""), r.cells.slice(1).map(cellText).join(" | ")]);
  for (const s of d.suppliers ?? [])
    rows.push([
      "主要供方",
      s.name,
      [s.uscc, labelZh(SUPPLIER_TYPE_ZH, s.type), s.mainProducts].filter(Boolean).join(" | "),
    ]);
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
