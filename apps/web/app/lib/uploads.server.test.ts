// The multipart reader refuses a file over 10 MB while reading it: the rest of the body is never
// pulled from the stream, and the refusal is a field error in the user's language.
import { describe, expect, it } from "vitest";
import { filesOf, readUploadForm } from "./uploads.server.ts";

const BOUNDARY = "----anzhi-test-boundary";
const MB = 1024 * 1024;

/** A multipart post whose body is produced on demand; `pulled()` tells how many bytes were read. */
function multipartPost(parts: { name: string; fileName?: string; size?: number; text?: string }[], cookie?: string) {
  const encoder = new TextEncoder();
  const chunks: (() => Uint8Array)[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.fileName === undefined ? "" : `; filename="${part.fileName}"`}`;
    const head = `--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${part.fileName === undefined ? "" : "Content-Type: image/png\r\n"}\r\n`;
    chunks.push(() => encoder.encode(head));
    if (part.text !== undefined) chunks.push(() => encoder.encode(part.text ?? ""));
    // File content in 64 KB chunks, made only when the reader asks for them.
    for (let left = part.size ?? 0; left > 0; left -= 64 * 1024) {
      const n = Math.min(64 * 1024, left);
      chunks.push(() => new Uint8Array(n).fill(0x41));
    }
    chunks.push(() => encoder.encode("\r\n"));
  }
  chunks.push(() => encoder.encode(`--${BOUNDARY}--\r\n`));
  let pulled = 0;
  let next = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const make = chunks[next++];
        if (!make) return controller.close();
        const chunk = make();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  const headers: Record<string, string> = { "content-type": `multipart/form-data; boundary=${BOUNDARY}` };
  if (cookie) headers.cookie = cookie;
  const request = new Request("http://localhost/app/today", {
    method: "POST",
    headers,
    body,
    duplex: "half",
  } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("readUploadForm", () => {
  it("stops reading a 12 MB file at the 10 MB limit and answers a field error in Chinese", async () => {
    const post = multipartPost([
      { name: "intent", text: "answer" },
      { name: "photos", fileName: "big.png", size: 12 * MB },
      { name: "note", text: "after the file" },
    ]);
    const { form, refused } = await readUploadForm(post.request);
    expect(refused).toMatchObject({ code: "VALIDATION_FAILED", fields: { photos: "文件不能超过 10 MB" } });
    // The fields before the file are kept (the route still knows the intent); nothing after it was read.
    expect(form.get("intent")).toBe("answer");
    expect(form.get("note")).toBeNull();
    expect(post.pulled()).toBeGreaterThan(10 * MB);
    expect(post.pulled()).toBeLessThan(10 * MB + 256 * 1024);
  });

  it("answers in English when the user chose it, and maps the field to the input's path", async () => {
    const post = multipartPost([{ name: "evidence", fileName: "big.png", size: 11 * MB }], "lng=en");
    const { refused } = await readUploadForm(post.request, { evidence: "action.evidence" });
    expect(refused?.fields).toEqual({ "action.evidence": "Files may be at most 10 MB" });
  });

  it("reads files up to the limit whole and hands them on as bytes", async () => {
    const post = multipartPost([
      { name: "intent", text: "answer" },
      { name: "photos", fileName: "a.png", size: 10 * MB },
      { name: "photos", fileName: "", size: 0 },
    ]);
    const { form, refused } = await readUploadForm(post.request);
    expect(refused).toBeNull();
    const files = await filesOf(form, "photos");
    expect(files.map((f) => [f.fileName, f.bytes.byteLength])).toEqual([["a.png", 10 * MB]]);
    expect(files[0]?.bytes).toBeInstanceOf(Uint8Array);
  });

  it("refuses more than ten files in one field", async () => {
    const post = multipartPost(
      Array.from({ length: 11 }, (_, i) => ({ name: "photos", fileName: `${i}.png`, size: 10 })),
    );
    const { refused } = await readUploadForm(post.request);
    expect(refused?.fields).toEqual({ photos: "最多 10 项" });
  });

  it("reads a form without files as usual", async () => {
    const request = new Request("http://localhost/app/today", {
      method: "POST",
      body: new URLSearchParams({ intent: "submit" }),
    });
    expect((await readUploadForm(request)).form.get("intent")).toBe("submit");
  });
});
