// Opaque list cursors: base64url of the last row's (updatedAt, id). Pages are ordered by
// (updatedAt, id), so a client that resumes with `updatedSince` never misses a change.
import { isWellFormedText } from "@anzhi/contracts";
import { AppError } from "../errors.ts";

export interface Cursor {
  updatedAt: Date;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.updatedAt.getTime(), c.id])).toString("base64url");
}

const MAX_ID_LENGTH = 100;

/**
 * The (updatedAt, id) a cursor names. Anything that is not a cursor this API handed out — not
 * base64 JSON, an instant outside the Date range, an id that is too long or not well-formed
 * Unicode — is the caller's mistake: VALIDATION_FAILED on `cursor`, never a database error.
 */
export function decodeCursor(cursor: string | undefined): Cursor | null {
  if (cursor === undefined) return null;
  const decoded = parseCursor(cursor);
  if (decoded) return decoded;
  throw new AppError("VALIDATION_FAILED", { issues: [{ path: "cursor", message: "field.invalid_cursor" }] });
}

function parseCursor(cursor: string): Cursor | null {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(raw) || raw.length !== 2) return null;
  const [time, id] = raw as [unknown, unknown];
  if (typeof time !== "number" || typeof id !== "string") return null;
  const updatedAt = new Date(time);
  if (Number.isNaN(updatedAt.getTime()) || id.length > MAX_ID_LENGTH || !isWellFormedText(id)) return null;
  return { updatedAt, id };
}

/**
 * Prisma where fragment for rows after the cursor, in (updatedAt, id) order. The leading
 * `updatedAt >= c` is implied by the OR but lets SQLite seek the (…, updatedAt, id) index to the
 * cursor instead of filtering every earlier row, so a page deep in the list costs what the first
 * one does (the OR alone cannot use the index as a range).
 */
export function afterCursor(c: Cursor | null) {
  if (!c) return {};
  return {
    updatedAt: { gte: c.updatedAt },
    OR: [{ updatedAt: { gt: c.updatedAt } }, { id: { gt: c.id } }],
  };
}

/** Splits one extra fetched row off into the next cursor. */
export function paginate<T extends { updatedAt: Date; id: string }>(
  rows: T[],
  limit: number,
): { page: T[]; nextCursor: string | null } {
  if (rows.length <= limit) return { page: rows, nextCursor: null };
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: last ? encodeCursor(last) : null };
}
