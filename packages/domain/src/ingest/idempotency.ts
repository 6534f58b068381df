// Idempotency-Key: a stored response per (API key, Idempotency-Key) for a limited time — scoped to
// the API key, not the organisation, so one key can neither replay nor block another key's
// requests. The same key with the same request (method, path, body hash) replays the stored
// response; with a different request it is refused (IDEMPOTENCY_KEY_REUSED). Expired keys are
// purged lazily. What is worth storing is the caller's decision (v1/http.ts).
import { createHash } from "node:crypto";
import type { Db } from "@anzhi/db";
import { Prisma } from "@anzhi/db";
import { AppError } from "../errors.ts";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface StoredResponse {
  status: number;
  body: string;
}

export function requestHash(method: string, path: string, body: string): string {
  return createHash("sha256").update(`${method}\n${path}\n${body}`).digest("hex");
}

/** The stored response for this key, null when unused (or expired); throws on a reused key. */
export async function findIdempotentResponse(
  db: Db,
  apiKeyId: string,
  key: string,
  hash: string,
  now: Date,
): Promise<StoredResponse | null> {
  const row = await db.idempotencyKey.findUnique({ where: { apiKeyId_key: { apiKeyId, key } } });
  if (!row) return null;
  if (row.expiresAt <= now) {
    await db.idempotencyKey.deleteMany({ where: { id: row.id } });
    return null;
  }
  if (row.requestHash !== hash) throw new AppError("IDEMPOTENCY_KEY_REUSED", { details: { key } });
  return { status: row.responseStatus, body: row.responseBody };
}

export async function saveIdempotentResponse(
  db: Db,
  entry: {
    organizationId: string;
    apiKeyId: string;
    key: string;
    method: string;
    path: string;
    hash: string;
    response: StoredResponse;
  },
  now: Date,
): Promise<void> {
  try {
    await db.idempotencyKey.create({
      data: {
        organizationId: entry.organizationId,
        apiKeyId: entry.apiKeyId,
        key: entry.key,
        method: entry.method,
        path: entry.path,
        requestHash: entry.hash,
        responseStatus: entry.response.status,
        responseBody: entry.response.body,
        createdAt: now,
        expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
      },
    });
  } catch (error) {
    // A concurrent request with the same key stored first; its response stands.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return;
    throw error;
  }
  if (Math.random() < 0.01) await db.idempotencyKey.deleteMany({ where: { expiresAt: { lte: now } } });
}
