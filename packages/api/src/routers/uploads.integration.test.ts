// Files travel as bytes with the record they belong to and are stored in that record's
// transaction: a refused record leaves no Attachment row and no file on disk; a stored one
// downloads as bytes with its type and an RFC 5987 name.
import { buffer } from "node:stream/consumers";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TRPCError } from "@trpc/server";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { formErrorOf } from "../form-errors.ts";
import { clock, createRoutineOrg, sh, type RoutineOrg } from "./routines.fixture.ts";
import { rejection } from "../testing/org-people.ts";
import { drawnSignature } from "../testing/signature.ts";

// Uploads go to a scratch data folder, never the repository.
const dataDir = mkdtempSync(path.join(os.tmpdir(), "anzhi-uploads-data-"));
process.env.ANZHI_DATA_DIR = dataDir;

let t: TestDb;
let a: RoutineOrg;

beforeAll(async () => {
  t = await createTestDb("anzhi-uploads-");
  a = await createRoutineOrg(t.db, "a");
  clock.now = sh("2026-10-09T10:00:00");
});
afterAll(async () => t?.cleanup());

/** A PNG (by its first bytes) whose content differs by `n`, so no two tests share a stored file. */
const png = (n: number, size = 64) =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size, n)]);
const notAnImage = { fileName: "photo.jpg", bytes: Buffer.from("MZ not an image") };

/** Every file under <data>/uploads. */
function filesOnDisk(): string[] {
  const root = path.join(dataDir, "uploads");
  return existsSync(root)
    ? readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.join(e.parentPath, e.name))
    : [];
}

/** Runs `refused`, expects a refusal and that it left the attachments and the disk as they were. */
async function leavesNothing(refused: () => Promise<unknown>): Promise<TRPCError> {
  const [rows, links, files] = [await t.db.attachment.count(), await t.db.attachmentLink.count(), filesOnDisk()];
  const error = await rejection(refused());
  expect(await t.db.attachment.count()).toBe(rows);
  expect(await t.db.attachmentLink.count()).toBe(links);
  expect(filesOnDisk()).toEqual(files);
  return error;
}

const answer = (riskItemId: string, photos: { fileName: string; bytes: Uint8Array }[]) => ({
  siteId: a.siteId,
  checkDate: "2026-10-09",
  riskItemId,
  result: "ok" as const,
  photos,
});

describe("daily answers with photos", () => {
  it("stores the photo with the answer and serves it back as bytes with its type and an RFC 5987 name", async () => {
    const saved = await a
      .as("officer")
      .routines.daily.answer(answer(a.daily[0] ?? "", [{ fileName: "C:\\相册\\现场照片 (1).png", bytes: png(1) }]));
    const [link] = await t.db.attachmentLink.findMany({
      where: { entityType: "daily_check_entry", entityId: saved.entryId },
      include: { attachment: true },
    });
    expect(link).toMatchObject({
      purpose: "evidence",
      createdByUserId: a.ids.officer,
      attachment: { fileName: "现场照片 (1).png", mimeType: "image/png", size: png(1).length },
    });
    expect(readFileSync(path.join(dataDir, link?.attachment.storageKey ?? ""))).toEqual(png(1));

    const file = await a.as("viewer").hazards.file({ fileId: link?.attachmentId ?? "" });
    expect(await buffer(file.body)).toEqual(png(1));
    expect(file.size).toBe(png(1).length);
    expect(file.contentType).toBe("image/png");
    expect(file.contentDisposition).toBe(
      `inline; filename="____ (1).png"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87%20%281%29.png`,
    );
  });

  it("serves a PDF as an attachment, never in place", async () => {
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const saved = await a
      .as("officer")
      .routines.daily.answer(answer(a.daily[2] ?? "", [{ fileName: "检测报告.pdf", bytes: pdf }]));
    const link = await t.db.attachmentLink.findFirstOrThrow({
      where: { entityType: "daily_check_entry", entityId: saved.entryId },
    });
    const file = await a.as("viewer").hazards.file({ fileId: link.attachmentId });
    expect(file.contentType).toBe("application/pdf");
    expect(file.contentDisposition).toMatch(/^attachment; filename="____.pdf"/);
  });

  it("a refused answer keeps neither the photo's row nor its file, nor the answer", async () => {
    const riskItemId = a.daily[1] ?? "";
    const error = await leavesNothing(() =>
      a.as("officer").routines.daily.answer(answer(riskItemId, [{ fileName: "ok.png", bytes: png(2) }, notAnImage])),
    );
    expect(formErrorOf(error, "zh-CN").fields).toEqual({ photos: "只能上传 JPEG、PNG、WebP、HEIC 图片或 PDF" });
    expect(await t.db.dailyCheckEntry.count({ where: { riskItemId } })).toBe(0);
  });

  it("refuses a photo over 10 MB in the user's language, writing nothing", async () => {
    const error = await leavesNothing(() =>
      a
        .as("officer")
        .routines.daily.answer(answer(a.daily[1] ?? "", [{ fileName: "big.png", bytes: png(3, 10 * 1024 * 1024) }])),
    );
    expect(formErrorOf(error, "en").fields).toEqual({ photos: "Files may be at most 10 MB" });
  });

  it("takes bytes, not base64 text", async () => {
    const error = await leavesNothing(() =>
      a.as("officer").routines.daily.answer(
        // @ts-expect-error a base64 string is not a file: the input schema refuses it
        answer(a.daily[1] ?? "", [{ fileName: "p.png", bytes: png(4).toString("base64") }]),
      ),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(formErrorOf(error, "zh-CN").fields)).toEqual(["photos.0.bytes"]);
  });
});

