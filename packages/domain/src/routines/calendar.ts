// The organisation's working calendar: Organization.workingWeekdays (bit mask Mon=1 … Sun=64),
// followsPublicHolidays and calendarOverridesJson ({workingDays, restDays}) mapped onto the
// contracts' WorkingCalendarOverrides, plus the settings service that edits the enterprise's own
// production days (extra working / rest days).
import {
  LocalDateSchema,
  type CalendarSettings,
  type CalendarSettingsSchema,
  type WorkingCalendarOverrides,
} from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { z } from "zod";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError } from "../errors.ts";

export interface OrgCalendarColumns {
  workingWeekdays: number;
  followsPublicHolidays: boolean;
  calendarOverridesJson: string;
}

const StoredOverrides = z.object({
  workingDays: z.array(LocalDateSchema).catch([]),
  restDays: z.array(LocalDateSchema).catch([]),
});

export function parseStoredOverrides(json: string): { workingDays: string[]; restDays: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    raw = {};
  }
  const parsed = StoredOverrides.safeParse(raw);
  return parsed.success ? parsed.data : { workingDays: [], restDays: [] };
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
  };
}

export async function loadCalendar(
  db: Pick<Db, "organization">,
  organizationId: string,
): Promise<WorkingCalendarOverrides> {
  const org = await db.organization.findUnique({
    where: { id: organizationId },
    select: { workingWeekdays: true, followsPublicHolidays: true, calendarOverridesJson: true },
  });
  if (!org) throw new AppError("ORG_NOT_FOUND");
  return calendarOf(org);
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

/** Replaces the enterprise's calendar settings (director / principal / admin; checked by the caller). */
export async function updateCalendarSettings(
  db: Db,
  organizationId: string,
  s: z.output<typeof CalendarSettingsSchema>,
  actor: Actor,
): Promise<CalendarSettings> {
  const mask = [...new Set(s.weekdays)].reduce((m, d) => m | (1 << (d - 1)), 0);
  const settings: CalendarSettings = {
    ...s,
    weekdays: weekdaysOfMask(mask),
    workingDays: [...new Set(s.workingDays)].sort(),
    restDays: [...new Set(s.restDays)].sort(),
  };
  await db.$transaction(async (tx) => {
    const before = await getCalendarSettings(db, organizationId);
    await tx.organization.update({
      where: { id: organizationId },
      data: {
        workingWeekdays: mask,
        followsPublicHolidays: settings.followsPublicHolidays,
        calendarOverridesJson: JSON.stringify({ workingDays: settings.workingDays, restDays: settings.restDays }),
      },
    });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "calendar.update",
      entityType: "organization",
      entityId: organizationId,
      data: { from: before, to: settings },
    });
  });
  return settings;
}
