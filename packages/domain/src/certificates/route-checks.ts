// The checks a product's routes demand (docs/decisions/018), run by the daily scheduler and after
// every product, licence and certificate write. A product holds a set of routes, and each one's
// check applies on its own:
// - 生产许可 (xk): no linked licence valid today → 无证生产 (xk_unlicensed); valid linked licences
//   but none whose scope (产品单元/型号规格) covers the product's model → 超范围生产 (xk_out_of_scope);
// - CCC: no linked certificate valid today whose models cover the product's model → ccc_uncertified.
// "Valid today" is status valid, not retired and issueDate ≤ today ≤ expiryDate on the organisation's
// local date. A rule opens at most one not-yet-closed hazard per product, so re-checks are harmless.
import { addDays, modelsCover, ProductRoute, scopeCovers, type ScopeUnit } from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import type { Actor } from "../audit/audit.ts";
import { openHazard } from "../hazards/open-hazard.ts";
import { orgToday, parseJsonArray } from "../profile/org-clock.ts";

export type RouteRule = "xk_unlicensed" | "xk_out_of_scope" | "ccc_uncertified";

export interface RouteCheckResult {
  checked: number;
  opened: { hazardId: string; hazardNo: string; productId: string; rule: RouteRule }[];
}

const DUE_IN_DAYS = 7;

interface Validity {
  status: string;
  issueDate: string;
  expiryDate: string;
  retiredAt: Date | null;
}

const validOn = (c: Validity, today: string) =>
  c.retiredAt === null && c.status === "valid" && c.issueDate <= today && today <= c.expiryDate;

export function routesOf(json: string): ProductRoute[] {
  const stored = parseJsonArray(json);
  return ProductRoute.options.filter((r) => stored.includes(r));
}

export function scopeUnitsOf(json: string): ScopeUnit[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.flatMap((u: unknown) => {
      if (typeof u !== "object" || u === null) return [];
      const { unit, models } = u as { unit?: unknown; models?: unknown };
      if (typeof unit !== "string") return [];
      return [{ unit, models: Array.isArray(models) ? models.filter((m): m is string => typeof m === "string") : [] }];
    });
  } catch {
    return [];
  }
}

interface Finding {
  rule: RouteRule;
  title: string;
  description: string;
  containment: string;
}

function findings(
  product: { name: string; model: string; routes: ProductRoute[] },
  licences: (Validity & { licenceNo: string; scopeJson: string })[],
  certificates: (Validity & { certNo: string; modelsJson: string })[],
  today: string,
): Finding[] {
  const label = product.model ? `${product.name}（${product.model}）` : product.name;
  const out: Finding[] = [];
  if (product.routes.includes("xk")) {
    const valid = licences.filter((l) => validOn(l, today));
    if (valid.length === 0) {
      out.push({
        rule: "xk_unlicensed",
        title: `无证生产：${label}`,
        description: `产品“${label}”实行工业产品生产许可证管理，截至${today}没有关联的有效生产许可证（无许可证、已过期、暂停、撤销或注销）。未取得生产许可证不得生产、销售该产品，请立即核查、办理或延续许可证。`,
        containment: "停止生产和出厂该产品，直至取得有效生产许可证",
      });
    } else if (!valid.some((l) => scopeCovers(scopeUnitsOf(l.scopeJson), product.model))) {
      out.push({
        rule: "xk_out_of_scope",
        title: `超范围生产：${label}`,
        description: `产品“${label}”的型号规格不在任何有效生产许可证（${valid.map((l) => l.licenceNo).join("、")}）的许可范围（产品单元/型号规格）内。超出许可范围生产视同无证生产，请核对许可证副页，申请增加产品单元或型号，或停止生产该型号。`,
        containment: "停止生产和出厂超出许可范围的型号",
      });
    }
  }
  if (product.routes.includes("ccc")) {
    const covered = certificates.some(
      (c) => validOn(c, today) && modelsCover(parseJsonArray(c.modelsJson), product.model),
    );
    if (!covered)
      out.push({
        rule: "ccc_uncertified",
        title: `CCC产品无有效认证证书：${label}`,
        description: `产品“${label}”属于强制性产品认证（CCC）目录，截至${today}没有覆盖该型号的有效CCC证书（无证书、证书未列该型号、已过期、暂停、撤销或注销）。未获有效认证前不得生产、销售或进口，请立即核查并办理认证或停止生产销售。`,
        containment: "暂停该产品的生产、出厂和销售，直至取得覆盖该型号的有效CCC证书",
      });
  }
  return out;
}

export async function checkRouteHazardsInTx(
  tx: Tx,
  organizationId: string,
  now: Date,
  actor: Actor,
): Promise<RouteCheckResult> {
  const today = await orgToday(tx, organizationId, now);
  const validity = { status: true, issueDate: true, expiryDate: true, retiredAt: true } as const;
  const rows = await tx.product.findMany({
    where: { organizationId, retiredAt: null },
    select: {
      id: true,
      name: true,
      model: true,
      siteId: true,
      scopeRoutesJson: true,
      licences: { select: { licence: { select: { ...validity, licenceNo: true, scopeJson: true } } } },
      cccCertificates: { select: { certificate: { select: { ...validity, certNo: true, modelsJson: true } } } },
    },
    orderBy: { createdAt: "asc" },
  });
  const products = rows
    .map((p) => ({ ...p, routes: routesOf(p.scopeRoutesJson) }))
    .filter((p) => p.routes.includes("xk") || p.routes.includes("ccc"));
  // The organisation's open route hazards, not filtered by a list of product ids: with a thousand
  // products that list alone passes SQLite's bind-parameter limit (P2029).
  const open =
    products.length === 0
      ? []
      : await tx.hazard.findMany({
          where: {
            organizationId,
            productId: { not: null },
            ruleKey: { in: ["xk_unlicensed", "xk_out_of_scope", "ccc_uncertified"] },
            status: { not: "closed" },
          },
          select: { productId: true, ruleKey: true },
        });
  const already = new Set(open.map((h) => `${h.productId}|${h.ruleKey}`));
  const opened: RouteCheckResult["opened"] = [];
  for (const product of products) {
    const found = findings(
      product,
      product.licences.map((l) => l.licence),
      product.cccCertificates.map((c) => c.certificate),
      today,
    );
    for (const f of found) {
      if (already.has(`${product.id}|${f.rule}`)) continue;
      const hazard = await openHazard(tx, {
        organizationId,
        source: "certificate",
        ruleKey: f.rule,
        title: f.title,
        description: f.description,
        // A CCC-catalogue product without a valid certificate may not leave the factory (CCC
        // regulations art. 2): major, with a report to the regulator (docs/decisions/024).
        severity: f.rule === "ccc_uncertified" ? "major" : "significant",
        dueDate: addDays(today, DUE_IN_DAYS),
        stage: "management",
        productId: product.id,
        siteId: product.siteId,
        containment: f.containment,
        actor,
        now,
      });
      opened.push({ hazardId: hazard.id, hazardNo: hazard.hazardNo, productId: product.id, rule: f.rule });
    }
  }
  return { checked: products.length, opened };
}

/** For the daily scheduler: runs the checks for one organisation on its local date at `now`. */
export async function checkRouteHazards(db: Db, organizationId: string, now: Date): Promise<RouteCheckResult> {
  return db.$transaction((tx) => checkRouteHazardsInTx(tx, organizationId, now, { kind: "system" }));
}
