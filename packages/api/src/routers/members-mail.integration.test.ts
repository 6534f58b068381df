// Invitation e-mail through a real SMTP conversation with a minimal local server (127.0.0.1).
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { signUpOrg } from "../testing/sessions.ts";

let t: TestDb;
let smtp: Server;
const received: { rcpt: string[]; data: string }[] = [];

/** Speaks just enough SMTP for one plain (no TLS, no auth) delivery per connection. */
function startSmtp(): Promise<number> {
  smtp = createServer((socket) => {
    let buffer = "";
    let inData = false;
    let current = { rcpt: [] as string[], data: "" };
    socket.write("220 test ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          current.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(current);
          current = { rcpt: [], data: "" };
          socket.write("250 queued\r\n");
          continue;
        }
        const nl = buffer.indexOf("\r\n");
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 test\r\n");
        else if (verb === "RCPT") {
          current.rcpt.push(/<([^>]+)>/.exec(line)?.[1] ?? "");
          socket.write("250 ok\r\n");
        } else if (verb === "DATA") {
          inData = true;
          socket.write("354 go\r\n");
        } else if (verb === "QUIT") {
          socket.end("221 bye\r\n");
          return;
        } else socket.write("250 ok\r\n");
      }
    });
  });
  return new Promise((resolve) =>
    smtp.listen(0, "127.0.0.1", () => resolve((smtp.address() as { port: number }).port)),
  );
}

beforeAll(async () => {
  const port = await startSmtp();
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`; // read once by getEnv() in the router
  t = await createTestDb("anzhi-mail-");
});
afterAll(async () => {
  await t?.cleanup();
  await new Promise((r) => smtp?.close(r));
});

/** The text body of a single-part message, whichever transfer encoding the mailer chose. */
function decodeBody(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, split);
  const body = raw.slice(split).trim();
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

describe("invitation e-mail (SMTP_URL set)", () => {
  it("e-mails the link shown to the admin to the invited address, in the admin's language", async () => {
    const a = await signUpOrg(t.db, 401);
    expect(await a.caller.members.mailEnabled()).toBe(true);
    const { token, invitation } = await a.caller.members.invite({
      email: "new.officer@example.test",
      roles: ["officer"],
    });
    const link = `http://anzhi.example/invite/${token}`;
    await expect(a.caller.members.emailInvitation({ invitationId: invitation.id, link })).resolves.toEqual({
      sent: true,
    });
    expect(received).toHaveLength(1);
    expect(received[0]?.rcpt).toEqual(["new.officer@example.test"]);
    const body = decodeBody(received[0]?.data ?? "");
    expect(body).toContain(link);
    // the admin signed up in Chinese, so the mail is in Chinese
    expect(body).toMatch(/邀请/);
  });

  it("refuses a link that does not carry the invitation's own token, and other organisations' invitations", async () => {
    const a = await signUpOrg(t.db, 402);
    const b = await signUpOrg(t.db, 403);
    const mine = await a.caller.members.invite({ email: "x@example.test", roles: ["viewer"] });
    const other = await a.caller.members.invite({ email: "y@example.test", roles: ["viewer"] });
    const before = received.length;
    const wrongToken = await a.caller.members
      .emailInvitation({ invitationId: mine.invitation.id, link: `http://anzhi.example/invite/${other.token}` })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(wrongToken).toBeInstanceOf(TRPCError);
    const foreign = await b.caller.members
      .emailInvitation({ invitationId: mine.invitation.id, link: `http://anzhi.example/invite/${mine.token}` })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(foreign).toBeInstanceOf(TRPCError);
    expect(received.length).toBe(before);
  });
});
