// Invitation e-mail through a real SMTP conversation with a minimal local server (127.0.0.1).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { signUpOrg } from "../testing/sessions.ts";
import { decodeMailBody, startTestSmtp, type TestSmtp } from "../testing/smtp.ts";

let t: TestDb;
let smtp: TestSmtp;
let received: TestSmtp["received"];

beforeAll(async () => {
  smtp = await startTestSmtp();
  received = smtp.received;
  process.env.SMTP_URL = smtp.url; // read once by getEnv() in the router
  t = await createTestDb("anzhi-mail-");
});
afterAll(async () => {
  await t?.cleanup();
  await smtp?.close();
});

/** The text body of a single-part message, whichever transfer encoding the mailer chose. */
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
    const body = decodeMailBody(received[0]?.data ?? "");
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
