// Tenancy guard: a client view in which every top-level query on an organisation-owned model is
// limited to one organisation. Reads and bulk writes get `organizationId` added to their `where`;
// creates get it stamped onto `data` (a different organisationId in data is refused). The member
// and API-key procedures build it once per request (ctx.orgDb) and hand it to the services for
// everything a member does — ESLint refuses the raw ctx.db in member routers — so forgetting a
// filter cannot leak rows. Nested relation reads and writes are not rewritten: ids an input
// references are checked separately, before the service runs (domain/tenancy/owned.ts).
import { Prisma } from "./generated/prisma/client.ts";
import type { Db } from "./client.ts";

type AnyArgs = Record<string, unknown> & { where?: Record<string, unknown>; data?: unknown };

/** Models (as Prisma names, e.g. "Hazard") that carry an organizationId column. */
export const ORG_SCOPED_MODELS: ReadonlySet<string> = new Set(
  Object.values(Prisma.ModelName).filter((model) => {
    const fields = (Prisma as unknown as Record<string, unknown>)[`${model}ScalarFieldEnum`];
    return typeof fields === "object" && fields !== null && "organizationId" in fields;
  }),
);

export class CrossTenantWriteError extends Error {
  constructor(model: string) {
    super(`Refused to write ${model} rows of another organisation through a scoped client`);
  }
}

const WHERE_OPS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
  "upsert",
]);
const CREATE_OPS = new Set(["create", "createMany", "createManyAndReturn"]);

function stamp(model: string, organizationId: string, data: unknown): unknown {
  if (Array.isArray(data)) return data.map((d) => stamp(model, organizationId, d));
  if (typeof data !== "object" || data === null) return data;
  const row = data as Record<string, unknown>;
  if ("organization" in row) throw new CrossTenantWriteError(model);
  if (row.organizationId !== undefined && row.organizationId !== organizationId) {
    throw new CrossTenantWriteError(model);
  }
  return { ...row, organizationId };
}

/** Adds `key = value` to a where; a where that already names another value matches nothing. */
function restrictWhere(
  where: Record<string, unknown> | undefined,
  key: "id" | "organizationId",
  value: string,
): Record<string, unknown> {
  const base = where ?? {};
  if (base[key] === undefined || base[key] === value) return { ...base, [key]: value };
  const and = base.AND === undefined ? [] : Array.isArray(base.AND) ? base.AND : [base.AND];
  return { ...base, AND: [...and, { [key]: value }] };
}

export function scopeArgs(model: string, operation: string, args: AnyArgs, organizationId: string): AnyArgs {
  if (model === "Organization") {
    if (WHERE_OPS.has(operation)) return { ...args, where: restrictWhere(args.where, "id", organizationId) };
    if (CREATE_OPS.has(operation)) throw new CrossTenantWriteError(model);
    return args;
  }
  if (!ORG_SCOPED_MODELS.has(model)) return args;
  let next: AnyArgs = args;
  if (WHERE_OPS.has(operation)) next = { ...next, where: restrictWhere(next.where, "organizationId", organizationId) };
  if (CREATE_OPS.has(operation)) next = { ...next, data: stamp(model, organizationId, next.data) };
  if (operation === "upsert") {
    next = { ...next, create: stamp(model, organizationId, next.create) };
    const update = next.update as Record<string, unknown> | undefined;
    if (update && update.organizationId !== undefined && update.organizationId !== organizationId) {
      throw new CrossTenantWriteError(model);
    }
  }
  if ((operation === "update" || operation === "updateMany") && typeof next.data === "object" && next.data !== null) {
    const data = next.data as Record<string, unknown>;
    if ("organization" in data || (data.organizationId !== undefined && data.organizationId !== organizationId)) {
      throw new CrossTenantWriteError(model);
    }
  }
  return next;
}

declare const scopedTo: unique symbol;
/**
 * The organisation-scoped view of the client. A query-only extension changes no model signature,
 * so it is typed as the client services take (`Db`), branded so code can ask for the scoped view.
 */
export type ScopedDb = Db & { readonly [scopedTo]: string };

/** A client whose every top-level query is limited to `organizationId`. */
export function forOrganization(db: Db, organizationId: string): ScopedDb {
  const scoped = db.$extends({
    name: "org-scope",
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          return query(scopeArgs(model, operation, (args ?? {}) as AnyArgs, organizationId) as typeof args);
        },
      },
    },
  });
  return scoped as unknown as ScopedDb;
}
