// The webhook admin procedures and the hazard lifecycle's events (docs/decisions/027) through the
// tRPC router: only admins manage endpoints, the secret is returned once and never listed, a hazard
// opened and closed writes `hazard.opened` and `hazard.closed` to the outbox in its transaction,
// and another organisation's endpoint is refused. Delivery itself: packages/sdk/test/webhooks-delivery.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { createOrgWithPeople, refusal, type OrgPeople } from "../testing/org-people.ts";
import { drawnSignature } from "../testing/signature.ts";
import { clock, createRoutineOrg, sh } from "./routines.fixture.ts";

let t: TestDb;
let a: OrgPeople;
let b: OrgPeople;

beforeAll(async () => {
  t = await createTestDb("anzhi-webhooks-");
  a = await createOrgWithPeople(t.db, "a");
  b = await createOrgWithPeople(t.db, "b");
});
afterAll(async () => t?.cleanup());

describe("webhook endpoints", () => {
  it("an admin creates an endpoint; the secret is returned once; non-admins are refused", async () => {
    expect(await refusal(a.as("officer").webhooks.overview())).toMatchObject({ code: "FORBIDDEN" });
    const bad = await refusal(a.as("principal").webhooks.create({ url: "http://erp.example.com/h", events: [] }));
    expect(bad.paths).toEqual(["events"]);
    const refusedHttp = await refusal(
      a.as("principal").webhooks.create({ url: "http://erp.example.com/h", events: ["hazard.opened"] }),
    );
    expect(refusedHttp).toMatchObject({ appCode: "VALIDATION_FAILED", paths: ["url"] });

    const created = await a
      .as("principal")
      .webhooks.create({ url: "https://erp.example.com/anzhi", events: ["hazard.opened", "hazard.closed"] });
    expect(created.secret).toMatch(/^whsec_/);
    const overview = await a.as("principal").webhooks.overview();
    expect(overview.endpoints).toEqual([
      expect.objectContaining({ id: created.id, status: "active", events: ["hazard.opened", "hazard.closed"] }),
    ]);
    expect(JSON.stringify(overview)).not.toContain(created.secret);
    expect(await refusal(b.as("principal").webhooks.rotateSecret({ endpointId: created.id }))).toMatchObject({
      appCode: "RECORD_NOT_FOUND",
      paths: ["endpointId"],
    });
  });

  it("a hazard opened and closed writes hazard.opened and hazard.closed to the outbox", async () => {
    const { id, hazardNo } = await a.as("officer").hazards.create({
      title: "灭火器过期",
      description: "二号车间",
      source: "manual",
      severity: "general",
      ownerUserId: a.ids.officer,
      dueDate: "2030-12-31",
    });
    await a.as("officer").hazards.transition({ hazardId: id, action: { type: "start_rectification" } });
    await a.as("officer").hazards.transition({
      signature: drawnSignature,
      hazardId: id,
      action: {
        type: "submit_for_verification",
        rectificationNote: "已更换",
        rootCause: "巡检不到位",
        correctiveAction: "纳入点检",
        evidenceExceptionReason: "现场更换，无留存照片",
      },
    });
    expect(await t.db.webhookEvent.count({ where: { type: "hazard.closed" } })).toBe(0);
    await a
      .as("director")
      .hazards.transition({ signature: drawnSignature, hazardId: id, action: { type: "verify_pass", note: "确认" } });
    const events = await t.db.webhookEvent.findMany({ where: { organizationId: a.id }, orderBy: { type: "desc" } });
    expect(events.map((e) => [e.type, JSON.parse(e.payloadJson).hazardNo])).toEqual([
      ["hazard.opened", hazardNo],
      ["hazard.closed", hazardNo],
    ]);
    // Organisation b has no endpoint: its hazards write nothing.
    await b.as("officer").hazards.create({
      title: "t",
      description: "d",
      source: "manual",
      severity: "general",
      ownerUserId: b.ids.officer,
      dueDate: "2030-12-31",
    });
    expect(await t.db.webhookEvent.count({ where: { organizationId: b.id } })).toBe(0);
  });

  it("signing a daily record writes record.signed in the signing transaction", async () => {
    const r = await createRoutineOrg(t.db, "c");
    await t.db.webhookEndpoint.create({
      data: { organizationId: r.id, url: "https://erp.example.com/h", eventsJson: '["record.signed"]', secretEnc: "x" },
    });
    clock.now = sh("2026-10-10T18:00:00");
    const signed = await r.as("officer").routines.daily.notOperating({
      signature: drawnSignature,
      siteId: r.siteId,
      checkDate: "2026-10-10",
      reason: "停电检修",
    });
    const events = await t.db.webhookEvent.findMany({ where: { organizationId: r.id } });
    expect(events.map((e) => [e.type, JSON.parse(e.payloadJson)])).toEqual([
      [
        "record.signed",
        expect.objectContaining({ kind: "daily", id: signed.runId, period: "2026-10-10", siteId: r.siteId }),
      ],
    ]);
    expect(events[0]?.createdAt).toEqual(clock.now);
  });
});
