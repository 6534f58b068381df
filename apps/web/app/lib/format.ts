// The one date format of the web app, in both languages (docs/decisions/037): a day is
// "2026-12-02", an instant "2026-12-02 09:05" in the zone it is read in — the form the statutory
// records, their print views and the XLSX exports use, and the one no reader takes for a
// day-month swap. Shared by server and browser code; every page formats dates through it.

/** The regulators' portal reads every enterprise in China time. */
export const CHINA_TIME = "Asia/Shanghai";

function parts(value: string | Date, timeZone: string): (type: string) => string {
  const d = typeof value === "string" ? new Date(value) : value;
  const list = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(d);
  return (type) => list.find((p) => p.type === type)?.value ?? "";
}

/** "2026-11-27 09:05" in `timeZone`; "" for no value. */
export function formatInstant(value: string | Date | null | undefined, timeZone: string): string {
  if (!value) return "";
  const get = parts(value, timeZone);
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}

/** "2026-11-27", the day of an instant in `timeZone`; "" for no value. */
export function formatDay(value: string | Date | null | undefined, timeZone: string): string {
  if (!value) return "";
  const get = parts(value, timeZone);
  return `${get("year")}-${get("month")}-${get("day")}`;
}
