// Handwritten signatures on a hazard's rectification and verification (docs/decisions/032) through
// the tRPC router: each step needs the signer's own signature, written in the step's transaction
// and bound to the hash of that step's content; a failed verification leaves the rejected
// rectification's signature shown as not covering the hazard; another organisation can neither
// sign nor see them.
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { hazardStepContentHash } from "@anzhi/domain/audit/record-hash";
import { signaturesOf } from "@anzhi/domain/signatures/record-signatures";
import { formErrorOf } from "../form-errors.ts";
import { createOrgWithPeople, refusal, type OrgPeople } from "../testing/org-people.ts";
import { drawnSignature } from "../testing/signature.ts";

let t: TestDb;
let a: OrgPeople;
let b: OrgPeople;

beforeAll(async () => {
  t = await createTestDb("anzhi-hazard-signatures-");
  a = await createOrgWithPeople(t.db, "a");
  b = await createOrgWithPeople(t.db, "b");
});
afterAll(async () => t?.cleanup());

const rectification = (note: string) =>
  ({
    type: "submit_for_verification",
    rectificationNote: note,
    rootCause: "巡检不到位",
    correctiveAction: "纳入月度点检",
    evidenceExceptionReason: "现场更换，旧件已回收，无留存照片",
  }) as const;

async function rectifying(org: OrgPeople): Promise<string> {
  const { id } = await org.as("officer").hazards.create({
    title: "灭火器过期",
    description: "二号车间灭火器已过有效期",
    source: "manual",
    severity: "general",
    ownerUserId: org.ids.officer,
    dueDate: "2030-12-31",
  });
  await org.as("officer").hazards.transition({ hazardId: id, action: { type: "start_rectification" } });
  return id;
}

async function unchanged(id: string): Promise<[string, number, number]> {
  const h = await t.db.hazard.findUniqueOrThrow({ where: { id } });
  return [
    h.status,
    await t.db.hazardEvent.count({ where: { hazardId: id } }),
    await t.db.recordSignature.count({ where: { recordId: id } }),
  ];
}

