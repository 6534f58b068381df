// Date-time display for the regulator pages (China time; zh-CN or en-GB digits).
export function dateTime(d: Date | string | null | undefined, locale: string): string {
  if (!d) return "";
  return new Date(d).toLocaleString(locale === "en" ? "en-GB" : "zh-CN", {
    timeZone: "Asia/Shanghai",
    hour12: false,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });
}
