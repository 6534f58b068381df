// The one check that every id a write stores points at a row of the caller's organisation: one
// query per referenced model, and a field error (the model's not-found code, at the field's path)
// for each id that is not the organisation's — whether it belongs to another organisation or to
// none, the answer is the same. The api runs it on every member mutation before the service.
import { REF_MODELS, type Ref, type RefModel } from "@anzhi/contracts";
import type { Tx } from "@anzhi/db";
import { AppError } from "../errors.ts";

type Lookup = (db: Tx, organizationId: string, ids: string[]) => Promise<Array<{ id: string }>>;
const select = { id: true } as const;

const OWNED: Record<RefModel, Lookup> = {
  site: (db, organizationId, ids) => db.site.findMany({ where: { organizationId, id: { in: ids } }, select }),
  product: (db, organizationId, ids) => db.product.findMany({ where: { organizationId, id: { in: ids } }, select }),
  riskItem: (db, organizationId, ids) =>
    db.riskControlItem.findMany({ where: { organizationId, id: { in: ids } }, select }),
  hazard: (db, organizationId, ids) => db.hazard.findMany({ where: { organizationId, id: { in: ids } }, select }),
  file: (db, organizationId, ids) => db.attachment.findMany({ where: { organizationId, id: { in: ids } }, select }),
  proposal: (db, organizationId, ids) =>
    db.staffProposal.findMany({ where: { organizationId, id: { in: ids } }, select }),
  licence: (db, organizationId, ids) =>
    db.productionLicence.findMany({ where: { organizationId, id: { in: ids } }, select }),
  ccc: (db, organizationId, ids) => db.cccCertificate.findMany({ where: { organizationId, id: { in: ids } }, select }),
  supplier: (db, organizationId, ids) => db.supplier.findMany({ where: { organizationId, id: { in: ids } }, select }),
  webhookEndpoint: (db, organizationId, ids) =>
    db.webhookEndpoint.findMany({ where: { organizationId, id: { in: ids } }, select }),
  webhookDelivery: (db, organizationId, ids) =>
    db.webhookDelivery.findMany({ where: { organizationId, id: { in: ids } }, select }),
  // A person is the organisation's when they hold (or held) a membership of it.
  user: async (db, organizationId, ids) =>
    (await db.membership.findMany({ where: { organizationId, userId: { in: ids } }, select: { userId: true } })).map(
      (m) => ({ id: m.userId }),
    ),
};

/** Throws one AppError listing every reference in `refs` that is not `organizationId`'s. */
export async function assertOwned(db: Tx, organizationId: string, refs: readonly Ref[]): Promise<void> {
  if (refs.length === 0) return;
  const byModel = new Map<RefModel, Set<string>>();
  for (const r of refs) byModel.set(r.model, (byModel.get(r.model) ?? new Set()).add(r.id));
  const owned = new Map<RefModel, Set<string>>();
  await Promise.all(
    [...byModel].map(async ([model, ids]) => {
      const rows = await OWNED[model](db, organizationId, [...ids]);
      owned.set(model, new Set(rows.map((row) => row.id)));
    }),
  );
  const foreign = refs.filter((r) => !owned.get(r.model)?.has(r.id));
  if (foreign.length === 0) return;
  const issues = [...new Map(foreign.map((r) => [r.path, { path: r.path, message: REF_MODELS[r.model] }])).values()];
  const first = foreign[0] as Ref;
  throw new AppError(REF_MODELS[first.model], {
    issues,
    message: `not of this organisation: ${foreign.map((r) => `${r.path}=${r.model}:${r.id}`).join(", ")}`,
  });
}
