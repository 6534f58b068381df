import { mkdtempSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createFieldCipher, FieldCipherError, loadEncryptionKey } from "./field-cipher.ts";

describe("field cipher", () => {
  const cipher = createFieldCipher(randomBytes(32));

  it("round-trips and never stores the plain value", () => {
    const stored = cipher.encrypt("13812345678");
    expect(stored).not.toContain("13812345678");
    expect(cipher.decrypt(stored)).toBe("13812345678");
    expect(cipher.encrypt("13812345678")).not.toBe(stored); // fresh IV each time
  });

  it("detects tampering and a wrong key", () => {
    const stored = cipher.encrypt("11010519491231002X");
    const parts = stored.split(":");
    const flipped = [
      parts[0],
      parts[1],
      parts[2],
      Buffer.from("x").toString("base64url") + (parts[3] ?? "").slice(2),
    ].join(":");
    expect(() => cipher.decrypt(flipped)).toThrow();
    expect(() => createFieldCipher(randomBytes(32)).decrypt(stored)).toThrow();
    expect(() => cipher.decrypt("plain text")).toThrow(FieldCipherError);
  });

  it("creates a private key file once and reuses it", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "anzhi-key-"));
    const a = loadEncryptionKey({ dataDir: dir });
    const b = loadEncryptionKey({ dataDir: dir });
    expect(a.equals(b)).toBe(true);
    expect(statSync(path.join(dir, "encryption.key")).mode & 0o077).toBe(0);
    expect(readFileSync(path.join(dir, "encryption.key"), "utf8").trim()).toBe(a.toString("base64"));
    const hex = randomBytes(32).toString("hex");
    expect(loadEncryptionKey({ dataDir: dir, envKey: hex }).toString("hex")).toBe(hex);
    expect(() => loadEncryptionKey({ dataDir: dir, envKey: "short" })).toThrow(/32 bytes/);
  });
});