describe("signing a hazard's rectification and verification", () => {
  it("refuses a step without a signature on the signature field, in zh-CN and en, and changes nothing", async () => {
    const id = await rectifying(a);
    const before = await unchanged(id);
    const missing = a.as("officer").hazards.transition({ hazardId: id, action: rectification("已更换") });
    expect(await refusal(missing)).toMatchObject({ code: "BAD_REQUEST", paths: ["signature"] });
    const error = await missing.catch((e: unknown) => e as TRPCError);
    expect(formErrorOf(error, "zh-CN").fields["signature"]).toBe("请手写签名，或键入本人姓名确认签字");
    expect(formErrorOf(error, "en").fields["signature"]).toBe(
      "Sign in the box, or type your name to confirm the signature",
    );
    expect(await unchanged(id)).toEqual(before);
    // starting the rectification is not a signed step
    expect(before[0]).toBe("rectifying");
  });

  it("refuses a typed name that is not the signer's, and a signer named in the input", async () => {
    const id = await rectifying(a);
    const before = await unchanged(id);
    const typedOther = await refusal(
      a.as("officer").hazards.transition({
        hazardId: id,
        action: rectification("已更换"),
        signature: { method: "typed", typedName: "a-director" },
      }),
    );
    expect(typedOther).toMatchObject({ code: "BAD_REQUEST", paths: ["signature.typedName"] });
    const named = await refusal(
      a.as("officer").hazards.transition({
        hazardId: id,
        action: rectification("已更换"),
        signature: { ...drawnSignature, signerUserId: a.ids.director } as never,
      }),
    );
    expect(named.paths).toEqual(["signature"]);
    expect(await unchanged(id)).toEqual(before);
  });

  it("binds each step's signature to the hash of that step, by the signed-in person", async () => {
    const id = await rectifying(a);
    await a.as("officer").hazards.transition({
      hazardId: id,
      action: rectification("已更换灭火器"),
      signature: { method: "typed", typedName: " A-Officer " },
    });
    const rect = await t.db.recordSignature.findFirstOrThrow({ where: { recordId: id, step: "rectification" } });
    expect(rect).toMatchObject({
      organizationId: a.id,
      recordType: "hazard",
      signerUserId: a.ids.officer,
      method: "typed",
      typedName: "A-Officer",
      contentHash: await hazardStepContentHash(t.db, id, "rectification"),
    });
    await a.as("director").hazards.transition({
      hazardId: id,
      action: { type: "verify_pass", note: "现场确认" },
      signature: drawnSignature,
    });
    const verified = await t.db.recordSignature.findFirstOrThrow({ where: { recordId: id, step: "verification" } });
    expect(verified).toMatchObject({
      signerUserId: a.ids.director,
      method: "drawn",
      imageSvg: drawnSignature.imageSvg,
      contentHash: await hazardStepContentHash(t.db, id, "verification"),
    });
    // each step signs its own content: the two hashes differ, and neither is the whole record's
    expect(verified.contentHash).not.toBe(rect.contentHash);
    const shown = await a.as("viewer").hazards.get({ hazardId: id });
    expect(shown.contentHash).not.toBe(rect.contentHash);
    expect(shown.signatures.map((s) => [s.step, s.signerName, s.method, s.coversCurrent])).toEqual([
      ["rectification", "a-officer", "typed", true],
      ["verification", "a-director", "drawn", true],
    ]);
    // the audit event of each step carries the hash its signature is bound to
    const audits = await t.db.auditEvent.findMany({
      where: { entityId: id, action: { in: ["hazard.submit_rectification", "hazard.verify_pass"] } },
      orderBy: { at: "asc" },
    });
    expect(audits.map((e) => (JSON.parse(e.dataJson) as { stepContentHash: string }).stepContentHash)).toEqual([
      rect.contentHash,
      verified.contentHash,
    ]);
  });

  it("shows a rejected rectification's signature as not covering the hazard, and signs the failed verdict", async () => {
    const id = await rectifying(a);
    await a
      .as("officer")
      .hazards.transition({ hazardId: id, action: rectification("已整改"), signature: drawnSignature });
    await a.as("director").hazards.transition({
      hazardId: id,
      action: { type: "verify_fail", reason: "压力表仍指向红区" },
      signature: { method: "typed", typedName: "a-director" },
    });
    const failed = await a.as("director").hazards.get({ hazardId: id });
    expect(failed.signatures.map((s) => [s.step, s.coversCurrent])).toEqual([
      ["rectification", false],
      ["verification", true],
    ]);
    await a
      .as("officer2")
      .hazards.transition({ hazardId: id, action: rectification("更换压力表"), signature: drawnSignature });
    await a
      .as("director")
      .hazards.transition({ hazardId: id, action: { type: "verify_pass" }, signature: drawnSignature });
    const closed = await a.as("director").hazards.get({ hazardId: id });
    expect(closed.signatures.map((s) => [s.step, s.signerName, s.coversCurrent])).toEqual([
      ["rectification", "a-officer", false],
      ["verification", "a-director", false],
      ["rectification", "a-officer2", true],
      ["verification", "a-director", true],
    ]);
  });

  it("hashes each step deterministically over that step's content only", async () => {
    const id = await rectifying(a);
    await a
      .as("officer")
      .hazards.transition({ hazardId: id, action: rectification("已更换"), signature: drawnSignature });
    const rect = await hazardStepContentHash(t.db, id, "rectification");
    const verif = await hazardStepContentHash(t.db, id, "verification");
    expect(rect).toMatch(/^[0-9a-f]{64}$/);
    expect([
      await hazardStepContentHash(t.db, id, "rectification"),
      await hazardStepContentHash(t.db, id, "verification"),
    ]).toEqual([rect, verif]);
    // a field outside the step (the due date) changes neither; the step's own text changes only its hash
    await t.db.hazard.update({ where: { id }, data: { dueDate: "2031-01-01" } });
    expect(await hazardStepContentHash(t.db, id, "rectification")).toBe(rect);
    await t.db.hazard.update({ where: { id }, data: { rootCause: "另一原因" } });
    expect(await hazardStepContentHash(t.db, id, "rectification")).not.toBe(rect);
    expect(await hazardStepContentHash(t.db, id, "verification")).toBe(verif);
    await a
      .as("director")
      .hazards.transition({ hazardId: id, action: { type: "verify_pass" }, signature: drawnSignature });
    expect(await hazardStepContentHash(t.db, id, "verification")).not.toBe(verif);
  });

  it("lets no other organisation sign a hazard or see its signatures", async () => {
    const id = await rectifying(a);
    const foreign = await refusal(
      b.as("officer").hazards.transition({ hazardId: id, action: rectification("x"), signature: drawnSignature }),
    );
    expect(foreign.appCode).toBe("HAZARD_NOT_FOUND");
    expect(await t.db.recordSignature.count({ where: { recordId: id } })).toBe(0);
    await a
      .as("officer")
      .hazards.transition({ hazardId: id, action: rectification("已更换"), signature: drawnSignature });
    expect(await signaturesOf(t.db, b.id, "hazard", id)).toEqual([]);
    expect((await refusal(b.as("director").hazards.get({ hazardId: id }))).appCode).toBe("HAZARD_NOT_FOUND");
    // the signature rows are append-only
    await expect(t.db.recordSignature.deleteMany({ where: { recordId: id } })).rejects.toThrow();
  });
});
