// Photo evidence (docs/decisions/035) through the procedures: a photo saved with a daily answer
// gets its receipt time, the capture time and position its EXIF claims (a hand-made block), and a
// thumbnail; a photo taken long before is flagged on the record; another organisation and a
// regulator without a grant get a 404, a granted regulator reads it with the read logged.
import { drawnSignature } from "../testing/signature.ts";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PhotoMeta } from "@anzhi/contracts/uploads";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { jpegWithExif } from "@anzhi/domain/files/exif-fixture";
import { addRegulatorUser, createAgency } from "@anzhi/domain/regulator/agencies";
import { clock, createRoutineOrg, sh, type RoutineOrg } from "./routines.fixture.ts";
import { formErrorOf } from "../form-errors.ts";
import { rejection } from "../testing/org-people.ts";
import { loginAs, TEST_PASSWORD, type Caller } from "../testing/sessions.ts";

process.env.ANZHI_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "anzhi-photo-data-"));

let t: TestDb;
let a: RoutineOrg;
let b: RoutineOrg;
let inspector: Caller;
let agencyId: string;

const jpeg = async (shade: string) =>
  new Uint8Array(
    await sharp({ create: { width: 1200, height: 900, channels: 3, background: shade } })
      .jpeg()
      .toBuffer(),
  );

beforeAll(async () => {
  t = await createTestDb("anzhi-photo-evidence-");
  a = await createRoutineOrg(t.db, "a");
  b = await createRoutineOrg(t.db, "b");
  agencyId = (await createAgency(t.db, { name: "新北区市场监督管理局", level: "district", regionCode: "320411" })).id;
  await addRegulatorUser(t.db, "新北区市场监督管理局", {
    email: "inspector@photo.test",
    name: "王监管",
    password: TEST_PASSWORD,
  });
  inspector = (await loginAs(t.db, "inspector@photo.test")).caller;
  clock.now = sh("2026-10-09T10:00:00");
});
afterAll(async () => t?.cleanup());

const key = { siteId: "", checkDate: "2026-10-09" };
const answer = (riskItemId: string, photos: Uint8Array[], photoMeta?: PhotoMeta[]) => ({
  ...key,
  siteId: a.siteId,
  riskItemId,
  result: "ok" as const,
  photos: photos.map((bytes, i) => ({ fileName: `photo-${i}.jpg`, bytes })),
  ...(photoMeta ? { photoMeta } : {}),
});

const photoOf = async (entryId: string) =>
  (
    await t.db.attachmentLink.findFirstOrThrow({
      where: { entityType: "daily_check_entry", entityId: entryId },
      select: { attachmentId: true },
    })
  ).attachmentId;

let freshId = "";
let oldId = "";

