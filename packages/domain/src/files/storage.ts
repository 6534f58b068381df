// Where uploaded files live (docs/decisions/031): one interface, two places — the data folder
// (the default: <data>/<key>, as always) or an S3-compatible bucket when ANZHI_S3_URL is set
// (./s3-storage.ts). Keys are relative POSIX paths ("uploads/<org>/<xx>/<sha256>"); the Attachment
// row, not the storage, is the authority for a file's name, type and size. Nothing here knows which
// files are statutory: the attachments module only ever deletes what a failed transaction wrote.
import {
  createReadStream,
  existsSync,
  mkdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import type { Readable } from "node:stream";
import { getEnv, type Env } from "@anzhi/config";
import { s3Storage } from "./s3-storage.ts";

export interface StoredObjectInfo {
  /** Bytes stored. */
  size: number;
}

export interface StoredObject extends StoredObjectInfo {
  /** The bytes, read as they are sent (never buffered whole). */
  body: Readable;
}

export interface FileStorage {
  /** Stores `bytes` under `key` whole or not at all; storing the same key again replaces it. */
  put(key: string, bytes: Uint8Array, meta: { contentType: string }): Promise<void>;
  /** The object's size, or null when there is none under `key`. */
  head(key: string): Promise<StoredObjectInfo | null>;
  /** A stream of the object, or null when there is none under `key`. */
  get(key: string): Promise<StoredObject | null>;
  /**
   * Removes the object. Only for a file whose transaction failed (no row refers to it): a committed
   * upload is statutory evidence and is never deleted.
   */
  delete(key: string): Promise<void>;
}

/** Where a caller keeps files: a storage, or (as before) the data folder's path. */
export type FileLocation = FileStorage | string;

export function storageAt(location: FileLocation): FileStorage {
  return typeof location === "string" ? dataFolderStorage(location) : location;
}

function resolveKey(root: string, key: string): string {
  const absolute = path.resolve(root, key);
  if (path.isAbsolute(key) || !absolute.startsWith(root + path.sep))
    throw new Error(`storage key outside the data folder: ${key}`);
  return absolute;
}

/** Files under the data folder: <dataDir>/<key>, written under a temporary name and renamed into place. */
export function dataFolderStorage(dataDir: string): FileStorage {
  const root = path.resolve(dataDir);
  return {
    async put(key, bytes) {
      const absolute = resolveKey(root, key);
      mkdirSync(path.dirname(absolute), { recursive: true });
      // Written whole under a temporary name first, so the key never holds half a file.
      const temporary = `${absolute}.${randomUUID()}.part`;
      writeFileSync(temporary, bytes, { flag: "wx" });
      renameSync(temporary, absolute);
    },
    async head(key) {
      const absolute = resolveKey(root, key);
      if (!existsSync(absolute)) return null;
      return { size: statSync(absolute).size };
    },
    async get(key) {
      const absolute = resolveKey(root, key);
      let size: number;
      try {
        size = statSync(absolute).size;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
      return { size, body: createReadStream(absolute) };
    },
    async delete(key) {
      const absolute = resolveKey(root, key);
      rmSync(absolute, { force: true });
      // and the folders it leaves empty, up to (not including) the key's first folder
      const top = path.join(root, key.split("/")[0] ?? "");
      for (let dir = path.dirname(absolute); dir.startsWith(top) && dir !== top; dir = path.dirname(dir)) {
        try {
          rmdirSync(dir);
        } catch {
          return; // not empty: another file lives there
        }
      }
    },
  };
}

const configured = new Map<Env, FileStorage>();

/** The storage the environment configures: the S3 bucket of ANZHI_S3_URL, else the data folder. */
export function configuredFileStorage(env: Env = getEnv()): FileStorage {
  let storage = configured.get(env);
  if (!storage) {
    storage = env.ANZHI_S3_URL ? s3Storage(env.ANZHI_S3_URL) : dataFolderStorage(env.dataDir);
    configured.set(env, storage);
  }
  return storage;
}
