import { describe, expect, it } from "vitest";
import { t } from "../messages";
import { EmailSchema, RolesSchema, UserCreateSchema } from "./user";

describe("UserCreateSchema", () => {
  it("normalises the e-mail and defaults the locale to Chinese", () => {
    const u = UserCreateSchema.parse({
      email: "  Li.Wei@Example.COM ",
      name: "李伟",
      password: "correct horse battery",
    });
    expect(u).toEqual({
      email: "li.wei@example.com",
      name: "李伟",
      password: "correct horse battery",
      locale: "zh-CN",
    });
  });

  it("says which field is wrong and why", () => {
    const r = UserCreateSchema.safeParse({ email: "not-an-email", name: "", password: "short" });
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
    expect(byPath).toEqual({ email: "email.invalid", name: "field.required", password: "password.too_short" });
    expect(t("password.too_short", "zh-CN", { minimum: 10 })).toBe("密码至少 10 个字符");
  });

  it("rejects an e-mail without a domain", () => {
    expect(EmailSchema.safeParse("a@").success).toBe(false);
  });
});

describe("RolesSchema", () => {
  it("needs at least one known role, each once", () => {
    expect(RolesSchema.parse(["officer", "director"])).toEqual(["officer", "director"]);
    expect(RolesSchema.safeParse(["officer", "officer"]).error?.issues[0]?.message).toBe("field.duplicate");
    expect(RolesSchema.safeParse([]).error?.issues[0]?.message).toBe("roles.required");
    expect(RolesSchema.safeParse(["boss"]).success).toBe(false);
  });
});
