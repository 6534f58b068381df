// The procedure kinds every router builds on:
//   publicProcedure     — anyone (health, login)
//   authedProcedure     — a signed-in person
//   memberProcedure     — a signed-in active member of the session's organisation; ctx.org,
//                         an organisation-scoped client ctx.orgDb, and every id the input
//                         references (contracts `refTo`) checked to be the organisation's
//   roleProcedure(...)  — a member holding one of the given roles (admins pass `admin: true`)
//   regulatorProcedure  — a regulator user; mutations are refused by construction elsewhere
import { AppError } from "@anzhi/domain/errors";
import { withReadMemo } from "@anzhi/domain/read-memo";
import { forOrganization, type ScopedDb } from "@anzhi/db";
import { OrgKind as OrgKindEnum, type OrgKind, type Role } from "@anzhi/contracts/enums";
import { localDate } from "@anzhi/contracts/periods";
import { parseRolesJson } from "@anzhi/domain/members/roles";
import { assertOwned } from "@anzhi/domain/tenancy/owned";
import { referencesOf } from "./owned-refs.ts";
import { t } from "./init.ts";
import { convertFailure, readInput } from "./errors.ts";

// First in every procedure: refuse unreadable input, then convert whatever the call threw. A query
// reads the organisation's reference data (calendar, clock, duties) once, shared with the other
// queries of its request (domain read-memo.ts); a mutation reads afresh every time.
const errorConversion = t.middleware(async ({ ctx, getRawInput, next, type }) => {
  await readInput(getRawInput);
  const result = await (type === "query" && ctx.requestCache ? withReadMemo(ctx.requestCache, () => next()) : next());
  return result.ok ? result : { ...result, error: convertFailure(result.error, "trpc") };
});

export const publicProcedure = t.procedure.use(errorConversion);

/** A lookup read once per request (ContextInner.requestCache); without a cache, every time. */
export function cachedForRequest<T>(
  cache: Map<string, Promise<unknown>> | null,
  key: string,
  read: () => Promise<T>,
): Promise<T> {
  if (!cache) return read();
  const hit = cache.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  const value = read();
  cache.set(key, value);
  return value;
}

export const authedProcedure = publicProcedure.use(async ({ ctx, next, type }) => {
  if (!ctx.user) throw new AppError("UNAUTHENTICATED", { message: "Sign in first" });
  const result = await next({ ctx: { ...ctx, user: ctx.user } });
  // A write (joining, leaving, switching organisation) makes the request's cached lookups stale.
  if (type === "mutation") ctx.requestCache?.clear();
  return result;
});

export interface MemberOrg {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  kind: OrgKind;
  roles: Role[];
  isAdmin: boolean;
  /** The organisation's local date at the request's instant (its time zone, not the server's). */
  today: string;
}

export const memberProcedure = authedProcedure.use(async ({ ctx, next, path, getRawInput }) => {
  const orgId = ctx.activeOrganizationId;
  if (!orgId) throw new AppError("FORBIDDEN", { message: "Choose an organisation first" });
  const membership = await cachedForRequest(ctx.requestCache, `membership:${ctx.user.id}:${orgId}`, () =>
    ctx.db.membership.findFirst({
      where: { userId: ctx.user.id, organizationId: orgId, status: "active" },
      select: {
        rolesJson: true,
        isAdmin: true,
        organization: { select: { id: true, slug: true, name: true, timeZone: true, kind: true } },
      },
    }),
  );
  if (!membership) throw new AppError("FORBIDDEN", { message: "Not a member of this organisation" });
  const org: MemberOrg = {
    ...membership.organization,
    kind: OrgKindEnum.catch("producer").parse(membership.organization.kind),
    roles: parseRolesJson(membership.rolesJson),
    isAdmin: membership.isAdmin,
    today: localDate(ctx.now(), membership.organization.timeZone),
  };
  // Tenancy by construction: every id a member's call references must be the organisation's (one
  // check for all of them, before the service runs; a write stores them, a read such as a download
  // opens them), and services get the scoped client.
  await assertOwned(ctx.db, org.id, referencesOf(path, await getRawInput()));
  const orgDb: ScopedDb = forOrganization(ctx.db, org.id);
  return next({ ctx: { ...ctx, org, orgDb } });
});

/** A member holding at least one of `roles`; `admin: true` also lets organisation admins in. */
export function roleProcedure(roles: Role[], opts: { admin?: boolean } = {}) {
  return memberProcedure.use(({ ctx, next }) => {
    const allowed = ctx.org.roles.some((r) => roles.includes(r)) || (opts.admin === true && ctx.org.isAdmin);
    if (!allowed) {
      throw new AppError("ROLE_REQUIRED", { message: `Requires role: ${roles.join(" / ")}`, details: { roles } });
    }
    return next();
  });
}

export const adminProcedure = memberProcedure.use(({ ctx, next }) => {
  if (!ctx.org.isAdmin) throw new AppError("ADMIN_REQUIRED", { message: "Requires an organisation admin" });
  return next();
});

export const regulatorProcedure = authedProcedure.use(async ({ ctx, next }) => {
  const regulator = await cachedForRequest(ctx.requestCache, `regulator:${ctx.user.id}`, () =>
    ctx.db.regulatorUser.findFirst({
      where: { userId: ctx.user.id, deactivatedAt: null },
      select: { id: true, agencyId: true },
    }),
  );
  if (!regulator) throw new AppError("FORBIDDEN", { message: "Regulator access only" });
  return next({ ctx: { ...ctx, regulator } });
});
