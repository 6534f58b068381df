import { describe, expect, it } from "vitest";
import { HazardCreateSchema, HazardTransitionSchema } from "./hazard";
import { HazardTransitionWithEvidenceSchema } from "../uploads";

const hazard = {
  title: "成品未检先放行",
  description: "3 月 2 日一批电缆未做出厂检验即发货",
  source: "daily_check",
  severity: "significant",
  ownerUserId: "u_director",
  dueDate: "2026-03-09",
};

describe("HazardCreateSchema", () => {
  it("accepts a hazard", () => {
    expect(HazardCreateSchema.safeParse(hazard).success).toBe(true);
  });

  it("a major hazard needs a containment measure", () => {
    const result = HazardCreateSchema.safeParse({ ...hazard, severity: "major" });
    expect(result.error?.issues[0]).toMatchObject({ message: "hazard.containment_required", path: ["containment"] });
    expect(HazardCreateSchema.safeParse({ ...hazard, severity: "major", containment: "召回该批次" }).success).toBe(
      true,
    );
  });
});

describe("HazardTransitionSchema", () => {
  it("discriminates on the action type", () => {
    const parsed = HazardTransitionSchema.parse({
      hazardId: "hz_1",
      action: { type: "verify_fail", reason: " 复检不合格 " },
    });
    expect(parsed.action).toEqual({ type: "verify_fail", reason: "复检不合格" });
  });

  it("requires the rectification note and the failure reason", () => {
    const path = (action: unknown) =>
      HazardTransitionSchema.safeParse({ hazardId: "hz_1", action }).error?.issues.map(
        (i) => `${i.path.join(".")}:${i.message}`,
      );
    expect(path({ type: "submit_for_verification" })).toEqual([
      "action.rectificationNote:field.required",
      "action.rootCause:field.required",
      "action.correctiveAction:field.required",
    ]);
    expect(path({ type: "verify_fail", reason: "" })).toEqual(["action.reason:field.required"]);
    expect(path({ type: "reopen" })?.length).toBe(1);
  });
});

describe("HazardTransitionWithEvidenceSchema", () => {
  const signed = { method: "typed", typedName: "李明" } as const;
  const paths = (input: unknown) =>
    HazardTransitionWithEvidenceSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
  it("requires the signer's signature on the rectification and the verification, not on starting it", () => {
    const rectify = {
      type: "submit_for_verification",
      rectificationNote: "已更换",
      rootCause: "巡检不到位",
      correctiveAction: "纳入月度点检",
    };
    expect(paths({ hazardId: "hz_1", action: rectify })).toEqual(["signature:signature.required"]);
    expect(paths({ hazardId: "hz_1", action: { type: "verify_pass" } })).toEqual(["signature:signature.required"]);
    expect(paths({ hazardId: "hz_1", action: { type: "verify_fail", reason: "x" } })).toEqual([
      "signature:signature.required",
    ]);
    expect(paths({ hazardId: "hz_1", action: { type: "start_rectification" } })).toBeUndefined();
    expect(paths({ hazardId: "hz_1", action: rectify, signature: signed })).toBeUndefined();
    // the signer is never part of the input
    expect(
      paths({ hazardId: "hz_1", action: { type: "verify_pass" }, signature: { ...signed, signerUserId: "u" } }),
    ).toEqual(['signature:Unrecognized key: "signerUserId"']);
  });
});
