// Sign-up: the organisation, its first user (principal + admin) and their first session, in one
// transaction — a failure anywhere leaves nothing behind. An e-mail that already has an account
// signs up with that account when the password is its own, and is refused neutrally otherwise
// (./claim-email.ts), so sign-up does not tell which e-mails are registered.
import type { z } from "zod";
import type { SignUpSchema } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { isLeafRegion } from "../regions/regions.ts";
import { defaultSlug, insertOrganization } from "../orgs/organizations.ts";
import { insertUser, upsertMembership } from "../users/users.ts";
import { recordAudit } from "../audit/audit.ts";
import { createSession } from "./sessions.ts";
import { claimEmail, neutralEmailTaken } from "./claim-email.ts";
import { attemptSucceeded } from "./throttle.ts";

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
  const claimed = await claimEmail(db, {
    email,
    password,
    ip: opts.ip ?? null,
    now: opts.now,
    action: "auth.signup_failed",
  });
  try {
    return await db.$transaction(async (tx) => {
      const organization = await insertOrganization(tx, org, {
        slug: defaultSlug(org.uscc),
        actor: { kind: "system" },
        now: opts.now,
      });
      const membership = { organizationId: organization.id, roles: ["principal" as const], isAdmin: true };
      let userId: string;
      if (claimed.kind === "existing") {
        await attemptSucceeded(tx, claimed.reservation);
        await upsertMembership(tx, { userId: claimed.userId, ...membership }, { kind: "system" });
        userId = claimed.userId;
      } else {
        const user = await insertUser(
          tx,
          { email, name: userName, passwordHash: claimed.passwordHash, locale },
          { membership, actor: { kind: "system" } },
        );
        userId = user.id;
      }
      const session = await createSession(tx, {
        userId,
        activeOrganizationId: organization.id,
        ip: opts.ip,
        userAgent: opts.userAgent,
        now: opts.now,
      });
      await recordAudit(tx, {
        organizationId: organization.id,
        actor: { kind: "user", userId },
        action: "auth.signup",
        entityType: "organization",
        entityId: organization.id,
        data: { existingAccount: claimed.kind === "existing" },
        ip: opts.ip ?? null,
        at: opts.now,
      });
      return { organizationId: organization.id, userId, ...session };
    });
  } catch (error) {
    throw neutralEmailTaken(error);
  }
}
