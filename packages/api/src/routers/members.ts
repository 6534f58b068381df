// Members of the active organisation: summary and list (any member), invitations, roles and
// (de)activation (admins); joining with an invitation (public or authed) is members-join.ts.
import { z } from "zod";
import type { TRPCRouterRecord } from "@trpc/server";
import { IdSchema, InvitationCreateSchema, MemberRolesUpdateSchema, MembershipIdSchema } from "@anzhi/contracts";
import { memberSummary } from "@anzhi/domain/members/summary";
import { deactivateMember, listMembers, reactivateMember, setMemberRoles } from "@anzhi/domain/members/members";
import {
  createInvitation,
  listInvitations,
  invitationForMail,
  revokeInvitation,
} from "@anzhi/domain/members/invitations";
import { sendInvitationMail } from "@anzhi/domain/mail/invitations";
import { getEnv } from "@anzhi/config";
import { issueMemberPasswordReset } from "@anzhi/domain/auth/password-reset";
import { adminProcedure, memberProcedure } from "../trpc/procedures.ts";
import { actorOf } from "../trpc/actors.ts";
import { joinProcedures } from "./members-join.ts";

export const membersRouter = {
  /** Counts for the dashboard: active/deactivated members, pending invitations, per role. */
  summary: memberProcedure.query(({ ctx }) => memberSummary(ctx.orgDb, ctx.now())),
  /** The caller's organisation as the session sees it (name, kind, time zone, roles, admin). */
  current: memberProcedure.query(({ ctx }) => ctx.org),
  list: memberProcedure.query(({ ctx }) => listMembers(ctx.orgDb, ctx.org.id)),

  setRoles: adminProcedure
    .input(MemberRolesUpdateSchema)
    .mutation(({ ctx, input }) => setMemberRoles(ctx.orgDb, ctx.org.id, input, actorOf(ctx))),
  deactivate: adminProcedure
    .input(MembershipIdSchema)
    .mutation(({ ctx, input }) => deactivateMember(ctx.orgDb, ctx.org.id, input, actorOf(ctx), ctx.now())),
  reactivate: adminProcedure
    .input(MembershipIdSchema)
    .mutation(({ ctx, input }) => reactivateMember(ctx.orgDb, ctx.org.id, input, actorOf(ctx), ctx.now())),

  /**
   * A single-use password reset link (24 hours) for an active member whose account is this
   * organisation's alone, for the admin to hand over; using it ends every session of the person.
   */
  resetLink: adminProcedure.input(MembershipIdSchema).mutation(async ({ ctx, input }) => {
    const issued = await issueMemberPasswordReset(
      ctx.orgDb,
      { organizationId: ctx.org.id, membershipId: input.membershipId, adminUserId: ctx.user.id },
      ctx.now(),
    );
    const base = getEnv().ANZHI_PUBLIC_URL ?? ctx.origin ?? "";
    return { link: `${base}/reset/${issued.token}`, expiresAt: issued.expiresAt, email: issued.email };
  }),

  invitations: adminProcedure.query(({ ctx }) => listInvitations(ctx.orgDb, ctx.org.id, ctx.now())),
  /** Returns the one-time token (shown once, to copy into a link). */
  invite: adminProcedure
    .input(InvitationCreateSchema)
    .mutation(({ ctx, input }) => createInvitation(ctx.orgDb, ctx.org.id, input, actorOf(ctx), ctx.now())),
  /** Whether invitations can be e-mailed (SMTP_URL is set). */
  mailEnabled: adminProcedure.query(() => Boolean(getEnv().SMTP_URL)),
  /** E-mails the link just shown for an invitation with an address; false when SMTP is off or fails. */
  emailInvitation: adminProcedure
    .input(z.strictObject({ invitationId: IdSchema, link: z.string().url().max(500) }))
    .mutation(async ({ ctx, input }) => {
      const smtpUrl = getEnv().SMTP_URL;
      if (!smtpUrl) return { sent: false };
      const inv = await invitationForMail(ctx.orgDb, ctx.org.id, input, ctx.now());
      const host = new URL(input.link).hostname;
      const sent = await sendInvitationMail(smtpUrl, `"安质 Anzhi" <no-reply@${host}>`, {
        ...inv,
        to: inv.email,
        link: input.link,
        locale: ctx.locale,
      });
      return { sent };
    }),
  revokeInvitation: adminProcedure
    .input(z.strictObject({ invitationId: IdSchema }))
    .mutation(({ ctx, input }) => revokeInvitation(ctx.orgDb, ctx.org.id, input.invitationId, actorOf(ctx), ctx.now())),

  ...joinProcedures,
} satisfies TRPCRouterRecord;
