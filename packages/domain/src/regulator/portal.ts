// What a regulator can do: list the enterprises that granted its agency access (with risk
// indicators), read a granted ledger, open a weekly report, export a ledger. Every call checks a
// live grant in the database first and writes a RegulatorReadLog row; nothing here caches grants.
import { proposalsTable, trainingTable } from "./ledgers-people.ts";
import type { z } from "zod";
import { Ledger, localDate, type Ledger as LedgerT } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { getHazard, type HazardDetail } from "../hazards/ledger.ts";
import { getWeeklyReport, type WeeklyDetail } from "../routines/weekly.ts";
import { exportTable, type ExportFile, type ExportFormat } from "./export.ts";
import { liveWhere, requireLedger, unionLedgers } from "./grants.ts";
import { must } from "../periods/indicators-set.ts";
import {
  indicatorsForMany,
  ledgersToRank,
  sortAndFilter,
  type FlagKey,
  type Indicators,
  type SortKey,
} from "./indicators.ts";
import {
  certificateRows,
  certificatesTable,
  hazardsTable,
  inspectionsTable,
  peopleTable,
  personRows,
  riskListTable,
  samplingTable,
} from "./ledgers-records.ts";
import { dailyTable, monthlyTable, weeklyTable } from "./ledgers-routines.ts";
import { purchaseLedger, purchaseTable, saleLedger, saleTable } from "../sellers/ledgers.ts";
import { type LedgerFilterSchema, type LedgerFilter, type LedgerTable } from "./table.ts";

export interface RegulatorActor {
  regulatorUserId: string;
  agencyId: string;
  userId: string;
}

export const LEDGER_ZH: Record<LedgerT, string> = {
  daily: "每日管控记录",
  weekly: "每周排查报告",
  monthly: "每月调度记录",
  hazards: "隐患台账",
  inspections: "检验记录",
  sampling: "监督抽查结果",
  certificates: "许可证与 CCC 证书",
  risk_list: "风险管控清单",
  people: "人员与任命",
  purchases: "进货查验记录（进货台账）",
  sales: "销售台账",
  proposals: "履职记录（意见建议与否决）",
  training: "培训考核记录",
};

/** Ledgers with no date dimension show their current state whatever the range. */
const UNDATED: ReadonlySet<LedgerT> = new Set(["certificates", "risk_list", "people"]);

export async function logRead(
  db: Db,
  actor: RegulatorActor,
  organizationId: string,
  ledger: string,
  action: "view" | "export",
  format: ExportFormat | null,
  filters: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await db.regulatorReadLog.create({
    data: {
      regulatorUserId: actor.regulatorUserId,
      agencyId: actor.agencyId,
      organizationId,
      ledger,
      action,
      format,
      filtersJson: JSON.stringify(filters),
      at: now,
    },
  });
}

export interface EnterpriseRow {
  id: string;
  name: string;
  uscc: string;
  regionCode: string;
  sizeClass: string;
  ledgers: LedgerT[];
  indicators: Indicators;
}

export const ENTERPRISE_PAGE_SIZE = 50;

export interface EnterprisePage {
  enterprises: EnterpriseRow[];
  /** Granted enterprises in all. */
  total: number;
  /** Those keeping every flag of `only` (= total without flags). */
  matched: number;
  page: number;
  pageCount: number;
}

/**
 * One page of the enterprises that granted the agency access, with their indicators. Set-based:
 * the grants, the organisations and each indicator input are one statement for the whole set
 * (indicatorsForMany); sorted by name, only the page's enterprises are evaluated; sorted or
 * filtered by indicators, every granted enterprise is evaluated for those indicators only, and the
 * page's enterprises in full. The set is the live-grant subquery, never
 * an id list as long as the grants. The shown enterprises' reads are logged in one insert.
 */
