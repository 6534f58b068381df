// Who and when a procedure acts for, taken from its context once here instead of in each router:
// the audit actor, the member's organisation and user with the request's instant, the organisation's
// clock, and a regulator's identity.
import type { Actor } from "@anzhi/domain/audit/audit";
import type { RegulatorActor } from "@anzhi/domain/regulator/portal";

interface UserCtx {
  user: { id: string };
}
interface MemberCtx extends UserCtx {
  org: { id: string; timeZone: string };
  now: () => Date;
}

/** The signed-in person as the audit log's actor. */
export const actorOf = (ctx: UserCtx): Extract<Actor, { kind: "user" }> => ({ kind: "user", userId: ctx.user.id });

/** The member acting: organisation, user and the request's instant. */
export const whoOf = (ctx: MemberCtx) => ({ organizationId: ctx.org.id, userId: ctx.user.id, now: ctx.now() });

/** The organisation's clock at the request's instant. */
export const clockOf = (ctx: Omit<MemberCtx, "user">) => ({
  organizationId: ctx.org.id,
  timeZone: ctx.org.timeZone,
  now: ctx.now(),
});

/** The inspector acting in the regulator portal. */
export const regulatorOf = (ctx: UserCtx & { regulator: { id: string; agencyId: string } }): RegulatorActor => ({
  regulatorUserId: ctx.regulator.id,
  agencyId: ctx.regulator.agencyId,
  userId: ctx.user.id,
});
