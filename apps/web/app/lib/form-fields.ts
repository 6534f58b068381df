// Building blocks of the route form schemas (`routes/*.form.ts`): how a posted field reads before
// the contracts schema judges it. Browser-safe (zod and @anzhi/contracts only).
import { z } from "zod";
import { localInstant } from "@anzhi/contracts";

/** A text field as posted: absent when blank (Conform), otherwise the string. */
export const posted = z.string().optional();

/** Boxes of one name, each a value (none ticked posts nothing). */
export const ticked = z.array(z.string()).default([]);

const LOCAL_MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * A `datetime-local` field ("2026-11-27T15:00", the enterprise's wall clock) as the instant in the
 * organisation's zone; anything else is passed on for the contracts schema to refuse.
 */
export function instantOfLocalMinute(value: string | undefined, timeZone: string): string | undefined {
  return value !== undefined && LOCAL_MINUTE.test(value) ? localInstant(value, timeZone).toISOString() : value;
}
