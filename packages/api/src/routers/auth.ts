// Accounts: sign-up, sign-in/out, the signed-in person and their organisations, organisation
// switching and password change. Procedures that start or end a session set the cookie on
// ctx.resHeaders (the HTTP adapter and the Remix guards forward it).
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import {
  ChangePasswordSchema,
  LoginSchema,
  PasswordResetRequestSchema,
  PasswordResetSchema,
  PasswordResetTokenSchema,
  SignUpSchema,
  SwitchOrganizationSchema,
  type Locale,
} from "@anzhi/contracts";
import { getEnv } from "@anzhi/config";
import { requestPasswordReset, resetLinkStatus, resetPassword } from "@anzhi/domain/auth/password-reset";
import { sendPasswordResetMail } from "@anzhi/domain/mail/password-reset";
import { login } from "@anzhi/domain/auth/login";
import { signUp } from "@anzhi/domain/auth/signup";
import { changePassword } from "@anzhi/domain/auth/password-change";
import { revokeSession } from "@anzhi/domain/auth/sessions";
import { listMyOrganizations, switchOrganization } from "@anzhi/domain/auth/organizations";
import { recordAudit } from "@anzhi/domain/audit/audit";
import { isRegulatorUser } from "@anzhi/domain/regulator/agencies";
import { authedProcedure, cachedForRequest, publicProcedure } from "../trpc/procedures.ts";
import { clearedSessionCookie, sessionCookie } from "../session-cookie.ts";
import { actorOf } from "../trpc/actors.ts";

export const authRouter = {
  /** Creates the organisation and its first user (principal + admin) and signs them in. */
  signUp: publicProcedure.input(SignUpSchema).mutation(async ({ ctx, input }) => {
    const result = await signUp(ctx.db, input, { ip: ctx.ip, userAgent: ctx.userAgent, now: ctx.now() });
    ctx.resHeaders.append("set-cookie", sessionCookie(result.token, result.expiresAt, ctx.secureCookies, ctx.now()));
    return { organizationId: result.organizationId, userId: result.userId };
  }),

  login: publicProcedure.input(LoginSchema).mutation(async ({ ctx, input }) => {
    const result = await login(ctx.db, { ...input, ip: ctx.ip, userAgent: ctx.userAgent, now: ctx.now() });
    ctx.resHeaders.append("set-cookie", sessionCookie(result.token, result.expiresAt, ctx.secureCookies, ctx.now()));
    // Inspectors have no membership: the web app sends them to the regulator portal.
    return {
      userId: result.userId,
      activeOrganizationId: result.activeOrganizationId,
      isRegulator: await isRegulatorUser(ctx.db, result.userId),
    };
  }),

  /** Ends this session (safe to call when already signed out). */
  logout: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionId) {
      await revokeSession(ctx.db, ctx.sessionId);
      if (ctx.user) {
        await recordAudit(ctx.db, {
          organizationId: null,
          actor: actorOf({ user: ctx.user }),
          action: "auth.logout",
          entityType: "user",
          entityId: ctx.user.id,
          ip: ctx.ip,
        });
      }
    }
    ctx.resHeaders.append("set-cookie", clearedSessionCookie(ctx.secureCookies));
    return { ok: true as const };
  }),

  /** The signed-in person, their active organisations and which one the session is in. */
  me: authedProcedure.query(async ({ ctx }) => {
    // Every layout loader of a page asks; read once per request.
    const organizations = await cachedForRequest(ctx.requestCache, `organizations:${ctx.user.id}`, () =>
      listMyOrganizations(ctx.db, ctx.user.id),
    );
    const active = organizations.find((o) => o.id === ctx.activeOrganizationId) ?? null;
    // The session points at an organisation the person is no longer an active member of.
    const lostAccess = ctx.activeOrganizationId !== null && active === null;
    return { user: ctx.user, organizations, activeOrganizationId: active?.id ?? null, lostAccess };
  }),

  switchOrganization: authedProcedure.input(SwitchOrganizationSchema).mutation(async ({ ctx, input }) => {
    if (!ctx.sessionId)
      throw new TRPCError({ code: "UNAUTHORIZED", message: "switching organisation needs a web session" });
    await switchOrganization(ctx.db, {
      sessionId: ctx.sessionId,
      userId: ctx.user.id,
      organizationId: input.organizationId,
    });
    return { activeOrganizationId: input.organizationId };
  }),

  /** Whether /forgot-password can e-mail a link (SMTP_URL is set); otherwise an admin or the operator issues one. */
  passwordResetByEmail: publicProcedure.query(() => ({ available: Boolean(getEnv().SMTP_URL) })),

  /**
   * E-mails a reset link when the address is registered. The answer is the same either way and
   * comes before the e-mail is sent, so neither it nor its timing tells whether the address exists.
   */
  requestPasswordReset: publicProcedure.input(PasswordResetRequestSchema).mutation(async ({ ctx, input }) => {
    const env = getEnv();
    if (!env.SMTP_URL) return { accepted: false as const };
    const issued = await requestPasswordReset(ctx.db, input.email, ctx.now());
    const base = env.ANZHI_PUBLIC_URL ?? ctx.origin;
    if (issued && base) {
      const locale: Locale = issued.locale === "en" ? "en" : "zh-CN";
      const link = `${base}/reset/${issued.token}`;
      void sendPasswordResetMail(env.SMTP_URL, `"安质 Anzhi" <no-reply@${new URL(base).hostname}>`, {
        to: issued.email,
        name: issued.name,
        link,
        expiresAt: issued.expiresAt,
        locale,
      });
    }
    return { accepted: true as const };
  }),

  /** Whether a reset link can still be used, and for which account. */
  resetLinkStatus: publicProcedure
    .input(z.strictObject({ token: PasswordResetTokenSchema }))
    .query(({ ctx, input }) => resetLinkStatus(ctx.db, input.token, ctx.now())),

  /** Sets a new password with a reset link; every session of the person ends (sign in afresh). */
  resetPassword: publicProcedure.input(PasswordResetSchema).mutation(async ({ ctx, input }) => {
    const { email } = await resetPassword(ctx.db, input, { now: ctx.now(), ip: ctx.ip });
    // every session of the person ended, this browser's included
    ctx.resHeaders.append("set-cookie", clearedSessionCookie(ctx.secureCookies));
    return { email };
  }),

  changePassword: authedProcedure
    .input(ChangePasswordSchema)
    .mutation(({ ctx, input }) =>
      changePassword(ctx.db, input, { userId: ctx.user.id, sessionId: ctx.sessionId, ip: ctx.ip, now: ctx.now() }),
    ),
} satisfies TRPCRouterRecord;