export async function listEnterprises(
  db: Db,
  actor: RegulatorActor,
  now: Date,
  opts: { sort: SortKey; only: readonly FlagKey[]; page: number },
): Promise<EnterprisePage> {
  const granted = { deactivatedAt: null, accessGrants: { some: { agencyId: actor.agencyId, ...liveWhere(now) } } };
  const [grants, orgs] = await Promise.all([
    db.accessGrant.findMany({
      where: { agencyId: actor.agencyId, ...liveWhere(now), organization: { deactivatedAt: null } },
      select: { organizationId: true, ledgers: true },
    }),
    db.organization.findMany({
      where: granted,
      select: {
        id: true,
        name: true,
        uscc: true,
        regionCode: true,
        sizeClass: true,
        timeZone: true,
        activatedOn: true,
        workingWeekdays: true,
        followsPublicHolidays: true,
        calendarOverridesJson: true,
      },
    }),
  ]);
  const ledgers = new Map<string, Set<LedgerT>>();
  for (const g of grants) ledgers.set(g.organizationId, unionLedgers([g.ledgers], ledgers.get(g.organizationId)));
  // A grant with no known ledger opens nothing: such an enterprise is not listed (as requireLedger).
  const listed = orgs
    .filter((o) => (ledgers.get(o.id)?.size ?? 0) > 0)
    .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  const row = (o: (typeof listed)[number], indicators: Indicators): EnterpriseRow => ({
    id: o.id,
    name: o.name,
    uscc: o.uscc,
    regionCode: o.regionCode,
    sizeClass: o.sizeClass,
    ledgers: Ledger.options.filter((l) => ledgers.get(o.id)?.has(l)),
    indicators,
  });
  const pageOf = <T>(rows: readonly T[]) => {
    const pageCount = Math.max(1, Math.ceil(rows.length / ENTERPRISE_PAGE_SIZE));
    const page = Math.min(Math.max(1, opts.page), pageCount);
    return { page, pageCount, rows: rows.slice((page - 1) * ENTERPRISE_PAGE_SIZE, page * ENTERPRISE_PAGE_SIZE) };
  };
  let result: { page: number; pageCount: number; rows: EnterpriseRow[] };
  let matched: number;
  if (opts.sort === "name" && opts.only.length === 0) {
    const { page, pageCount, rows } = pageOf(listed);
    const ind = await indicatorsForMany(
      db,
      { organizationId: { in: rows.map((o) => o.id) } },
      rows,
      ledgers,
      actor.agencyId,
      now,
    );
    result = { page, pageCount, rows: rows.map((o) => row(o, must(ind.get(o.id)))) };
    matched = listed.length;
  } else {
    // Rank every granted enterprise by the sort's and flags' indicators alone (one set-based read
    // per indicator input, within each enterprise's granted ledgers), then evaluate the page's
    // enterprises in full.
    const rank = ledgersToRank(opts.sort, opts.only);
    const rankLedgers = new Map(
      [...ledgers].map(([id, granted]) => [id, new Set([...granted].filter((l) => rank.has(l)))]),
    );
    const ranked = await indicatorsForMany(db, { organization: granted }, listed, rankLedgers, actor.agencyId, now);
    const kept = sortAndFilter(
      listed.map((o) => ({ ...o, indicators: must(ranked.get(o.id)) })),
      opts.sort,
      opts.only,
    );
    const { page, pageCount, rows } = pageOf(kept);
    const ind = await indicatorsForMany(
      db,
      { organizationId: { in: rows.map((o) => o.id) } },
      rows,
      ledgers,
      actor.agencyId,
      now,
    );
    result = { page, pageCount, rows: rows.map((o) => row(o, must(ind.get(o.id)))) };
    matched = kept.length;
  }
  if (result.rows.length > 0)
    await db.regulatorReadLog.createMany({
      data: result.rows.map((r) => ({
        regulatorUserId: actor.regulatorUserId,
        agencyId: actor.agencyId,
        organizationId: r.id,
        ledger: "overview",
        action: "view",
        format: null,
        filtersJson: "{}",
        at: now,
      })),
    });
  return { enterprises: result.rows, total: listed.length, matched, page: result.page, pageCount: result.pageCount };
}

export interface EnterpriseHeader {
  id: string;
  name: string;
  uscc: string;
  timeZone: string;
  /** The enterprise's local date at the request's instant (default range of the ledger filters). */
  today: string;
  ledgers: LedgerT[];
  sites: Array<{ id: string; name: string }>;
  products: Array<{ id: string; name: string; model: string }>;
}

