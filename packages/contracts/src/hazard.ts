// Hazard lifecycle as a pure state machine:
//   open → rectifying → awaiting_verification → closed (销号)
//                 ↑______ verify_fail ______|
// Nothing leaves `closed`. The person who rectified (= submitted for verification) may not
// verify: 整改与验证分离.
import type { HazardStatus } from "./enums";
import type { ErrorCode } from "./errors";
import { compareLocalDate } from "./periods";
import type { HazardAction, HazardActionType } from "./schemas/hazard";

export interface HazardState {
  status: HazardStatus;
  /** Who submitted the current rectification for verification; null before that. */
  rectifiedByUserId?: string | null;
}

export interface TransitionContext {
  actorUserId: string;
  /** For callers whose state does not carry the rectifier; the state's value wins if both exist. */
  rectifiedByUserId?: string | null;
}

export interface HazardNextState {
  status: HazardStatus;
  rectifiedByUserId: string | null;
  /** Set when the hazard is closed. */
  verifiedByUserId: string | null;
}

/** What to append to the hazard's history. */
export interface HazardEvent {
  type: HazardActionType;
  actorUserId: string;
  from: HazardStatus;
  to: HazardStatus;
  /** Rectification note, verification note or failure reason. */
  text: string | null;
  evidenceFileIds: string[];
}

export type HazardTransitionErrorCode = Extract<
  ErrorCode,
  | "HAZARD_TRANSITION_FORBIDDEN"
  | "HAZARD_VERIFIER_IS_RECTIFIER"
  | "HAZARD_RECTIFICATION_NOTE_REQUIRED"
  | "HAZARD_FAIL_REASON_REQUIRED"
>;

export type TransitionResult =
  { ok: true; next: HazardNextState; event: HazardEvent } | { ok: false; code: HazardTransitionErrorCode };

/** The only allowed edges. */
export const HAZARD_TRANSITIONS: Readonly<Record<HazardActionType, { from: HazardStatus; to: HazardStatus }>> = {
  start_rectification: { from: "open", to: "rectifying" },
  submit_for_verification: { from: "rectifying", to: "awaiting_verification" },
  verify_pass: { from: "awaiting_verification", to: "closed" },
  verify_fail: { from: "awaiting_verification", to: "rectifying" },
};

/** Actions a UI may offer in `status` (before the actor check). */
export function allowedActions(status: HazardStatus): HazardActionType[] {
  return (Object.keys(HAZARD_TRANSITIONS) as HazardActionType[]).filter(
    (type) => HAZARD_TRANSITIONS[type].from === status,
  );
}

export function transition(state: HazardState, action: HazardAction, ctx: TransitionContext): TransitionResult {
  const edge = HAZARD_TRANSITIONS[action.type];
  if (edge.from !== state.status) return { ok: false, code: "HAZARD_TRANSITION_FORBIDDEN" };
  const rectifier = state.rectifiedByUserId ?? ctx.rectifiedByUserId ?? null;
  const base = { type: action.type, actorUserId: ctx.actorUserId, from: edge.from, to: edge.to };

  switch (action.type) {
    case "start_rectification":
      return {
        ok: true,
        next: { status: edge.to, rectifiedByUserId: null, verifiedByUserId: null },
        event: { ...base, text: blankToNull(action.note), evidenceFileIds: [] },
      };
    case "submit_for_verification": {
      const note = blankToNull(action.rectificationNote);
      if (note === null) return { ok: false, code: "HAZARD_RECTIFICATION_NOTE_REQUIRED" };
      return {
        ok: true,
        next: { status: edge.to, rectifiedByUserId: ctx.actorUserId, verifiedByUserId: null },
        event: { ...base, text: note, evidenceFileIds: action.evidenceFileIds ?? [] },
      };
    }
    case "verify_pass":
    case "verify_fail": {
      // An unknown rectifier fails closed: independence cannot be shown.
      if (rectifier === null || rectifier === ctx.actorUserId) {
        return { ok: false, code: "HAZARD_VERIFIER_IS_RECTIFIER" };
      }
      if (action.type === "verify_pass") {
        return {
          ok: true,
          next: { status: edge.to, rectifiedByUserId: rectifier, verifiedByUserId: ctx.actorUserId },
          event: { ...base, text: blankToNull(action.note), evidenceFileIds: [] },
        };
      }
      const reason = blankToNull(action.reason);
      if (reason === null) return { ok: false, code: "HAZARD_FAIL_REASON_REQUIRED" };
      return {
        ok: true,
        next: { status: edge.to, rectifiedByUserId: null, verifiedByUserId: null },
        event: { ...base, text: reason, evidenceFileIds: [] },
      };
    }
  }
}

function blankToNull(text: string | undefined): string | null {
  const trimmed = text?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}

/** Not closed (销号) and the due date is before today; due today is not yet overdue. */
export function isOverdue(hazard: { status: HazardStatus; dueDate: string }, todayLocal: string): boolean {
  return hazard.status !== "closed" && compareLocalDate(hazard.dueDate, todayLocal) < 0;
}
