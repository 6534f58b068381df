// ERP API keys: `anz_<prefix>_<secret>`. Only the sha256 of the full key is stored (the secret
// has 190 bits of entropy, so a fast hash is enough) plus the public prefix for lookup and
// display. Keys are never deleted: revoking stamps revokedAt. Every act is audited.
import type { z } from "zod";
import { createHash, randomBytes } from "node:crypto";
import {
  type ApiKeyCreateSchema,
  ApiScope,
  API_KEY_PATTERN,
  type ApiKeyCreated,
  type ApiKeySummary,
  type Plan,
} from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { apiRateTier } from "../billing/entitlements.ts";
import { billingSettings } from "../billing/settings.ts";
import { recordAudit } from "../audit/audit.ts";
import { AppError } from "../errors.ts";

const LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
const MIXED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function randomString(alphabet: string, length: number): string {
  const bytes = randomBytes(length * 2);
  let out = "";
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % alphabet.length);
  for (const b of bytes) {
    if (b < limit) out += alphabet[b % alphabet.length];
    if (out.length === length) return out;
  }
  return out + randomString(alphabet, length - out.length);
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

function parseScopes(json: string): ApiScope[] {
  try {
    const raw: unknown = JSON.parse(json);
    return Array.isArray(raw) ? raw.flatMap((s) => (ApiScope.safeParse(s).success ? [s as ApiScope] : [])) : [];
  } catch {
    return [];
  }
}

const summarySelect = {
  id: true,
  name: true,
  prefix: true,
  scopesJson: true,
  siteId: true,
  site: { select: { name: true } },
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

type SummaryRow = {
  id: string;
  name: string;
  prefix: string;
  scopesJson: string;
  siteId: string | null;
  site: { name: string } | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

function toSummary(row: SummaryRow): ApiKeySummary {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: parseScopes(row.scopesJson),
    siteId: row.siteId,
    siteName: row.site?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** The user an operator-created key is attributed to: the organisation's first active admin. */
export async function defaultKeyOwner(db: Db, organizationId: string): Promise<string | null> {
  const m = await db.membership.findFirst({
    where: { organizationId, isAdmin: true, status: "active" },
    orderBy: { createdAt: "asc" },
    select: { userId: true },
  });
  return m?.userId ?? null;
}

export async function createApiKey(
  db: Db,
  organizationId: string,
  createdByUserId: string,
  data: z.output<typeof ApiKeyCreateSchema>,
): Promise<ApiKeyCreated> {
  if (data.siteId) {
    const site = await db.site.findFirst({
      where: { id: data.siteId, organizationId, retiredAt: null },
      select: { id: true },
    });
    if (!site) throw new AppError("SITE_NOT_FOUND", { issues: [{ path: "siteId", message: "SITE_NOT_FOUND" }] });
  }
  const prefix = `anz_${randomString(LOWER, 8)}`;
  const secret = `${prefix}_${randomString(MIXED, 32)}`;
  return db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: {
        organizationId,
        name: data.name,
        prefix,
        keyHash: hashApiKey(secret),
        scopesJson: JSON.stringify(data.scopes),
        siteId: data.siteId ?? null,
        createdByUserId,
      },
      select: summarySelect,
    });
    await recordAudit(tx, {
      organizationId,
      actor: { kind: "user", userId: createdByUserId },
      action: "api_key.create",
      entityType: "api_key",
      entityId: row.id,
      data: { name: data.name, prefix, scopes: data.scopes, siteId: data.siteId ?? null },
    });
    return { key: toSummary(row), secret };
  });
}

export async function listApiKeys(db: Db, organizationId: string): Promise<ApiKeySummary[]> {
  const rows = await db.apiKey.findMany({
    where: { organizationId },
    select: summarySelect,
    orderBy: { createdAt: "desc" },
  });
  return rows.map(toSummary);
}

/**
 * Revokes a key (idempotent: revoking a revoked key changes nothing). `revokedByUserId` is null
 * when an operator revokes it with the CLI (audited as the system).
 */
export async function revokeApiKey(
  db: Db,
  organizationId: string,
  revokedByUserId: string | null,
  id: string,
  now: Date,
): Promise<ApiKeySummary> {
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id, organizationId }, select: { id: true, revokedAt: true } });
    if (!key) throw new AppError("NOT_FOUND");
    if (!key.revokedAt) {
      await tx.apiKey.update({ where: { id }, data: { revokedAt: now, revokedByUserId } });
      await recordAudit(tx, {
        organizationId,
        actor: revokedByUserId ? { kind: "user", userId: revokedByUserId } : { kind: "system" },
        action: "api_key.revoke",
        entityType: "api_key",
        entityId: id,
      });
    }
    return toSummary(await tx.apiKey.findUniqueOrThrow({ where: { id }, select: summarySelect }));
  });
}

export interface AuthenticatedKey {
  id: string;
  organizationId: string;
  scopes: ApiScope[];
  siteId: string | null;
  plan: Plan;
}

/** Only refresh lastUsedAt when it is older than this, so reads don't each cost a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The key behind a bearer token, or null when unknown, malformed, revoked or expired. */
export async function authenticateApiKey(db: Db, token: string, now: Date): Promise<AuthenticatedKey | null> {
  const match = API_KEY_PATTERN.exec(token);
  if (!match) return null;
  const row = await db.apiKey.findUnique({
    where: { keyHash: hashApiKey(token) },
    select: {
      id: true,
      organizationId: true,
      prefix: true,
      scopesJson: true,
      siteId: true,
      lastUsedAt: true,
      revokedAt: true,
      expiresAt: true,
      organization: { select: { plan: true, deactivatedAt: true } },
    },
  });
  if (!row || row.prefix !== `anz_${match[1]}` || row.revokedAt || row.organization.deactivatedAt) return null;
  if (row.expiresAt && row.expiresAt <= now) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  // Billing on: the rate follows the entitlements (billing/entitlements.ts); off: Organization.plan.
  const plan: Plan = billingSettings()
    ? await apiRateTier(db, row.organizationId, now)
    : row.organization.plan === "standard" || row.organization.plan === "professional"
      ? row.organization.plan
      : "free";
  return {
    id: row.id,
    organizationId: row.organizationId,
    scopes: parseScopes(row.scopesJson),
    siteId: row.siteId,
    plan,
  };
}
