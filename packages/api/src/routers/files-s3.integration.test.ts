// With ANZHI_S3_URL set, uploaded files go to the bucket (s3rver stands in), never the data folder:
// stored in the record's transaction, removed again when it fails, streamed back with their type
// and size; a file whose object is gone is a 404 (FILE_CONTENT_MISSING), not a 500.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { s3Storage } from "@anzhi/domain/files/s3-storage";
import { startS3StandIn } from "@anzhi/domain/files/testing/s3-stand-in";
import { clock, createRoutineOrg, sh, type RoutineOrg } from "./routines.fixture.ts";
import { refusal } from "../testing/org-people.ts";

// Set before anything reads the environment (getEnv parses it once, on first use).
const s3 = await startS3StandIn("anzhi-uploads", "node-test");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "anzhi-s3-data-"));
process.env.ANZHI_DATA_DIR = dataDir;
process.env.ANZHI_S3_URL = s3.url;
const bucket = s3Storage(s3.config);

let t: TestDb;
let a: RoutineOrg;

beforeAll(async () => {
  t = await createTestDb("anzhi-s3-");
  a = await createRoutineOrg(t.db, "a");
  clock.now = sh("2026-10-09T10:00:00");
  // The SDK's first request loads its modules (seconds on a busy machine): not the tests' time.
  await bucket.head("warm-up");
}, 60_000);
afterAll(async () => {
  await t?.cleanup();
  await s3.close();
});

const png = (n: number, size = 64) =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size, n)]);
const keyOf = (bytes: Buffer) => {
  const sha = createHash("sha256").update(bytes).digest("hex");
  return `uploads/${a.id}/${sha.slice(0, 2)}/${sha}`;
};
const answer = (riskItemId: string, photos: { fileName: string; bytes: Uint8Array }[]) => ({
  siteId: a.siteId,
  checkDate: "2026-10-09",
  riskItemId,
  result: "ok" as const,
  photos,
});
const photoOf = async (entryId: string) =>
  (await t.db.attachmentLink.findFirstOrThrow({ where: { entityType: "daily_check_entry", entityId: entryId } }))
    .attachmentId;

describe("files in an S3 bucket", () => {
  it("stores an answer's photo in the bucket, not the data folder, and streams it back with its type and size", async () => {
    const photo = png(1, 200_000);
    const saved = await a
      .as("officer")
      .routines.daily.answer(answer(a.daily[0] ?? "", [{ fileName: "现场.png", bytes: photo }]));
    expect(await bucket.head(keyOf(photo))).toEqual({ size: photo.length });
    expect(existsSync(path.join(dataDir, "uploads"))).toBe(false);

    const file = await a.as("viewer").hazards.file({ fileId: await photoOf(saved.entryId) });
    expect(file.contentType).toBe("image/png");
    expect(file.size).toBe(photo.length);
    expect((await buffer(file.body)).equals(photo)).toBe(true); // (a deep toEqual over 200 kB takes seconds)
  });

  it("removes the object again when the record is refused", async () => {
    const photo = png(2);
    const refused = await refusal(
      a.as("officer").routines.daily.answer(
        answer(a.daily[1] ?? "", [
          { fileName: "ok.png", bytes: photo },
          { fileName: "x.jpg", bytes: Buffer.from("MZ not an image") },
        ]),
      ),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(await bucket.head(keyOf(photo))).toBeNull();
  });

  it("answers 404 FILE_CONTENT_MISSING, not a 500, when the bucket lost a file on record", async () => {
    const photo = png(3);
    const saved = await a
      .as("officer")
      .routines.daily.answer(answer(a.daily[2] ?? "", [{ fileName: "gone.png", bytes: photo }]));
    await bucket.delete(keyOf(photo));
    expect(await refusal(a.as("viewer").hazards.file({ fileId: await photoOf(saved.entryId) }))).toMatchObject({
      code: "NOT_FOUND",
      appCode: "FILE_CONTENT_MISSING",
    });
  });
});
