// Sign-up: the organisation, its first user (principal + admin) and their first session, in one
// transaction — a failure anywhere leaves nothing behind.
import type { z } from "zod";
import type { SignUpSchema } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { isLeafRegion } from "../regions/regions.ts";
import { defaultSlug, insertOrganization } from "../orgs/organizations.ts";
import { insertUser } from "../users/users.ts";
import { recordAudit } from "../audit/audit.ts";
import { hashPassword } from "./password.ts";
import { createSession } from "./sessions.ts";

export interface SignUpResult {
  organizationId: string;
  userId: string;
  token: string;
  sessionId: string;
  expiresAt: Date;
}

export async function signUp(
  db: Db,
  data: z.output<typeof SignUpSchema>,
  opts: { ip?: string | null; userAgent?: string | null; now: Date },
): Promise<SignUpResult> {
  if (!isLeafRegion(data.regionCode)) {
    throw new AppError("VALIDATION_FAILED", {
      issues: [{ path: "regionCode", message: "REGION_CODE_INVALID" }],
      message: `unknown county-level region ${data.regionCode}`,
    });
  }
  const { userName, email, password, locale, ...org } = data;
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const organization = await insertOrganization(tx, org, {
      slug: defaultSlug(org.uscc),
      actor: { kind: "system" },
      now: opts.now,
    });
    const user = await insertUser(
      tx,
      { email, name: userName, passwordHash, locale },
      {
        membership: { organizationId: organization.id, roles: ["principal"], isAdmin: true },
        actor: { kind: "system" },
      },
    );
    const session = await createSession(tx, {
      userId: user.id,
      activeOrganizationId: organization.id,
      ip: opts.ip,
      userAgent: opts.userAgent,
      now: opts.now,
    });
    await recordAudit(tx, {
      organizationId: organization.id,
      actor: { kind: "user", userId: user.id },
      action: "auth.signup",
      entityType: "organization",
      entityId: organization.id,
      ip: opts.ip ?? null,
    });
    return { organizationId: organization.id, userId: user.id, ...session };
  });
}
