// People: user accounts and their membership roles in an organisation.
import { z } from "zod";
import { Locale } from "../messages";
import { Role } from "../enums";
import { requiredText, typeError } from "./common";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** Lower-cased, trimmed e-mail address. */
export const EmailSchema = z
  .string({ error: typeError() })
  .trim()
  .toLowerCase()
  .max(254, { error: "field.too_long" })
  .pipe(z.email({ error: "email.invalid" }));

export const PasswordSchema = z
  .string({ error: typeError() })
  .min(PASSWORD_MIN, { error: "password.too_short" })
  .max(PASSWORD_MAX, { error: "password.too_long" });

export const UserCreateSchema = z.strictObject({
  email: EmailSchema,
  name: requiredText(50),
  password: PasswordSchema,
  locale: Locale.default("zh-CN"),
});
export type UserCreate = z.infer<typeof UserCreateSchema>;
export type UserCreateInput = z.input<typeof UserCreateSchema>;

/** A member's roles: at least one, each once. */
export const RolesSchema = z
  .array(Role)
  .min(1, { error: "roles.required" })
  .max(Role.options.length, { error: "field.too_many" })
  .refine((roles) => new Set(roles).size === roles.length, { error: "field.duplicate" });
