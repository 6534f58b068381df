// The organisation's working calendar: Organization.workingWeekdays (bit mask Mon=1 … Sun=64),
// followsPublicHolidays and calendarOverridesJson ({workingDays, restDays}) mapped onto the
// contracts' WorkingCalendarOverrides, plus the settings service that edits the enterprise's own
// production days (extra working / rest days).
import {
  LocalDateSchema,
  WorkingCalendarOverridesSchema,
  type CalendarSettings,
  type CalendarSettingsSchema,
  type WorkingCalendarOverrides,
} from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { z } from "zod";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { memoRead } from "../read-memo.ts";
import { closedPeriods } from "../periods/closed.ts";

export interface OrgCalendarColumns {
  workingWeekdays: number;
  followsPublicHolidays: boolean;
  calendarOverridesJson: string;
}

const StoredOverrides = z.object({
  workingDays: z.array(LocalDateSchema).catch([]),
  restDays: z.array(LocalDateSchema).catch([]),
  history: WorkingCalendarOverridesSchema.shape.history.unwrap().catch([]).default([]),
});
type Stored = z.output<typeof StoredOverrides>;

export function parseStoredOverrides(json: string): Stored {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    raw = {};
  }
  const parsed = StoredOverrides.safeParse(raw);
  return parsed.success ? parsed.data : { workingDays: [], restDays: [], history: [] };
}

/** ISO weekdays (1 = Monday … 7 = Sunday) of a Mon=1 … Sun=64 bit mask. */
export function weekdaysOfMask(mask: number): number[] {
  return [1, 2, 3, 4, 5, 6, 7].filter((day) => (mask & (1 << (day - 1))) !== 0);
}

export function calendarOf(org: OrgCalendarColumns): WorkingCalendarOverrides {
  const stored = parseStoredOverrides(org.calendarOverridesJson);
  return {
    weekdays: weekdaysOfMask(org.workingWeekdays),
    observeStatutoryHolidays: org.followsPublicHolidays,
    extraWorkingDays: stored.workingDays,
    extraRestDays: stored.restDays,
    history: stored.history,
  };
}

export async function loadCalendar(
  db: Pick<Db, "organization">,
  organizationId: string,
): Promise<WorkingCalendarOverrides> {
  return memoRead(`calendar:${organizationId}`, async () => {
    const org = await db.organization.findUnique({
      where: { id: organizationId },
      select: { workingWeekdays: true, followsPublicHolidays: true, calendarOverridesJson: true },
    });
    if (!org) throw new AppError("ORG_NOT_FOUND");
    return calendarOf(org);
  });
}

export { CalendarSettingsSchema, type CalendarSettings } from "@anzhi/contracts";

export async function getCalendarSettings(db: Db, organizationId: string): Promise<CalendarSettings> {
  const cal = await loadCalendar(db, organizationId);
  return {
    weekdays: cal.weekdays ?? [1, 2, 3, 4, 5],
    followsPublicHolidays: cal.observeStatutoryHolidays ?? true,
    workingDays: cal.extraWorkingDays ?? [],
    restDays: cal.extraRestDays ?? [],
  };
}

/**
 * Replaces the enterprise's calendar settings (director / principal / admin; checked by the
 * caller). History is closed (periods/calendar-history.ts): an own working/rest day of a closed
 * period cannot be added or removed here (the principal amends it with a reason), and a new weekly
 * pattern applies from the first open day, the old one staying in `history` for the days before.
 */
export async function updateCalendarSettings(
  db: Db,
  organizationId: string,
  s: z.output<typeof CalendarSettingsSchema>,
  actor: Actor,
  now: Date,
): Promise<CalendarSettings> {
  const mask = [...new Set(s.weekdays)].reduce((m, d) => m | (1 << (d - 1)), 0);
  const settings: CalendarSettings = {
    ...s,
    weekdays: weekdaysOfMask(mask),
    workingDays: [...new Set(s.workingDays)].sort(),
    restDays: [...new Set(s.restDays)].sort(),
  };
  await db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({
      where: { id: organizationId },
      select: { workingWeekdays: true, followsPublicHolidays: true, calendarOverridesJson: true },
    });
    if (!org) throw new AppError("ORG_NOT_FOUND");
    const stored = parseStoredOverrides(org.calendarOverridesJson);
    const closed = await closedPeriods(tx, organizationId, now);
    const changedClosed = (field: "workingDays" | "restDays") => {
      const before = new Set(stored[field]);
      const after = new Set(settings[field]);
      const changed = [...before].filter((d) => !after.has(d)).concat([...after].filter((d) => !before.has(d)));
      return changed.some(closed.isClosed);
    };
    const issues = (["workingDays", "restDays"] as const)
      .filter(changedClosed)
      .map((path) => ({ path, message: "calendar.day_closed" }));
    if (issues.length > 0) throw new AppError("VALIDATION_FAILED", { issues });
    const patternChanged = org.workingWeekdays !== mask || org.followsPublicHolidays !== settings.followsPublicHolidays;
    const history =
      patternChanged && stored.history.at(-1)?.until !== closed.firstOpenDay
        ? [
            ...stored.history.filter((h) => h.until < closed.firstOpenDay),
            {
              until: closed.firstOpenDay,
              weekdays: weekdaysOfMask(org.workingWeekdays),
              observeStatutoryHolidays: org.followsPublicHolidays,
            },
          ]
        : stored.history;
    await tx.organization.update({
      where: { id: organizationId },
      data: {
        workingWeekdays: mask,
        followsPublicHolidays: settings.followsPublicHolidays,
        calendarOverridesJson: JSON.stringify({
          workingDays: settings.workingDays,
          restDays: settings.restDays,
          history,
        }),
      },
    });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "calendar.update",
      entityType: "organization",
      entityId: organizationId,
      data: {
        from: {
          weekdays: weekdaysOfMask(org.workingWeekdays),
          followsPublicHolidays: org.followsPublicHolidays,
          workingDays: stored.workingDays,
          restDays: stored.restDays,
        },
        to: settings,
        ...(patternChanged ? { patternFrom: closed.firstOpenDay } : {}),
      },
    });
  });
  return settings;
}
