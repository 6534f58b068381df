// 重大质量安全风险报告: the six sections every report states (docs/decisions/024) and the check
// that none is missing, empty or still holds the draft's placeholder — run before a report is
// submitted, and by the page to mark what is left.

/** The section numerals, in order: 企业, 产品, 风险隐患, 已采取的控制措施, 整改措施及计划, 影响评估. */
export const MAJOR_REPORT_SECTIONS = ["一", "二", "三", "四", "五", "六"] as const;
export type MajorReportSection = (typeof MAJOR_REPORT_SECTIONS)[number];

/** What a pre-filled draft writes where it knows nothing; never accepted in a submitted report. */
export const MAJOR_REPORT_PLACEHOLDER = "（请填写）";

const PLACEHOLDER_RE = /[（(]\s*请填写\s*[)）]/;

/**
 * The sections still to write: missing (no line starting "五、"), empty after the heading's "：",
 * or holding "（请填写）". A placeholder anywhere else counts against the section it is in.
 */
export function majorReportGaps(content: string): MajorReportSection[] {
  const lines = content.split(/\r?\n/);
  const starts = MAJOR_REPORT_SECTIONS.map((n) => lines.findIndex((l) => l.trimStart().startsWith(`${n}、`)));
  const gaps: MajorReportSection[] = [];
  MAJOR_REPORT_SECTIONS.forEach((n, i) => {
    const start = starts[i] ?? -1;
    if (start < 0) {
      gaps.push(n);
      return;
    }
    const later = starts.filter((s) => s > start);
    const end = later.length > 0 ? Math.min(...later) : lines.length;
    const [head = "", ...rest] = lines.slice(start, end);
    const colon = head.search(/[：:]/);
    const text = [colon >= 0 ? head.slice(colon + 1) : "", ...rest].join("\n");
    if (text.trim() === "" || PLACEHOLDER_RE.test(text)) gaps.push(n);
  });
  // A placeholder before the first section.
  const first = Math.min(...starts.filter((s) => s >= 0), lines.length);
  if (lines.slice(0, first).some((l) => PLACEHOLDER_RE.test(l)) && !gaps.includes("一")) gaps.unshift("一");
  return gaps;
}
