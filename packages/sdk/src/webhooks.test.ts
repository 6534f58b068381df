// Anzhi.webhooks.verify against deliveries signed by the reference Standard Webhooks library
// (standardwebhooks on npm), so a receiver using either accepts the same messages.
import { Webhook } from "standardwebhooks";
import { describe, expect, expectTypeOf, it } from "vitest";
import { Anzhi, AnzhiWebhookVerificationError, type AnzhiWebhookEvent } from "./index";
import { webhookSignature } from "./webhooks";

const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const rotated = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";
const at = new Date("2026-11-20T01:30:00Z");
const seconds = at.getTime() / 1000;
const body = JSON.stringify({
  type: "hazard.opened",
  timestamp: at.toISOString(),
  data: { hazardNo: "YH-2026-0042", externalId: "IQC-2026-000124", erpBill: "STK_InStock CGRK00017" },
});

function signed(payload = body, keys: string[] = [secret], id = "msg_2d8M1nQvT0") {
  const signature = keys.map((k) => new Webhook(k).sign(id, at, payload)).join(" ");
  return { "webhook-id": id, "webhook-timestamp": String(seconds), "webhook-signature": signature };
}

function refusal(fn: () => unknown): AnzhiWebhookVerificationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AnzhiWebhookVerificationError) return error;
    throw error;
  }
  throw new Error("verify accepted the delivery");
}

describe("Anzhi.webhooks.verify", () => {
  it("accepts a delivery signed by the reference library and returns the parsed body", () => {
    const event = Anzhi.webhooks.verify<{ type: string; data: { hazardNo: string } }>(body, signed(), secret, {
      now: at,
    });
    expect(event).toMatchObject({ type: "hazard.opened", data: { hazardNo: "YH-2026-0042" } });
    // Bytes, Fetch Headers and Node's header arrays work the same.
    const fetchHeaders = new Headers(signed());
    expect(Anzhi.webhooks.verify(Buffer.from(body), fetchHeaders, secret, { now: at })).toEqual(JSON.parse(body));
    const node = { ...signed(), "Webhook-Signature": [signed()["webhook-signature"]] } as Record<
      string,
      string | string[]
    >;
    delete node["webhook-signature"];
    expect(Anzhi.webhooks.verify(new TextEncoder().encode(body), node, secret, { now: at })).toEqual(JSON.parse(body));
  });

  it("types the body by event type (AnzhiWebhookEvent)", () => {
    const payload = JSON.stringify({
      type: "certificate.expiring",
      timestamp: at.toISOString(),
      data: {
        kind: "ccc",
        id: "c1",
        number: "2027010101000001",
        expiryDate: "2027-06-13",
        daysLeft: 30,
        threshold: 30,
      },
    });
    const event = Anzhi.webhooks.verify<AnzhiWebhookEvent>(payload, signed(payload), secret, { now: at });
    if (event.type !== "certificate.expiring") throw new Error(`unexpected ${event.type}`);
    expectTypeOf(event.data.daysLeft).toEqualTypeOf<number>();
    expect(event.data).toMatchObject({ kind: "ccc", threshold: 30 });
  });

  it("computes the same v1 signature as the reference library", () => {
    expect(`v1,${webhookSignature(secret, "msg_2d8M1nQvT0", seconds, body)}`).toBe(signed()["webhook-signature"]);
  });

  it("refuses a forged or altered delivery", () => {
    const forged = signed(body, ["whsec_" + Buffer.from("an attacker's own key!!").toString("base64")]);
    expect(refusal(() => Anzhi.webhooks.verify(body, forged, secret, { now: at })).code).toBe(
      "WEBHOOK_SIGNATURE_INVALID",
    );
    const altered = body.replace("YH-2026-0042", "YH-2026-0043");
    expect(refusal(() => Anzhi.webhooks.verify(altered, signed(), secret, { now: at })).code).toBe(
      "WEBHOOK_SIGNATURE_INVALID",
    );
    // The id is signed: replaying the body under another id fails.
    const otherId = { ...signed(), "webhook-id": "msg_other" };
    expect(refusal(() => Anzhi.webhooks.verify(body, otherId, secret, { now: at })).code).toBe(
      "WEBHOOK_SIGNATURE_INVALID",
    );
    const noV1 = { ...signed(), "webhook-signature": signed()["webhook-signature"].replace("v1,", "v2,") };
    expect(refusal(() => Anzhi.webhooks.verify(body, noV1, secret, { now: at })).code).toBe(
      "WEBHOOK_SIGNATURE_INVALID",
    );
  });

  it("accepts either secret while one is rotated, and a delivery signed with both", () => {
    expect(Anzhi.webhooks.verify(body, signed(body, [rotated]), [secret, rotated], { now: at })).toBeTruthy();
    expect(Anzhi.webhooks.verify(body, signed(body, [secret, rotated]), rotated, { now: at })).toBeTruthy();
    expect(refusal(() => Anzhi.webhooks.verify(body, signed(body, [rotated]), secret, { now: at })).code).toBe(
      "WEBHOOK_SIGNATURE_INVALID",
    );
  });

  it("refuses a stale or future timestamp (replays), by default beyond 5 minutes", () => {
    const late = new Date(at.getTime() + 301_000);
    expect(refusal(() => Anzhi.webhooks.verify(body, signed(), secret, { now: late })).code).toBe(
      "WEBHOOK_TIMESTAMP_OUT_OF_RANGE",
    );
    const early = new Date(at.getTime() - 301_000);
    expect(refusal(() => Anzhi.webhooks.verify(body, signed(), secret, { now: early })).code).toBe(
      "WEBHOOK_TIMESTAMP_OUT_OF_RANGE",
    );
    expect(Anzhi.webhooks.verify(body, signed(), secret, { now: late, toleranceSeconds: 600 })).toBeTruthy();
    const garbage = { ...signed(), "webhook-timestamp": "soon" };
    expect(refusal(() => Anzhi.webhooks.verify(body, garbage, secret, { now: at })).code).toBe(
      "WEBHOOK_TIMESTAMP_OUT_OF_RANGE",
    );
  });

  it("names the receiver's mistakes: missing headers, a parsed body, a wrong secret", () => {
    const { "webhook-id": _id, ...noId } = signed();
    expect(refusal(() => Anzhi.webhooks.verify(body, noId, secret, { now: at })).code).toBe("WEBHOOK_HEADERS_MISSING");
    const parsed = JSON.parse(body) as unknown as string;
    expect(refusal(() => Anzhi.webhooks.verify(parsed, signed(), secret, { now: at })).code).toBe(
      "WEBHOOK_BODY_INVALID",
    );
    expect(refusal(() => Anzhi.webhooks.verify(body, signed(), "anz_not_a_webhook_secret", { now: at })).code).toBe(
      "WEBHOOK_SECRET_INVALID",
    );
  });
});
