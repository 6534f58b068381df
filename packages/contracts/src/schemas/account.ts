// Accounts: sign-up (an organisation and its first user at once), sign-in, password change and
// invitations. Field paths are flat so a form can show each error next to its input.
import { z } from "zod";
import { Locale } from "../messages";
import { IdSchema, requiredText, typeError } from "./common";
import { OrganisationCreateSchema } from "./organisation";
import { EmailSchema, PasswordSchema, RolesSchema } from "./user";

const sellsGoods = (kind: string) => kind === "seller" || kind === "both";

export const SignUpSchema = z
  .strictObject({
    ...OrganisationCreateSchema.shape,
    /** The first user's name; they become the principal (主要负责人) and an admin. */
    userName: requiredText(50),
    email: EmailSchema,
    password: PasswordSchema,
    locale: Locale.default("zh-CN"),
  })
  .refine((v) => !sellsGoods(v.kind) || v.salesChannel !== undefined, {
    error: "org.sales_channel_required",
    path: ["salesChannel"],
  });
export type SignUp = z.infer<typeof SignUpSchema>;
export type SignUpInput = z.input<typeof SignUpSchema>;

export const LoginSchema = z.strictObject({
  email: z
    .string({ error: typeError() })
    .trim()
    .min(1, { error: "field.required" })
    .max(254, { error: "field.too_long" }),
  password: z.string({ error: typeError() }).min(1, { error: "field.required" }).max(200, { error: "field.too_long" }),
});
export type LoginInput = z.input<typeof LoginSchema>;

export const ChangePasswordSchema = z.strictObject({
  currentPassword: z
    .string({ error: typeError() })
    .min(1, { error: "field.required" })
    .max(200, { error: "field.too_long" }),
  newPassword: PasswordSchema,
});
export type ChangePasswordInput = z.input<typeof ChangePasswordSchema>;

/** /forgot-password: the e-mail to send a reset link to (the answer never says whether it is registered). */
export const PasswordResetRequestSchema = z.strictObject({ email: LoginSchema.shape.email });
export type PasswordResetRequestInput = z.input<typeof PasswordResetRequestSchema>;

/** A reset link's token, as it appears in /reset/<token>. */
export const PasswordResetTokenSchema = z
  .string({ error: typeError() })
  .min(20, { error: "field.invalid" })
  .max(100, { error: "field.invalid" });

export const PasswordResetSchema = z.strictObject({ token: PasswordResetTokenSchema, newPassword: PasswordSchema });
export type PasswordResetInput = z.input<typeof PasswordResetSchema>;

export const SwitchOrganizationSchema = z.strictObject({ organizationId: IdSchema });

/** An admin's invitation: optional e-mail (the link works for whoever opens it), roles, admin flag. */
export const InvitationCreateSchema = z.strictObject({
  email: EmailSchema.optional(),
  roles: RolesSchema,
  isAdmin: z.boolean({ error: typeError() }).default(false),
});
export type InvitationCreateInput = z.input<typeof InvitationCreateSchema>;

export const InvitationTokenSchema = z
  .string({ error: typeError() })
  .min(20, { error: "field.invalid" })
  .max(100, { error: "field.invalid" });

/** Accepting as a new user: the invitation token plus the new account's details. */
export const InvitationAcceptNewSchema = z.strictObject({
  token: InvitationTokenSchema,
  name: requiredText(50),
  email: EmailSchema,
  password: PasswordSchema,
  locale: Locale.default("zh-CN"),
});
export type InvitationAcceptNewInput = z.input<typeof InvitationAcceptNewSchema>;

export const MemberRolesUpdateSchema = z.strictObject({
  membershipId: IdSchema,
  roles: RolesSchema,
  isAdmin: z.boolean({ error: typeError() }),
});

export const MembershipIdSchema = z.strictObject({ membershipId: IdSchema });
