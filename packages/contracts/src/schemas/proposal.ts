// 履职记录: a proposal (意见建议) or a veto (stop production / stop selling) filed by the
// director or an officer, and the principal's signed decision on it.
import { z } from "zod";
import { ProposalDecision, ProposalType } from "../enums";
import {
  FileIdsSchema,
  HazardIdSchema,
  IdSchema,
  optionalText,
  ProductIdSchema,
  requiredText,
  uniqueArray,
} from "./common";
import { SignatureCaptureSchema } from "./signature";

export const ProposalCreateSchema = z.strictObject({
  type: ProposalType,
  productIds: uniqueArray(ProductIdSchema, 100).optional(),
  batchNos: uniqueArray(requiredText(100), 200).optional(),
  hazardId: HazardIdSchema.optional(),
  /** 危及安全的缺陷 / 建议内容 */
  defectDescription: requiredText(4000),
  evidenceFileIds: FileIdsSchema.optional(),
  /** The proposer confirms with their account that they sign this content. */
  confirm: z.literal(true, { error: "proposal.confirm_required" }),
  /** The proposer's handwritten (or typed-name) signature on the filed content (docs/decisions/032). */
  signature: SignatureCaptureSchema,
});
export type ProposalCreate = z.infer<typeof ProposalCreateSchema>;

export const ProposalDecideSchema = z
  .strictObject({
    proposalId: IdSchema,
    decision: ProposalDecision,
    reason: optionalText(4000),
    actionsTaken: optionalText(4000),
    /** Set when this decision replaces an earlier one (the earlier one is kept). */
    supersedesId: IdSchema.optional(),
    confirm: z.literal(true, { error: "proposal.confirm_required" }),
    /** The principal's handwritten (or typed-name) signature on the decision. */
    signature: SignatureCaptureSchema,
  })
  .refine((d) => d.decision !== "rejected" || (d.reason ?? "") !== "", {
    error: "proposal.reason_required",
    path: ["reason"],
  });
export type ProposalDecide = z.infer<typeof ProposalDecideSchema>;
