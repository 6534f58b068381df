// Outbound webhooks end to end (docs/decisions/027): an ERP pushes a failed inspection through the
// SDK; the server writes `hazard.opened` and `inspection.failed` to the outbox in the ingest's
// transaction; the scheduler's webhook step posts them to a local receiver that checks every
// delivery with the SDK's own `Anzhi.webhooks.verify`. A receiver that is down is retried with
// backoff and gets each event once; a forged signature is refused; a rotated secret overlaps.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testClock } from "@anzhi/api/testing/clock";
import { createFieldCipher } from "@anzhi/domain/crypto/field-cipher";
import { openHazard } from "@anzhi/domain/hazards/open-hazard";
import {
  createWebhookEndpoint,
  disableWebhookEndpoint,
  replayWebhookDelivery,
  rotateWebhookSecret,
} from "@anzhi/domain/webhooks/endpoints";
import { signWebhook, webhookTick, WEBHOOK_MAX_ATTEMPTS } from "@anzhi/domain/webhooks/outbox";
import { Anzhi, AnzhiWebhookVerificationError } from "../src/index";
import { incoming, startTestServer, type TestServer } from "./fixtures";

interface Received {
  headers: Record<string, string>;
  body: string;
}

/** A local ERP receiver: "down" answers 503; "up" answers 204 and keeps the raw delivery. */
async function startReceiver() {
  const r = { mode: "up" as "up" | "down", received: [] as Received[] };
  const server: Server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (body += c));
    req.on("end", () => {
      if (r.mode === "down") {
        res.writeHead(503).end();
        return;
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(" ") : (v ?? "")]),
      );
      r.received.push({ headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(r, {
    url: `http://127.0.0.1:${port}/anzhi`,
    host: `127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  });
}

const failing = (externalId: string) =>
  incoming(externalId, {
    result: "fail",
    nonConformityHandling: "return",
    lines: [{ item: "容量", requirement: "≥4900 mAh", measured: "4710", unit: "mAh", result: "fail" }],
  });

const clock = testClock("2027-03-15 09:00");
const cipher = createFieldCipher(Buffer.alloc(32, 7));
let s: TestServer;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let anzhi: Anzhi;

const whoA = () => ({ organizationId: s.orgA.organizationId, userId: s.orgA.userId, now: clock() });
const pending = () => s.t.db.webhookDelivery.count({ where: { status: "pending" } });

beforeAll(async () => {
  s = await startTestServer({ clock });
  receiver = await startReceiver();
  anzhi = new Anzhi({ apiKey: await s.orgA.key(["records:read", "records:write"]), baseUrl: s.server.url });
});
afterAll(async () => {
  await receiver?.close();
  await s?.close();
});

describe("outbound webhooks", () => {
  let secret = "";
  let endpointId = "";

  it("refuses a plain-http URL whose host the operator did not allow", async () => {
    await expect(
      createWebhookEndpoint(s.t.db, whoA(), { url: receiver.url, events: ["hazard.opened"] }, { cipher }),
    ).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });

  it("writes no event for an organisation without a subscribed endpoint", async () => {
    await anzhi.inspections.incoming.push(failing("IN-QUIET"));
    expect(await s.t.db.webhookEvent.count()).toBe(0);
  });

  it("delivers a failed inspection's events once, signed, after the receiver was down", async () => {
    const created = await createWebhookEndpoint(
      s.t.db,
      whoA(),
      { url: receiver.url, events: ["hazard.opened", "inspection.failed"] },
      { cipher, insecureHosts: [receiver.host] },
    );
    ({ secret, id: endpointId } = created);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const stored = await s.t.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    expect(stored.secretEnc).not.toContain(secret.slice(6));

    const pushed = await anzhi.inspections.incoming.push(failing("IN-FAIL"));
    const events = await s.t.db.webhookEvent.findMany({ orderBy: { type: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["hazard.opened", "inspection.failed"]);

    receiver.mode = "down";
    expect(await webhookTick(s.t.db, cipher, clock())).toMatchObject({ planned: 2, delivered: 0, retrying: 2 });
    // Not due yet: a tick before the backoff posts nothing.
    clock.advance(30_000);
    expect(await webhookTick(s.t.db, cipher, clock())).toMatchObject({ delivered: 0, retrying: 0 });
    clock.advance(31_000);
    expect(await webhookTick(s.t.db, cipher, clock())).toMatchObject({ delivered: 0, retrying: 2 });
    const retried = await s.t.db.webhookDelivery.findFirstOrThrow();
    expect(retried).toMatchObject({ attempts: 2, responseStatus: 503, lastError: "HTTP 503" });
    expect(retried.nextAttemptAt.getTime() - clock().getTime()).toBe(2 * 60_000);

    receiver.mode = "up";
    clock.advance(2 * 60_000);
    expect(await webhookTick(s.t.db, cipher, clock())).toMatchObject({ delivered: 2, retrying: 0 });
    expect(await webhookTick(s.t.db, cipher, clock())).toMatchObject({ planned: 0, delivered: 0 });
    expect(receiver.received).toHaveLength(2);

    const bodies = receiver.received.map((d) =>
      Anzhi.webhooks.verify<{ type: string; data: Record<string, unknown> }>(d.body, d.headers, secret, {
        now: clock(),
      }),
    );
    const failed = bodies.find((b) => b.type === "inspection.failed");
    expect(failed?.data).toMatchObject({ id: pushed.id, externalId: "IN-FAIL", kind: "incoming" });
    const opened = bodies.find((b) => b.type === "hazard.opened");
    expect(opened?.data).toMatchObject({ hazardNo: failed?.data.hazardNo, source: "erp_inspection" });
    // webhook-id is the event's id: stable across the retries, so a receiver can de-duplicate.
    expect(receiver.received.map((d) => d.headers["webhook-id"]).sort()).toEqual(events.map((e) => e.id).sort());
  });

  it("a forged or altered delivery is refused by verify", () => {
    const real = receiver.received[0] as Received;
    const forgedSecret = `whsec_${Buffer.alloc(24, 1).toString("base64")}`;
    const forged = {
      ...real.headers,
      "webhook-signature": signWebhook(
        forgedSecret,
        real.headers["webhook-id"] ?? "",
        Number(real.headers["webhook-timestamp"]),
        real.body,
      ),
    };
    expect(() => Anzhi.webhooks.verify(real.body, forged, secret, { now: clock() })).toThrow(
      AnzhiWebhookVerificationError,
    );
    expect(() =>
      Anzhi.webhooks.verify(real.body.replace("IN-FAIL", "IN-OTHER"), real.headers, secret, { now: clock() }),
    ).toThrow(/No webhook-signature matches/);
  });

  it("signs with both secrets during a rotation's 24 h overlap, then only with the new one", async () => {
    const rotated = await rotateWebhookSecret(s.t.db, whoA(), { endpointId }, { cipher });
    expect(rotated.previousValidUntil.getTime() - clock().getTime()).toBe(24 * 3_600_000);
    const emit = (title: string) =>
      s.t.db.$transaction((tx) =>
        openHazard(tx, {
          organizationId: s.orgA.organizationId,
          source: "manual",
          title,
          description: "d",
          severity: "general",
          dueDate: "2027-03-20",
          actor: { kind: "user", userId: s.orgA.userId },
          now: clock(),
        }),
      );
    receiver.received.length = 0;
    await emit("仓库通道堵塞");
    expect(await webhookTick(s.t.db, cipher, clock())).toMatchObject({ delivered: 1 });
    const during = receiver.received[0] as Received;
    expect(during.headers["webhook-signature"]?.split(" ")).toHaveLength(2);
    expect(() => Anzhi.webhooks.verify(during.body, during.headers, secret, { now: clock() })).not.toThrow();
    expect(() => Anzhi.webhooks.verify(during.body, during.headers, rotated.secret, { now: clock() })).not.toThrow();

    clock.advance(24 * 3_600_000 + 1000);
    await emit("灭火器过期");
    expect(await webhookTick(s.t.db, cipher, clock())).toMatchObject({ delivered: 1 });
    const after = receiver.received[1] as Received;
    expect(after.headers["webhook-signature"]?.split(" ")).toHaveLength(1);
    expect(() => Anzhi.webhooks.verify(after.body, after.headers, secret, { now: clock() })).toThrow(
      AnzhiWebhookVerificationError,
    );
    expect(Anzhi.webhooks.verify(after.body, after.headers, [secret, rotated.secret], { now: clock() })).toMatchObject({
      type: "hazard.opened",
    });
    secret = rotated.secret;
  });

  it("writes no event when the record's transaction fails", async () => {
    const before = await s.t.db.webhookEvent.count();
    await expect(
      s.t.db.$transaction(async (tx) => {
        await openHazard(tx, {
          organizationId: s.orgA.organizationId,
          source: "manual",
          title: "回滚",
          description: "d",
          severity: "general",
          dueDate: "2027-03-20",
          actor: { kind: "user", userId: s.orgA.userId },
          now: clock(),
        });
        throw new Error("the record's write failed");
      }),
    ).rejects.toThrow("the record's write failed");
    expect(await s.t.db.webhookEvent.count()).toBe(before);
  });

  it("gives up after the last attempt, and a replay re-queues it with the same webhook-id", async () => {
    receiver.mode = "down";
    receiver.received.length = 0;
    await anzhi.inspections.incoming.push(failing("IN-FAIL-2"));
    for (let i = 0; i < WEBHOOK_MAX_ATTEMPTS; i++) {
      await webhookTick(s.t.db, cipher, clock());
      clock.advance(6 * 3_600_000);
    }
    const failed = await s.t.db.webhookDelivery.findMany({ where: { status: "failed" }, include: { event: true } });
    expect(failed.map((d) => [d.event.type, d.attempts])).toEqual(
      expect.arrayContaining([
        ["hazard.opened", WEBHOOK_MAX_ATTEMPTS],
        ["inspection.failed", WEBHOOK_MAX_ATTEMPTS],
      ]),
    );
    expect(await pending()).toBe(0);

    receiver.mode = "up";
    const one = failed.find((d) => d.event.type === "inspection.failed");
    await replayWebhookDelivery(s.t.db, whoA(), { deliveryId: one?.id ?? "" });
    expect(await webhookTick(s.t.db, cipher, clock())).toMatchObject({ delivered: 1 });
    expect(receiver.received[0]?.headers["webhook-id"]).toBe(one?.eventId);
    expect(
      Anzhi.webhooks.verify(receiver.received[0]?.body ?? "", receiver.received[0]?.headers ?? {}, secret, {
        now: clock(),
      }),
    ).toMatchObject({
      type: "inspection.failed",
    });
  });

  it("another organisation's endpoint or delivery is not found, and a disabled endpoint gets nothing", async () => {
    const whoB = { organizationId: s.orgB.organizationId, userId: s.orgB.userId, now: clock() };
    await expect(rotateWebhookSecret(s.t.db, whoB, { endpointId }, { cipher })).rejects.toMatchObject({
      code: "RECORD_NOT_FOUND",
    });
    await expect(disableWebhookEndpoint(s.t.db, whoB, { endpointId })).rejects.toMatchObject({
      code: "RECORD_NOT_FOUND",
    });
    const delivery = await s.t.db.webhookDelivery.findFirstOrThrow({ where: { endpointId } });
    await expect(replayWebhookDelivery(s.t.db, whoB, { deliveryId: delivery.id })).rejects.toMatchObject({
      code: "RECORD_NOT_FOUND",
    });

    await disableWebhookEndpoint(s.t.db, whoA(), { endpointId });
    const events = await s.t.db.webhookEvent.count();
    await anzhi.inspections.incoming.push(failing("IN-FAIL-3"));
    expect(await s.t.db.webhookEvent.count()).toBe(events);
  });
});
