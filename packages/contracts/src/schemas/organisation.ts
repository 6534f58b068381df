// Organisation (企业主体) onboarding and profile, plus the scope rules of regulation.md §1.1.
import { z } from "zod";
import { OrgKind, SalesChannel, ScopeRoute, type SizeClass } from "../enums";
import { DEFAULT_TIME_ZONE, TimeZoneSchema } from "../periods";
import { intBetween, numberBetween, optionalText, requiredText } from "./common";
import { RegionCodeSchema, UsccSchema } from "./identifiers";

const organisationFields = {
  /** 单位名称, as on the business licence. */
  name: requiredText(100),
  uscc: UsccSchema,
  kind: OrgKind,
  /** 所属行政区划代码 (county level, 6 digits). */
  regionCode: RegionCodeSchema,
  address: requiredText(200),
  timeZone: TimeZoneSchema.default(DEFAULT_TIME_ZONE),
  /** 从业人员数 */
  employeeCount: intBetween(0, 10_000_000),
  /** 上年度营业收入（万元） */
  annualRevenueWanYuan: numberBetween(0, 1e10),
  /** 销售业态; required for sellers (and producer-sellers), whose size thresholds depend on it. */
  salesChannel: SalesChannel.optional(),
  legalRepresentative: optionalText(50),
};

const sellsGoods = (kind: OrgKind) => kind === "seller" || kind === "both";

export const OrganisationCreateSchema = z
  .strictObject(organisationFields)
  .refine((org) => !sellsGoods(org.kind) || org.salesChannel !== undefined, {
    error: "org.sales_channel_required",
    path: ["salesChannel"],
  });
export type OrganisationCreate = z.infer<typeof OrganisationCreateSchema>;
export type OrganisationCreateInput = z.input<typeof OrganisationCreateSchema>;

// ---- size class (regulation.md §1.1; thresholds in 万元) --------------------------------------

interface Thresholds {
  large: { employees: number; revenue: number };
  medium: { employees: number; revenue: number };
  /** Small vs micro is informational only (scope depends on large/medium). From 统计上大中小微型
   * 企业划分办法（2017）: small needs both lower bounds, anything below is micro. */
  small: { employees: number; revenue: number };
}

const THRESHOLDS: Record<"producer" | "wholesale" | "retail", Thresholds> = {
  producer: {
    large: { employees: 1000, revenue: 40_000 },
    medium: { employees: 300, revenue: 2_000 },
    small: { employees: 20, revenue: 300 },
  },
  wholesale: {
    large: { employees: 200, revenue: 40_000 },
    medium: { employees: 20, revenue: 5_000 },
    small: { employees: 5, revenue: 1_000 },
  },
  retail: {
    large: { employees: 300, revenue: 20_000 },
    medium: { employees: 50, revenue: 500 },
    small: { employees: 10, revenue: 100 },
  },
};

const RANK: Record<SizeClass, number> = { micro: 0, small: 1, medium: 2, large: 3 };

function classify(t: Thresholds, employees: number, revenue: number): SizeClass {
  // Large and medium: either criterion suffices ("或", regulation.md §1.1).
  if (employees >= t.large.employees || revenue >= t.large.revenue) return "large";
  if (employees >= t.medium.employees || revenue >= t.medium.revenue) return "medium";
  if (employees >= t.small.employees && revenue >= t.small.revenue) return "small";
  return "micro";
}

function larger(a: SizeClass, b: SizeClass): SizeClass {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * 规模类型. Sellers use the wholesale or retail table (online counts as retail); a seller with
 * both channels, or none given, gets the larger result, and a producer-seller the larger of the
 * producer and seller results — the reading that keeps a unit in scope when in doubt.
 */
export function sizeClassOf(
  kind: OrgKind,
  salesChannel: SalesChannel | null | undefined,
  employees: number,
  revenueWanYuan: number,
): SizeClass {
  const producer = classify(THRESHOLDS.producer, employees, revenueWanYuan);
  const wholesale = classify(THRESHOLDS.wholesale, employees, revenueWanYuan);
  const retail = classify(THRESHOLDS.retail, employees, revenueWanYuan);
  const seller =
    salesChannel === "wholesale"
      ? wholesale
      : salesChannel === "retail" || salesChannel === "online"
        ? retail
        : larger(wholesale, retail);
  if (kind === "producer") return producer;
  if (kind === "seller") return seller;
  return larger(producer, seller);
}

/**
 * The organisation's 适用情形 from its products' routes: XK and CCC always count; the
 * mandatory-standard route only for large and medium units. ["none"] when nothing applies.
 */
export function inScopeRoutes(sizeClass: SizeClass, productRoutes: readonly ScopeRoute[]): ScopeRoute[] {
  const routes = ScopeRoute.options.filter(
    (route) =>
      route !== "none" &&
      productRoutes.includes(route) &&
      (route !== "mandatory_standard" || sizeClass === "large" || sizeClass === "medium"),
  );
  return routes.length > 0 ? routes : ["none"];
}

/**
 * Who the Orders require to be appointed, by 适用情形 and the prior-year size class (ADR 016):
 * a unit out of scope (["none"]) has no statutory duty; every unit in scope appoints 质量安全员;
 * large and medium units also appoint a 质量安全总监, while small and micro units may leave the
 * director's duties with the principal (`[INF]` reading of "与单位规模相适应", regulation.md §2).
 */
export function staffingRequirement(
  sizeClass: SizeClass,
  routes: readonly ScopeRoute[],
): { inScope: boolean; directorRequired: boolean; officerRequired: boolean; principalMayActAsDirector: boolean } {
  const inScope = routes.some((r) => r !== "none");
  const large = sizeClass === "large" || sizeClass === "medium";
  return {
    inScope,
    directorRequired: inScope && large,
    officerRequired: inScope,
    principalMayActAsDirector: !large,
  };
}

/** Figures of one calendar year (上年度规模数据 for the next year's size class). */
export const SizeFiguresSchema = z.strictObject({
  year: intBetween(2000, 2100),
  employeeCount: organisationFields.employeeCount,
  annualRevenueWanYuan: organisationFields.annualRevenueWanYuan,
  /** Why figures already recorded for the year change (required then; see the domain). */
  reason: optionalText(200),
});
export type SizeFiguresInput = z.input<typeof SizeFiguresSchema>;
