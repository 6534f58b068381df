// The forms of one hazard's page, one schema per intent: the lifecycle steps (hazards.transition),
// a new owner or due date (hazards.assign) and the major-risk report draft. Each is shaped into its
// procedure's input (the hazard's id comes from the URL) and checked by its contracts schema.
import { z } from "zod";
import {
  HAZARD_SIGNED_STEP,
  HazardAssignSchema,
  HazardTransitionSchema,
  requireStepSignature,
  type HazardActionType,
} from "@anzhi/contracts";

const posted = z.string().optional();

/**
 * A lifecycle step: the intent names the action; the version the page saw guards against a
 * concurrent change. The rectification and the verification carry the signer's signature
 * (signature.method and signature.imageSvg | signature.typedName, docs/decisions/032).
 */
function step<T extends HazardActionType>(type: T, fields: Record<string, typeof posted>) {
  return (
    z
      .object({ intent: z.literal(type), version: posted, signature: z.unknown().optional(), ...fields })
      // The shaped value is whatever the contracts schema in the pipe then accepts or refuses.
      .transform(({ intent, version, signature, ...action }): unknown => ({
        intent,
        expectedVersion: Number(version) || undefined,
        action: { type, ...action },
        ...(HAZARD_SIGNED_STEP[type] === null ? {} : { signature }),
      }))
      .pipe(
        HazardTransitionSchema.omit({ hazardId: true })
          .safeExtend({ intent: z.literal(type) })
          .superRefine(requireStepSignature),
      )
  );
}

export const HazardFormSchema = z.discriminatedUnion("intent", [
  step("start_rectification", { note: posted }),
  step("submit_for_verification", {
    rectificationNote: posted,
    rootCause: posted,
    correctiveAction: posted,
    evidenceExceptionReason: posted,
  }),
  step("verify_pass", { note: posted }),
  step("verify_fail", { reason: posted }),
  HazardAssignSchema.omit({ hazardId: true })
    .safeExtend({ intent: z.literal("assign") })
    .strip(),
  z.object({ intent: z.literal("draft_report") }),
]);
export type HazardForm = z.output<typeof HazardFormSchema>;
