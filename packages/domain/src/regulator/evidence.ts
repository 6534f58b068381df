// A regulator opens a photo (or its thumbnail) of a record it may read: a signed daily check
// record's item (daily ledger, or the hazards ledger when that item opened a hazard) or a hazard
// (hazards ledger). Anything else — no live grant, another enterprise's file, a draft's photo, an
// unlinked or removed file — is a 404 that tells nothing about the file. Every read is logged.
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { readAttachment } from "../files/attachments.ts";
import { readThumbnail } from "../files/photos.ts";
import { requireLedger } from "./grants.ts";
import { logRead, type RegulatorActor } from "./portal.ts";

/** The ledger through which the regulator may see the file, or null when none it holds shows it. */
async function ledgerShowing(
  db: Db,
  actor: RegulatorActor,
  organizationId: string,
  attachmentId: string,
  now: Date,
): Promise<"daily" | "hazards" | null> {
  let granted: Set<string>;
  try {
    granted = await requireLedger(db, actor.agencyId, organizationId, null, now);
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
  const links = await db.attachmentLink.findMany({
    where: { organizationId, attachmentId, removedAt: null, entityType: { in: ["daily_check_entry", "hazard"] } },
    select: { entityType: true, entityId: true },
  });
  if (granted.has("hazards") && links.some((l) => l.entityType === "hazard")) return "hazards";
  const entryIds = links.filter((l) => l.entityType === "daily_check_entry").map((l) => l.entityId);
  if (entryIds.length === 0) return null;
  if (granted.has("daily")) {
    const signed = await db.dailyCheckEntry.count({
      where: { organizationId, id: { in: entryIds }, run: { status: { not: "draft" } } },
    });
    if (signed > 0) return "daily";
  }
  if (granted.has("hazards")) {
    const found = await db.hazard.count({ where: { organizationId, dailyEntryId: { in: entryIds } } });
    if (found > 0) return "hazards";
  }
  return null;
}

export async function readEvidenceFile(
  db: Db,
  actor: RegulatorActor,
  input: { organizationId: string; attachmentId: string; size: "full" | "thumbnail"; dataDir: string },
  now: Date,
): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const { organizationId, attachmentId } = input;
  const ledger = await ledgerShowing(db, actor, organizationId, attachmentId, now);
  if (ledger === null) throw new AppError("RECORD_NOT_FOUND");
  const file =
    input.size === "thumbnail"
      ? await readThumbnail(db, organizationId, attachmentId)
      : await readAttachment(db, organizationId, input.dataDir, attachmentId);
  await logRead(db, actor, organizationId, ledger, "view", null, { attachmentId, size: input.size }, now);
  return file;
}