/** The enterprise's name, granted ledgers and filter options; requires any live grant, and is logged. */
export async function enterpriseHeader(
  db: Db,
  actor: RegulatorActor,
  organizationId: string,
  now: Date,
): Promise<EnterpriseHeader> {
  const ledgers = await requireLedger(db, actor.agencyId, organizationId, null, now);
  const org = await db.organization.findUnique({
    where: { id: organizationId },
    select: { id: true, name: true, uscc: true, timeZone: true },
  });
  if (!org) throw new AppError("ORG_NOT_FOUND");
  const [sites, products] = await Promise.all([
    db.site.findMany({
      where: { organizationId, retiredAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.product.findMany({
      where: { organizationId, retiredAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true, model: true },
    }),
  ]);
  await logRead(db, actor, organizationId, "enterprise", "view", null, {}, now);
  return {
    ...org,
    today: localDate(now, org.timeZone),
    ledgers: Ledger.options.filter((l) => ledgers.has(l)),
    sites,
    products,
  };
}

async function buildTable(
  db: Db,
  organizationId: string,
  ledger: LedgerT,
  f: LedgerFilter,
  timeZone: string,
  now: Date,
): Promise<LedgerTable> {
  switch (ledger) {
    case "daily":
      return dailyTable(db, organizationId, f, timeZone, now);
    case "weekly":
      return weeklyTable(db, organizationId, f, timeZone);
    case "monthly":
      return monthlyTable(db, organizationId, f, timeZone);
    case "hazards":
      return hazardsTable(db, organizationId, f, timeZone, now);
    case "inspections":
      return inspectionsTable(db, organizationId, f);
    case "sampling":
      return samplingTable(db, organizationId, f);
    case "certificates":
      return certificatesTable(await certificateRows(db, organizationId));
    case "risk_list":
      return riskListTable(db, organizationId);
    case "people":
      return peopleTable(await personRows(db, organizationId));
    case "purchases":
      return purchaseTable(
        await purchaseLedger(db, organizationId, {
          from: f.from,
          to: f.to,
          ...(f.result === "pass" ? { conclusion: "accepted" as const } : {}),
          ...(f.result === "fail" ? { problemsOnly: true } : {}),
        }),
      );
    case "sales":
      return saleTable(await saleLedger(db, organizationId, { from: f.from, to: f.to }));
    case "proposals":
      return proposalsTable(db, organizationId, f, timeZone, now);
    case "training":
      return trainingTable(db, organizationId, f);
  }
}

async function orgOf(db: Db, organizationId: string) {
  const org = await db.organization.findUnique({
    where: { id: organizationId },
    select: { name: true, uscc: true, timeZone: true },
  });
  if (!org) throw new AppError("ORG_NOT_FOUND");
  return org;
}

export async function readLedger(
  db: Db,
  actor: RegulatorActor,
  organizationId: string,
  ledger: z.output<typeof Ledger>,
  filter: z.output<typeof LedgerFilterSchema>,
  now: Date,
): Promise<LedgerTable & { ledger: LedgerT; filter: LedgerFilter; undated: boolean }> {
  await requireLedger(db, actor.agencyId, organizationId, ledger, now);
  const org = await orgOf(db, organizationId);
  const table = await buildTable(db, organizationId, ledger, filter, org.timeZone, now);
  await logRead(db, actor, organizationId, ledger, "view", null, filter, now);
  return { ...table, ledger, filter, undated: UNDATED.has(ledger) };
}

export async function exportLedger(
  db: Db,
  actor: RegulatorActor,
  organizationId: string,
  ledger: z.output<typeof Ledger>,
  filter: z.output<typeof LedgerFilterSchema>,
  format: ExportFormat,
  now: Date,
): Promise<ExportFile> {
  await requireLedger(db, actor.agencyId, organizationId, ledger, now);
  const org = await orgOf(db, organizationId);
  const table = await buildTable(db, organizationId, ledger, filter, org.timeZone, now);
  const period = UNDATED.has(ledger) ? "" : `    期间：${filter.from} 至 ${filter.to}`;
  const file = await exportTable(
    table,
    format,
    LEDGER_ZH[ledger],
    `企业名称：${org.name}（${org.uscc}）${period}`,
    `${LEDGER_ZH[ledger]}_${org.name}_${filter.from}_${filter.to}`,
  );
  await logRead(db, actor, organizationId, ledger, "export", format, filter, now);
  return file;
}

export async function readWeeklyReport(
  db: Db,
  actor: RegulatorActor,
  organizationId: string,
  reportId: string,
  now: Date,
): Promise<WeeklyDetail & { timeZone: string }> {
  await requireLedger(db, actor.agencyId, organizationId, "weekly", now);
  const report = await getWeeklyReport(db, organizationId, reportId);
  if (report.status === "draft") throw new AppError("RECORD_NOT_FOUND");
  await logRead(db, actor, organizationId, "weekly", "view", null, { reportId, week: report.week }, now);
  return { ...report, timeZone: (await orgOf(db, organizationId)).timeZone };
}

/** A hazard's rectification record (隐患整改记录) with its history; needs the hazards ledger. */
export async function readHazard(
  db: Db,
  actor: RegulatorActor,
  organizationId: string,
  hazardId: string,
  now: Date,
): Promise<Omit<HazardDetail, "allowedActions"> & { timeZone: string; organizationName: string }> {
  await requireLedger(db, actor.agencyId, organizationId, "hazards", now);
  const org = await orgOf(db, organizationId);
  const { allowedActions: _omit, ...hazard } = await getHazard(
    db,
    { organizationId, timeZone: org.timeZone, now },
    hazardId,
  );
  await logRead(db, actor, organizationId, "hazards", "view", null, { hazardId, hazardNo: hazard.hazardNo }, now);
  return { ...hazard, timeZone: org.timeZone, organizationName: org.name };
}
