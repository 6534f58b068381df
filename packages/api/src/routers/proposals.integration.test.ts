// 履职记录 through the tRPC router on a real SQLite file: filing, the principal's signed decision,
// the mandatory reason on a rejection, immutability and tenancy.
import { drawnSignature } from "../testing/signature.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { createOrgWithPeople, refusal, type OrgPeople } from "../testing/org-people.ts";

let t: TestDb;
let a: OrgPeople;
let b: OrgPeople;

beforeAll(async () => {
  t = await createTestDb("anzhi-proposals-");
  a = await createOrgWithPeople(t.db, "a", "producer");
  b = await createOrgWithPeople(t.db, "b", "seller");
});
afterAll(async () => t?.cleanup());

const veto = {
  type: "stop_production" as const,
  batchNos: ["B20261101"],
  defectDescription: "电芯鼓包，存在起火风险",
  confirm: true as const,
  signature: drawnSignature,
};

describe("proposals and vetoes", () => {
  it("records a veto signed by the officer and the principal's signed decision with the time to answer", async () => {
    const filed = await a.as("officer").proposals.create(veto);
    expect(filed.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const pending = await a.as("principal").proposals.get({ proposalId: filed.id });
    expect(pending).toMatchObject({
      status: "pending",
      decision: null,
      proposerRole: "officer",
      proposedBy: { id: a.ids.officer },
      batchNos: ["B20261101"],
      canDecide: true,
    });
    expect((await a.as("principal").proposals.list({ status: "pending" })).map((p) => p.id)).toContain(filed.id);

    const decided = await a.as("principal").proposals.decide({
      signature: drawnSignature,
      proposalId: filed.id,
      decision: "adopted",
      reason: "立即停产排查",
      actionsTaken: "该批次全部隔离",
      confirm: true,
    });
    const view = await a.as("officer").proposals.get({ proposalId: filed.id });
    expect(view).toMatchObject({
      status: "decided",
      decision: { id: decided.id, decision: "adopted", reason: "立即停产排查", decidedBy: { id: a.ids.principal } },
    });
    expect(view.hoursToAnswer).toBeGreaterThanOrEqual(0);
    const audit = await t.db.auditEvent.findMany({
      where: { entityId: filed.id },
      orderBy: { at: "asc" },
      select: { action: true },
    });
    expect(audit.map((e) => e.action)).toEqual(["proposal.file", "proposal.decide"]);
  });

  it("refuses a rejection without a reason and writes nothing", async () => {
    const { id } = await a.as("director").proposals.create({
      signature: drawnSignature,
      type: "suggestion",
      defectDescription: "建议增加来料抽检比例",
      confirm: true,
    });
    const err = await refusal(
      a.as("principal").proposals.decide({
        signature: drawnSignature,
        proposalId: id,
        decision: "rejected",
        reason: " ",
        confirm: true,
      }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.paths).toEqual(["reason"]);
    expect(await t.db.proposalDecision.count({ where: { proposalId: id } })).toBe(0);
    expect((await t.db.staffProposal.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
  });

  it("never edits a decision: deciding again without superseding is refused, a superseding decision keeps the first", async () => {
    const { id } = await a.as("officer").proposals.create({ ...veto, defectDescription: "外壳阻燃等级不符" });
    const first = await a.as("principal").proposals.decide({
      signature: drawnSignature,
      proposalId: id,
      decision: "rejected",
      reason: "已有检测报告证明合格",
      confirm: true,
    });
    const again = await refusal(
      a.as("principal").proposals.decide({
        signature: drawnSignature,
        proposalId: id,
        decision: "adopted",
        reason: "改变主意",
        confirm: true,
      }),
    );
    expect(again).toMatchObject({ code: "CONFLICT", appCode: "RECORD_ALREADY_SIGNED" });
    const firstRow = await t.db.proposalDecision.findUniqueOrThrow({ where: { id: first.id } });
    expect(firstRow).toMatchObject({ decision: "rejected", reason: "已有检测报告证明合格" });

    const second = await a.as("principal").proposals.decide({
      signature: drawnSignature,
      proposalId: id,
      decision: "adopted",
      reason: "复检不合格",
      supersedesId: first.id,
      confirm: true,
    });
    const view = await a.as("principal").proposals.get({ proposalId: id });
    expect(view.decision?.id).toBe(second.id);
    expect(view.history.map((d) => d.decision)).toEqual(["rejected", "adopted"]);
    expect(await t.db.proposalDecision.findUniqueOrThrow({ where: { id: first.id } })).toEqual(firstRow);
  });

  it("lets only the director or an officer file, and only the principal decide", async () => {
    expect((await refusal(a.as("principal").proposals.create(veto))).code).toBe("FORBIDDEN");
    expect((await refusal(a.as("viewer").proposals.create(veto))).code).toBe("FORBIDDEN");
    const { id } = await a.as("officer").proposals.create(veto);
    expect(
      (
        await refusal(
          a
            .as("director")
            .proposals.decide({ signature: drawnSignature, proposalId: id, decision: "adopted", confirm: true }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    // @ts-expect-error the input type wants the confirmation; the server must refuse it all the same
    expect((await refusal(a.as("officer").proposals.create({ ...veto, confirm: false }))).paths).toEqual(["confirm"]);
  });

  it("offers stop-selling vetoes to sellers and stop-production to producers", async () => {
    expect((await refusal(b.as("officer").proposals.create(veto))).paths).toEqual(["type"]);
    const { id } = await b.as("officer").proposals.create({ ...veto, type: "stop_sales" });
    expect((await refusal(a.as("principal").proposals.get({ proposalId: id }))).code).toBe("NOT_FOUND");
    expect(
      (
        await refusal(
          a
            .as("principal")
            .proposals.decide({ signature: drawnSignature, proposalId: id, decision: "adopted", confirm: true }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect((await a.as("principal").proposals.list()).map((p) => p.id)).not.toContain(id);
  });

  it("exports the ledger as XLSX", async () => {
    const file = await a.as("viewer").proposals.exportXlsx({ from: "2020-01-01", to: "2099-12-31" });
    expect(file.contentDisposition).toContain(
      `filename*=UTF-8''${encodeURIComponent("履职记录_2020-01-01_2099-12-31.xlsx")}`,
    );
    expect(Buffer.from(file.bytes).subarray(0, 2).toString()).toBe("PK");
  });
});
