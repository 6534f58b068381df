// Joining an organisation with an invitation: before the person is a member, so these run on the
// unscoped client (public: preview and register; authed: join with an existing account). Spread
// into the members router (`members.previewInvitation`, …).
import { z } from "zod";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { InvitationAcceptNewSchema, InvitationTokenSchema } from "@anzhi/contracts";
import {
  acceptInvitationAsNewUser,
  acceptInvitationAsUser,
  previewInvitation,
} from "@anzhi/domain/members/invitations";
import { isRegulatorUser } from "@anzhi/domain/regulator/agencies";
import { authedProcedure, publicProcedure } from "../trpc/procedures.ts";
import { sessionCookie } from "../session-cookie.ts";

export const joinProcedures = {
  /** For the accept page: which organisation, which roles; errors when used/revoked/expired. */
  previewInvitation: publicProcedure
    .input(z.strictObject({ token: InvitationTokenSchema }))
    .query(({ ctx, input }) => previewInvitation(ctx.db, input.token, ctx.now())),
  /** A new person registers with the invitation and is signed in. */
  acceptAsNewUser: publicProcedure.input(InvitationAcceptNewSchema).mutation(async ({ ctx, input }) => {
    const result = await acceptInvitationAsNewUser(ctx.db, input, {
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      now: ctx.now(),
    });
    ctx.resHeaders.append("set-cookie", sessionCookie(result.token, result.expiresAt, ctx.secureCookies, ctx.now()));
    return { userId: result.userId, organizationId: result.organizationId };
  }),
  /** The signed-in person joins with their existing account. */
  acceptAsUser: authedProcedure
    .use(async ({ ctx, next }) => {
      // Inspectors stay outside every organisation: a regulator account cannot become a member.
      if (await isRegulatorUser(ctx.db, ctx.user.id, { includeDeactivated: true })) {
        throw new TRPCError({ code: "FORBIDDEN", message: "Regulator accounts cannot join an organisation" });
      }
      return next();
    })
    .input(z.strictObject({ token: InvitationTokenSchema }))
    .mutation(({ ctx, input }) => {
      if (!ctx.sessionId) throw new TRPCError({ code: "UNAUTHORIZED", message: "joining needs a web session" });
      return acceptInvitationAsUser(
        ctx.db,
        { token: input.token, userId: ctx.user.id, sessionId: ctx.sessionId },
        ctx.now(),
      );
    }),
} satisfies TRPCRouterRecord;
