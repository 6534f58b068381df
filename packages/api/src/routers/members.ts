// Members of the active organisation: summary and list (any member), invitations, roles and
// (de)activation (admins). Accepting an invitation is public (new account) or authed (join).
import { z } from "zod";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { IdSchema, InvitationAcceptNewSchema, InvitationCreateSchema, InvitationTokenSchema, MemberRolesUpdateSchema, MembershipIdSchema } from "@anzhi/contracts";
import { memberSummary } from "@anzhi/domain/members/summary";
import { deactivateMember, listMembers, reactivateMember, setMemberRoles } from "@anzhi/domain/members/members";
import {
  acceptInvitationAsNewUser,
  acceptInvitationAsUser,
  createInvitation,
  listInvitations,
  invitationForMail,
  previewInvitation,
  revokeInvitation,
} from "@anzhi/domain/members/invitations";
import { sendInvitationMail } from "@anzhi/domain/mail/invitations";
import { getEnv } from "@anzhi/config";
import { adminProcedure, authedProcedure, memberProcedure, publicProcedure } from "../trpc/procedures.ts";
import { sessionCookie } from "../session-cookie.ts";

const actorOf = (ctx: { user: { id: string } }) => ({ kind: "user" as const, userId: ctx.user.id });

export const membersRouter = {
  /** Counts for the dashboard: active/deactivated members, pending invitations, per role. */
  summary: memberProcedure.query(({ ctx }) => memberSummary(ctx.orgDb, ctx.now())),
  /** The caller's organisation as the session sees it (name, kind, time zone, roles, admin). */
  current: memberProcedure.query(({ ctx }) => ctx.org),
  list: memberProcedure.query(({ ctx }) => listMembers(ctx.db, ctx.org.id)),

  setRoles: adminProcedure.input(MemberRolesUpdateSchema).mutation(({ ctx, input }) => setMemberRoles(ctx.db, ctx.org.id, input, actorOf(ctx))),
  deactivate: adminProcedure.input(MembershipIdSchema).mutation(({ ctx, input }) => deactivateMember(ctx.db, ctx.org.id, input, actorOf(ctx), ctx.now())),
  reactivate: adminProcedure.input(MembershipIdSchema).mutation(({ ctx, input }) => reactivateMember(ctx.db, ctx.org.id, input, actorOf(ctx))),

  invitations: adminProcedure.query(({ ctx }) => listInvitations(ctx.db, ctx.org.id, ctx.now())),
  /** Returns the one-time token (shown once, to copy into a link). */
  invite: adminProcedure.input(InvitationCreateSchema).mutation(({ ctx, input }) => createInvitation(ctx.db, ctx.org.id, input, actorOf(ctx), ctx.now())),
  /** Whether invitations can be e-mailed (SMTP_URL is set). */
  mailEnabled: adminProcedure.query(() => Boolean(getEnv().SMTP_URL)),
  /** E-mails the link just shown for an invitation with an address; false when SMTP is off or fails. */
  emailInvitation: adminProcedure
    .input(z.strictObject({ invitationId: IdSchema, link: z.string().url().max(500) }))
    .mutation(async ({ ctx, input }) => {
      const smtpUrl = getEnv().SMTP_URL;
      if (!smtpUrl) return { sent: false };
      const inv = await invitationForMail(ctx.db, ctx.org.id, input, ctx.now());
      const host = new URL(input.link).hostname;
      const sent = await sendInvitationMail(smtpUrl, `"安质 Anzhi" <no-reply@${host}>`, { ...inv, to: inv.email, link: input.link, locale: ctx.locale });
      return { sent };
    }),
  revokeInvitation: adminProcedure
    .input(z.strictObject({ invitationId: IdSchema }))
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.org.id, input.invitationId, actorOf(ctx), ctx.now())),

  /** For the accept page: which organisation, which roles; errors when used/revoked/expired. */
  previewInvitation: publicProcedure.input(z.strictObject({ token: InvitationTokenSchema })).query(({ ctx, input }) => previewInvitation(ctx.db, input.token, ctx.now())),
  /** A new person registers with the invitation and is signed in. */
  acceptAsNewUser: publicProcedure.input(InvitationAcceptNewSchema).mutation(async ({ ctx, input }) => {
    const result = await acceptInvitationAsNewUser(ctx.db, input, { ip: ctx.ip, userAgent: ctx.userAgent, now: ctx.now() });
    ctx.resHeaders.append("set-cookie", sessionCookie(result.token, result.expiresAt, ctx.secureCookies, ctx.now()));
    return { userId: result.userId, organizationId: result.organizationId };
  }),
  /** The signed-in person joins with their existing account. */
  acceptAsUser: authedProcedure
    .use(async ({ ctx, next }) => {
      // Inspectors stay outside every organisation: a regulator account cannot become a member.
      if (await ctx.db.regulatorUser.findFirst({ where: { userId: ctx.user.id }, select: { id: true } })) {
        throw new TRPCError({ code: "FORBIDDEN", message: "Regulator accounts cannot join an organisation" });
      }
      return next();
    })
    .input(z.strictObject({ token: InvitationTokenSchema })).mutation(({ ctx, input }) => {
    if (!ctx.sessionId) throw new TRPCError({ code: "UNAUTHORIZED", message: "joining needs a web session" });
    return acceptInvitationAsUser(ctx.db, { token: input.token, userId: ctx.user.id, sessionId: ctx.sessionId }, ctx.now());
  }),
} satisfies TRPCRouterRecord;
