// One contract for both places files live: the data folder and an S3 bucket (s3rver stands in).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { dataFolderStorage, type FileStorage } from "./storage.ts";
import { s3Storage } from "./s3-storage.ts";
import { startS3StandIn, type S3StandIn } from "./testing/s3-stand-in.ts";

/** The object's bytes; fails the test when there is none. */
async function read(files: FileStorage, key: string): Promise<Buffer> {
  const object = await files.get(key);
  if (!object) throw new Error(`no object under ${key}`);
  return buffer(object.body);
}

const png = (n: number, size = 64) =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size, n)]);

let dataDir: string;
let s3: S3StandIn;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "anzhi-storage-"));
  s3 = await startS3StandIn("contract", "tenant-a");
  // The SDK's first request loads its modules (seconds on a busy machine): not the tests' time.
  await s3Storage(s3.config).head("warm-up");
}, 60_000);
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await s3?.close();
});

describe.each([
  ["the data folder", () => dataFolderStorage(dataDir)],
  ["an S3 bucket", () => s3Storage(s3.config)],
])("file storage contract: %s", (_name, storage: () => FileStorage) => {
  it("stores bytes under a key and streams them back with their size", async () => {
    const files = storage();
    const bytes = png(1, 300_000);
    await files.put("uploads/org-1/ab/abc", bytes, { contentType: "image/png" });
    expect(await files.head("uploads/org-1/ab/abc")).toEqual({ size: bytes.length });
    expect((await files.get("uploads/org-1/ab/abc"))?.size).toBe(bytes.length);
    // (Buffer#equals: a deep toEqual over 300 kB takes seconds)
    expect((await read(files, "uploads/org-1/ab/abc")).equals(bytes)).toBe(true);
  });

  it("answers null, not an error, for a key it does not hold", async () => {
    const files = storage();
    expect(await files.head("uploads/org-1/zz/missing")).toBeNull();
    expect(await files.get("uploads/org-1/zz/missing")).toBeNull();
  });

  it("replaces an object stored again under the same key", async () => {
    const files = storage();
    await files.put("uploads/org-2/cd/one", Buffer.from("%PDF-first"), { contentType: "application/pdf" });
    await files.put("uploads/org-2/cd/one", Buffer.from("%PDF-second!"), { contentType: "application/pdf" });
    expect(await files.head("uploads/org-2/cd/one")).toEqual({ size: 12 });
    expect((await read(files, "uploads/org-2/cd/one")).toString()).toBe("%PDF-second!");
  });

  it("deletes an object (and deleting a missing one is no error)", async () => {
    const files = storage();
    await files.put("uploads/org-3/ef/gone", png(3), { contentType: "image/png" });
    await files.delete("uploads/org-3/ef/gone");
    expect(await files.head("uploads/org-3/ef/gone")).toBeNull();
    await files.delete("uploads/org-3/ef/gone");
  });
});

describe("the data folder", () => {
  it("keeps files at <data>/<key> and removes the folders a deletion empties", async () => {
    const files = dataFolderStorage(dataDir);
    await files.put("uploads/org-4/aa/one", png(4), { contentType: "image/png" });
    await files.put("uploads/org-4/bb/two", png(5), { contentType: "image/png" });
    await files.delete("uploads/org-4/aa/one");
    expect(existsSync(path.join(dataDir, "uploads/org-4/aa"))).toBe(false);
    expect(existsSync(path.join(dataDir, "uploads/org-4/bb/two"))).toBe(true);
    expect(existsSync(path.join(dataDir, "uploads"))).toBe(true);
  });

  it("refuses a key that leaves the folder", async () => {
    await expect(dataFolderStorage(dataDir).head("../outside")).rejects.toThrow(/outside the data folder/);
  });
});

describe("an S3 bucket", () => {
  it("keeps each object's content type and puts it under the configured prefix", async () => {
    await s3Storage(s3.config).put("uploads/org-5/aa/photo", png(6), { contentType: "image/png" });
    const { credentials, ...config } = s3.config;
    const client = new S3Client({ ...config, ...(credentials ? { credentials } : {}) });
    const head = await client.send(
      new HeadObjectCommand({ Bucket: "contract", Key: "tenant-a/uploads/org-5/aa/photo" }),
    );
    expect(head.ContentType).toBe("image/png");
    expect(head.ContentLength).toBe(png(6).length);
  });
});
