// Encryption at rest for personal data the appointment register keeps (phone, ID number):
// AES-256-GCM, a fresh 96-bit IV per value, stored as "v1:<iv>:<tag>:<ciphertext>" (base64url).
// The key comes from ANZHI_ENCRYPTION_KEY, or is generated once into the data folder (0600) so
// a self-hosted install is encrypted without any setup.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface FieldCipher {
  encrypt: (plain: string) => string;
  decrypt: (stored: string) => string;
}

export class FieldCipherError extends Error {}

export function createFieldCipher(key: Buffer): FieldCipher {
  if (key.length !== 32) throw new FieldCipherError("encryption key must be 32 bytes");
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const ct = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return `v1:${iv.toString("base64url")}:${cipher.getAuthTag().toString("base64url")}:${ct.toString("base64url")}`;
    },
    decrypt(stored) {
      const [version, iv, tag, ct] = stored.split(":");
      if (version !== "v1" || !iv || !tag || ct === undefined)
        throw new FieldCipherError("not an encrypted field value");
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8");
    },
  };
}

/** Parses a 32-byte key given as base64 or hex. */
export function parseKey(raw: string): Buffer {
  const trimmed = raw.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  if (key.length !== 32) throw new FieldCipherError("ANZHI_ENCRYPTION_KEY must be 32 bytes, base64 or hex encoded");
  return key;
}

/** The configured key, else the one kept in `<dataDir>/encryption.key` (created on first use). */
export function loadEncryptionKey(opts: { envKey?: string | undefined; dataDir: string }): Buffer {
  if (opts.envKey) return parseKey(opts.envKey);
  const file = path.join(opts.dataDir, "encryption.key");
  if (existsSync(file)) return parseKey(readFileSync(file, "utf8"));
  mkdirSync(opts.dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  return key;
}

const ciphers = new Map<string, FieldCipher>();

/** The process-wide cipher for a data folder (memoised; the key file is read once). */
export function fieldCipherFor(opts: { envKey?: string | undefined; dataDir: string }): FieldCipher {
  const id = `${opts.dataDir}|${opts.envKey ?? ""}`;
  let cipher = ciphers.get(id);
  if (!cipher) {
    cipher = createFieldCipher(loadEncryptionKey(opts));
    ciphers.set(id, cipher);
  }
  return cipher;
}
