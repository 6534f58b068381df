// Hazard (隐患) inputs: creation (templates.md §9) and the lifecycle actions consumed by
// `transition()` in ../hazard.ts.
import { z } from "zod";
import { HazardSeverity, HazardSource, RiskStage } from "../enums";
import { LocalDateSchema } from "../periods";
import {
  FileIdsSchema,
  IdSchema,
  optionalText,
  ProductIdSchema,
  requiredText,
  RiskItemIdSchema,
  SiteIdSchema,
  UserIdSchema,
} from "./common";
import { SignatureCaptureSchema } from "./signature";

export const HazardCreateSchema = z
  .strictObject({
    title: requiredText(100),
    description: requiredText(2000),
    source: HazardSource,
    /** The daily record, weekly report, inspection … the hazard came from. */
    sourceRefId: IdSchema.optional(),
    siteId: SiteIdSchema.optional(),
    productId: ProductIdSchema.optional(),
    stage: RiskStage.optional(),
    /** The risk control list item the hazard is about. */
    riskItemId: RiskItemIdSchema.optional(),
    severity: HazardSeverity,
    cause: optionalText(2000),
    correctiveAction: optionalText(2000),
    /** 临时控制措施 (stop production / stop sales / quarantine / recall …); required for major hazards. */
    containment: optionalText(1000),
    ownerUserId: UserIdSchema,
    dueDate: LocalDateSchema,
    evidenceFileIds: FileIdsSchema.optional(),
  })
  .refine((h) => h.severity !== "major" || (h.containment ?? "") !== "", {
    error: "hazard.containment_required",
    path: ["containment"],
  });
export type HazardCreate = z.infer<typeof HazardCreateSchema>;

export const StartRectificationActionSchema = z.strictObject({
  type: z.literal("start_rectification"),
  note: optionalText(2000),
});

export const SubmitForVerificationActionSchema = z.strictObject({
  type: z.literal("submit_for_verification"),
  /** 整改说明: what was done. */
  rectificationNote: requiredText(4000),
  /** 原因分析: why the hazard arose (printed on the 整改记录). */
  rootCause: requiredText(2000),
  /** 整改措施: the measures taken against the cause (printed on the 整改记录). */
  correctiveAction: requiredText(2000),
  evidenceFileIds: FileIdsSchema.optional(),
  /**
   * Why no evidence (photo, document) can be attached, e.g. a process change that leaves nothing to
   * photograph. Without evidence the submission needs this reason; it is recorded on the hazard.
   */
  evidenceExceptionReason: optionalText(1000),
});

export const VerifyPassActionSchema = z.strictObject({
  type: z.literal("verify_pass"),
  note: optionalText(2000),
});

export const VerifyFailActionSchema = z.strictObject({
  type: z.literal("verify_fail"),
  reason: requiredText(2000),
});

export const HazardActionSchema = z.discriminatedUnion("type", [
  StartRectificationActionSchema,
  SubmitForVerificationActionSchema,
  VerifyPassActionSchema,
  VerifyFailActionSchema,
]);
export type HazardAction = z.infer<typeof HazardActionSchema>;
export type HazardActionType = HazardAction["type"];

export const HazardTransitionSchema = z.strictObject({
  hazardId: IdSchema,
  action: HazardActionSchema,
  /** Optimistic-lock version the client saw; a mismatch is a CONFLICT. */
  expectedVersion: z.int().min(0).optional(),
  /**
   * The signer's handwritten (or typed-name) signature of a signed step (docs/decisions/032):
   * required by `requireStepSignature` for the rectification and the verification; the signer is
   * the signed-in user, never part of the input.
   */
  signature: SignatureCaptureSchema.optional(),
});
export type HazardTransition = z.infer<typeof HazardTransitionSchema>;

/** The steps of a hazard a person signs, each over its own content (rectification, verification). */
export const HAZARD_SIGNED_STEP = {
  start_rectification: null,
  submit_for_verification: "rectification",
  verify_pass: "verification",
  verify_fail: "verification",
} as const satisfies Record<HazardActionType, "rectification" | "verification" | null>;

/** Refuses a rectification or verification posted without a signature, on the `signature` field. */
export function requireStepSignature(
  value: { action: { type: HazardActionType }; signature?: unknown },
  ctx: z.RefinementCtx,
): void {
  if (HAZARD_SIGNED_STEP[value.action.type] !== null && value.signature === undefined)
    ctx.addIssue({ code: "custom", path: ["signature"], message: "signature.required" });
}