const hazardInput = (extra: { evidence?: { fileName: string; bytes: Uint8Array }[] } = {}) => ({
  title: "灭火器过期",
  description: "二号车间灭火器已过有效期",
  source: "manual" as const,
  severity: "general" as const,
  ownerUserId: a.ids.officer,
  dueDate: "2026-12-31",
  ...extra,
});

describe("hazards and proposals with evidence", () => {
  it("a refused hazard keeps no evidence; an accepted one links it, and its rectification photos", async () => {
    const hazards = await t.db.hazard.count();
    await leavesNothing(() =>
      a.as("officer").hazards.create(hazardInput({ evidence: [{ fileName: "a.png", bytes: png(5) }, notAnImage] })),
    );
    expect(await t.db.hazard.count()).toBe(hazards);

    const { id } = await a
      .as("officer")
      .hazards.create(hazardInput({ evidence: [{ fileName: "a.png", bytes: png(5) }] }));
    await a.as("officer").hazards.transition({ hazardId: id, action: { type: "start_rectification" } });
    const refused = await leavesNothing(() =>
      a.as("officer").hazards.transition({
        signature: drawnSignature,
        hazardId: id,
        action: {
          type: "submit_for_verification",
          rectificationNote: "已更换",
          rootCause: "老化",
          correctiveAction: "更换",
          evidence: [{ fileName: "b.png", bytes: png(6) }, notAnImage],
        },
      }),
    );
    expect(Object.keys(formErrorOf(refused, "zh-CN").fields)).toEqual(["action.evidence"]);
    await a.as("officer").hazards.transition({
      signature: drawnSignature,
      hazardId: id,
      action: {
        type: "submit_for_verification",
        rectificationNote: "已更换",
        rootCause: "老化",
        correctiveAction: "更换",
        evidence: [{ fileName: "b.png", bytes: png(6) }],
      },
    });

    const hazard = await a.as("viewer").hazards.get({ hazardId: id });
    expect(hazard.attachments.map((f) => [f.fileName, f.purpose])).toEqual([
      ["a.png", "evidence"],
      ["b.png", "rectification"],
    ]);
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "hazard.submit_rectification" },
    });
    expect(JSON.parse(audit.dataJson ?? "{}")).toMatchObject({ evidence: [hazard.attachments[1]?.id] });
  });

  it("a proposal signs its evidence with its content; a refused one keeps none", async () => {
    const proposal = { type: "suggestion" as const, defectDescription: "建议增加来料抽检比例", confirm: true as const };
    await leavesNothing(() =>
      a.as("officer").proposals.create({
        signature: drawnSignature,
        ...proposal,
        evidence: [{ fileName: "c.png", bytes: png(7) }, notAnImage],
      }),
    );
    const filed = await a
      .as("officer")
      .proposals.create({ signature: drawnSignature, ...proposal, evidence: [{ fileName: "c.png", bytes: png(7) }] });
    const view = await a.as("principal").proposals.get({ proposalId: filed.id });
    expect(view.attachments.map((f) => [f.fileName, f.mimeType, f.purpose])).toEqual([
      ["c.png", "image/png", "evidence"],
    ]);
  });
});

describe("appointment documents", () => {
  it("refuses a document that is no PDF, JPG or PNG, keeping neither it nor the appointment", async () => {
    const appointments = await t.db.roleAssignment.count();
    const webp = Buffer.from("RIFF\0\0\0\0WEBPVP8 ");
    const error = await leavesNothing(() =>
      a.as("director").appointments.create({
        role: "officer",
        personName: "李安全",
        employment: "full_time",
        phone: "138 0000 1234",
        appointedOn: "2026-10-01",
        document: { fileName: "任命书.webp", bytes: webp },
      }),
    );
    expect(Object.keys(formErrorOf(error, "zh-CN").fields)).toEqual(["document"]);
    expect(await t.db.roleAssignment.count()).toBe(appointments);
  });
});

describe("a replayed offline save (docs/decisions/034)", () => {
  it("is answered as saved once: the same entry, no second photo, and a new key saves again", async () => {
    const riskItemId = a.daily[1] ?? "";
    const save = {
      ...answer(riskItemId, [{ fileName: "replay.png", bytes: png(34) }]),
      saveKey: "k-offline-0001-abcdef",
    };
    const first = await a.as("officer").routines.daily.answer(save);
    const replay = await a.as("officer").routines.daily.answer({ ...save, note: "the replay changes nothing" });
    expect(replay).toEqual(first);
    const links = () =>
      t.db.attachmentLink.count({ where: { entityType: "daily_check_entry", entityId: first.entryId } });
    expect(await links()).toBe(1);
    const entry = () => t.db.dailyCheckEntry.findUniqueOrThrow({ where: { id: first.entryId } });
    await expect(entry()).resolves.toMatchObject({ note: null, saveKey: save.saveKey });

    await a.as("officer").routines.daily.answer({ ...save, saveKey: "k-offline-0002-abcdef", photos: [], note: "改" });
    await expect(entry()).resolves.toMatchObject({ note: "改", saveKey: "k-offline-0002-abcdef" });
    expect(await links()).toBe(1);
  });
});