describe("a photo saved with a daily answer", () => {
  it("carries the receipt time, the EXIF capture time (the enterprise's zone) and position, and a thumbnail", async () => {
    const photo = jpegWithExif(await jpeg("#3a7"), {
      dateTimeOriginal: "2026:10:09 09:15:00",
      latitude: 31.8125,
      longitude: 119.9736,
    });
    const saved = await a.as("officer").routines.daily.answer(answer(a.daily[0] ?? "", [photo]));
    freshId = await photoOf(saved.entryId);
    const row = await t.db.photoEvidence.findUniqueOrThrow({ where: { attachmentId: freshId } });
    expect(row).toMatchObject({
      organizationId: a.id,
      receivedAt: sh("2026-10-09T10:00:00"),
      capturedAt: sh("2026-10-09T09:15:00"),
      metaSource: "file",
    });
    expect(row.latitude).toBeCloseTo(31.8125, 4);
    expect(row.longitude).toBeCloseTo(119.9736, 4);

    const thumb = await a.as("viewer").hazards.thumbnail({ fileId: freshId });
    expect(thumb.contentType).toBe("image/jpeg");
    expect(thumb.contentDisposition).toMatch(/^inline;/);
    expect((await sharp(thumb.bytes).metadata()).width).toBe(320);
  });

  it("keeps what the phone read from a photo it resized, as the device's word", async () => {
    const saved = await a
      .as("officer")
      .routines.daily.answer(
        answer(
          a.daily[2] ?? "",
          [await jpeg("#357")],
          [{ capturedAt: "2026-10-09T01:50:00.000Z", latitude: 31.8, longitude: 119.9 }],
        ),
      );
    const row = await t.db.photoEvidence.findUniqueOrThrow({ where: { attachmentId: await photoOf(saved.entryId) } });
    expect(row).toMatchObject({
      capturedAt: new Date("2026-10-09T01:50:00.000Z"),
      latitude: 31.8,
      longitude: 119.9,
      metaSource: "device",
    });
  });

  it("flags on the record a photo taken more than a day before, and not a fresh one", async () => {
    const old = jpegWithExif(await jpeg("#a73"), {
      dateTimeOriginal: "2026:10:01 08:00:00",
      offsetTimeOriginal: "+08:00",
    });
    const saved = await a.as("officer").routines.daily.answer(answer(a.daily[1] ?? "", [old]));
    oldId = await photoOf(saved.entryId);
    const day = await a.as("officer").routines.daily.day({ date: "2026-10-09" });
    const stamps = Object.fromEntries(
      (day.sheets[0]?.entries ?? []).flatMap((e) => e.photos.map((p) => [p.id, p.stamp])),
    );
    expect(stamps[oldId]).toMatchObject({ capturedAt: sh("2026-10-01T08:00:00"), takenLongBefore: true });
    expect(stamps[freshId]).toMatchObject({ takenLongBefore: false, source: "file", hasThumbnail: true });
  });

  it("refuses a bad declaration in the user's language", async () => {
    const error = await rejection(
      a
        .as("officer")
        .routines.daily.answer(
          answer(a.daily[2] ?? "", [await jpeg("#111")], [{ capturedAt: "yesterday", latitude: 95, longitude: 0 }]),
        ),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(formErrorOf(error, "zh-CN").fields).sort()).toEqual([
      "photoMeta.0.capturedAt",
      "photoMeta.0.latitude",
    ]);
  });

  it("is a 404 for another organisation's member", async () => {
    const error = await rejection(b.as("viewer").hazards.thumbnail({ fileId: freshId }));
    expect(error.code).toBe("NOT_FOUND");
    expect((await rejection(b.as("viewer").hazards.file({ fileId: freshId }))).code).toBe("NOT_FOUND");
  });
});

describe("a regulator opening a photo", () => {
  const open = (organizationId: string, fileId: string, size: "full" | "thumbnail" = "full") =>
    inspector.regulator.evidenceFile({ organizationId, fileId, size });

  it("gets a 404 without a grant, and for a draft record's photo with one", async () => {
    expect((await rejection(open(a.id, freshId))).code).toBe("NOT_FOUND");
    await a.as("principal").regulatorAccess.grant({ agencyId, ledgers: ["daily"] });
    expect((await rejection(open(a.id, freshId, "thumbnail"))).code).toBe("NOT_FOUND");
    expect(await t.db.regulatorReadLog.count({ where: { organizationId: a.id, ledger: "daily" } })).toBe(0);
  });

  it("reads a signed record's photo and its thumbnail, each read logged", async () => {
    clock.now = sh("2026-10-09T17:20:00");
    await a
      .as("officer")
      .routines.daily.submit({ signature: drawnSignature, siteId: a.siteId, checkDate: "2026-10-09" });
    const full = await open(a.id, freshId);
    expect(full.contentType).toBe("image/jpeg");
    expect((await sharp(full.bytes).metadata()).width).toBe(1200);
    expect((await sharp((await open(a.id, oldId, "thumbnail")).bytes).metadata()).width).toBe(320);
    const logs = await t.db.regulatorReadLog.findMany({
      where: { organizationId: a.id, ledger: "daily" },
      select: { filtersJson: true },
    });
    expect(logs.map((l) => JSON.parse(l.filtersJson))).toEqual([
      { attachmentId: freshId, size: "full" },
      { attachmentId: oldId, size: "thumbnail" },
    ]);
  });

  it("gets a 404 asking for one enterprise's photo under another that granted it access", async () => {
    await b.as("principal").regulatorAccess.grant({ agencyId, ledgers: "all" });
    expect((await rejection(open(b.id, freshId))).code).toBe("NOT_FOUND");
  });
});
