import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HazardStatus } from "./enums";
import { allowedActions, type HazardState, isOverdue, transition } from "./hazard";
import type { HazardAction } from "./schemas/hazard";

const start: HazardAction = { type: "start_rectification" };
const submitNote = "更换了变形的模具并复检合格";
const submit: HazardAction = {
  type: "submit_for_verification",
  rectificationNote: submitNote,
  rootCause: "刀具磨损",
  correctiveAction: "更换刀具并缩短换刀周期",
};
const pass: HazardAction = { type: "verify_pass" };
const fail: HazardAction = { type: "verify_fail", reason: "复检仍有毛刺" };

describe("allowed transitions", () => {
  it("open → rectifying", () => {
    const result = transition(
      { status: "open" },
      { type: "start_rectification", note: " 已安排 " },
      { actorUserId: "officer" },
    );
    expect(result).toEqual({
      ok: true,
      next: { status: "rectifying", rectifiedByUserId: null, verifiedByUserId: null },
      event: {
        type: "start_rectification",
        actorUserId: "officer",
        from: "open",
        to: "rectifying",
        text: "已安排",
        evidenceFileIds: [],
      },
    });
  });

  it("rectifying → awaiting_verification records the submitter as rectifier", () => {
    const result = transition(
      { status: "rectifying" },
      { ...submit, evidenceFileIds: ["file-1"] },
      { actorUserId: "worker" },
    );
    expect(result).toMatchObject({
      ok: true,
      next: { status: "awaiting_verification", rectifiedByUserId: "worker" },
      event: { text: "更换了变形的模具并复检合格", evidenceFileIds: ["file-1"] },
    });
  });

  it("awaiting_verification → closed by someone else", () => {
    const result = transition({ status: "awaiting_verification", rectifiedByUserId: "worker" }, pass, {
      actorUserId: "director",
    });
    expect(result).toMatchObject({
      ok: true,
      next: { status: "closed", rectifiedByUserId: "worker", verifiedByUserId: "director" },
    });
  });

  it("awaiting_verification → rectifying when verification fails, with the reason", () => {
    const result = transition({ status: "awaiting_verification", rectifiedByUserId: "worker" }, fail, {
      actorUserId: "director",
    });
    expect(result).toMatchObject({
      ok: true,
      next: { status: "rectifying", rectifiedByUserId: null },
      event: { text: "复检仍有毛刺", from: "awaiting_verification", to: "rectifying" },
    });
  });

  it("takes the rectifier from the context when the state does not carry it", () => {
    const state: HazardState = { status: "awaiting_verification" };
    expect(transition(state, pass, { actorUserId: "a", rectifiedByUserId: "a" })).toEqual({
      ok: false,
      code: "HAZARD_VERIFIER_IS_RECTIFIER",
    });
    expect(transition(state, pass, { actorUserId: "b", rectifiedByUserId: "a" }).ok).toBe(true);
  });
});

describe("forbidden transitions", () => {
  const allowed = new Set([
    "open:start_rectification",
    "rectifying:submit_for_verification",
    "awaiting_verification:verify_pass",
    "awaiting_verification:verify_fail",
  ]);
  const table = HazardStatus.options.flatMap((status) =>
    [start, submit, pass, fail]
      .filter((action) => !allowed.has(`${status}:${action.type}`))
      .map((action) => [status, action.type, action] as const),
  );

  it("the table covers all 12 forbidden pairs", () => {
    expect(table).toHaveLength(12);
  });

  it.each(table)("%s × %s → HAZARD_TRANSITION_FORBIDDEN", (status, _type, action) => {
    expect(transition({ status, rectifiedByUserId: "worker" }, action, { actorUserId: "director" })).toEqual({
      ok: false,
      code: "HAZARD_TRANSITION_FORBIDDEN",
    });
  });

  it("the rectifier can neither pass nor fail their own work", () => {
    const state: HazardState = { status: "awaiting_verification", rectifiedByUserId: "worker" };
    for (const action of [pass, fail]) {
      expect(transition(state, action, { actorUserId: "worker" })).toEqual({
        ok: false,
        code: "HAZARD_VERIFIER_IS_RECTIFIER",
      });
    }
  });

  it("an unknown rectifier fails closed", () => {
    expect(transition({ status: "awaiting_verification" }, pass, { actorUserId: "director" })).toEqual({
      ok: false,
      code: "HAZARD_VERIFIER_IS_RECTIFIER",
    });
  });

  it("needs a rectification note and a failure reason", () => {
    expect(transition({ status: "rectifying" }, { ...submit, rectificationNote: "  " }, { actorUserId: "w" })).toEqual({
      ok: false,
      code: "HAZARD_RECTIFICATION_NOTE_REQUIRED",
    });
    expect(
      transition(
        { status: "awaiting_verification", rectifiedByUserId: "w" },
        { type: "verify_fail", reason: "" },
        { actorUserId: "d" },
      ),
    ).toEqual({ ok: false, code: "HAZARD_FAIL_REASON_REQUIRED" });
  });

  it("lists the actions a UI may offer", () => {
    expect(allowedActions("open")).toEqual(["start_rectification"]);
    expect(allowedActions("awaiting_verification")).toEqual(["verify_pass", "verify_fail"]);
    expect(allowedActions("closed")).toEqual([]);
  });
});

describe("random action sequences", () => {
  const users = ["u1", "u2", "u3"] as const;
  const arbStep = fc.record({
    action: fc.constantFrom(start, submit, pass, fail),
    actor: fc.constantFrom(...users),
  });

  it("closed is absorbing, and closing always takes a verify_pass by someone other than the rectifier", () => {
    let closedRuns = 0;
    fc.assert(
      fc.property(fc.array(arbStep, { maxLength: 40 }), (steps) => {
        let state: HazardState = { status: "open", rectifiedByUserId: null };
        let lastSubmitter: string | null = null;
        for (const { action, actor } of steps) {
          const before = state.status;
          const result = transition(state, action, { actorUserId: actor });
          if (before === "closed") {
            expect(result.ok).toBe(false);
            continue;
          }
          if (!result.ok) continue;
          if (action.type === "submit_for_verification") lastSubmitter = actor;
          if (result.next.status === "closed") {
            closedRuns++;
            expect(action.type).toBe("verify_pass");
            expect(before).toBe("awaiting_verification");
            expect(lastSubmitter).not.toBeNull();
            expect(actor).not.toBe(lastSubmitter);
            expect(result.next.verifiedByUserId).toBe(actor);
            expect(result.next.rectifiedByUserId).toBe(lastSubmitter);
          }
          state = result.next;
        }
      }),
      { numRuns: 500 },
    );
    expect(closedRuns).toBeGreaterThan(0); // the property was not vacuous
  });
});

describe("isOverdue", () => {
  it("is overdue only after the due date and while not closed", () => {
    expect(isOverdue({ status: "open", dueDate: "2026-03-01" }, "2026-03-02")).toBe(true);
    expect(isOverdue({ status: "awaiting_verification", dueDate: "2026-03-01" }, "2026-03-02")).toBe(true);
    expect(isOverdue({ status: "rectifying", dueDate: "2026-03-01" }, "2026-03-01")).toBe(false);
    expect(isOverdue({ status: "open", dueDate: "2026-03-01" }, "2026-02-28")).toBe(false);
    expect(isOverdue({ status: "closed", dueDate: "2026-03-01" }, "2026-04-01")).toBe(false);
  });
});
