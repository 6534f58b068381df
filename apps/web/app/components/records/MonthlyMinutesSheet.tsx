// 《每月质量安全调度会议纪要》 in its statutory layout: header, attendees, the month's review, the
// director's report and other sections, decisions (with the ledger task each became), next
// month's plan, signature lines and amendments. Shared by the enterprise and the regulator portal.
import { useTranslation } from "react-i18next";
import { Amendments, ContentHash, SignatureLine } from "../routines/Signature.tsx";
import { HazardNo } from "./HazardNo.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import type { AmendmentRow, HazardHref } from "./types.ts";

/** The narrative sections of the minutes, in their statutory order (also the amendable fields). */
export const MONTHLY_FIELDS = [
  "directorReport",
  "mainProblems",
  "rectificationProgress",
  "unresolvedIssues",
  "schedulingMatters",
  "otherMatters",
  "nextMonthPlan",
] as const;
export type MonthlyField = (typeof MONTHLY_FIELDS)[number];

export function useMonthlyLabels(): Record<MonthlyField, string> {
  const { t } = useTranslation();
  return {
    directorReport: t("routines.monthly.directorReport"),
    mainProblems: t("routines.monthly.mainProblems"),
    rectificationProgress: t("routines.monthly.rectificationProgress"),
    unresolvedIssues: t("routines.monthly.unresolvedIssues"),
    schedulingMatters: t("routines.monthly.schedulingMatters"),
    otherMatters: t("routines.monthly.otherMatters"),
    nextMonthPlan: t("routines.monthly.planItems"),
  };
}

/** Monthly minutes as `routines.monthly.get` returns them, with their times formatted in the organisation's time zone. */
export type MonthlySheetData = Omit<
  RouterOutputs["routines"]["monthly"]["get"],
  "amendments" | "signedAt" | "meetingAt"
> & {
  /** meetingAt / signedAt formatted in the organisation's time zone */
  meetingAtText: string;
  signedAtText: string;
  amendments: AmendmentRow[];
};

const count = (review: Record<string, unknown>, key: string): number =>
  typeof review[key] === "number" ? review[key] : 0;

export function MonthlyMinutesSheet({ m, hazardHref }: { m: MonthlySheetData; hazardHref?: HazardHref }) {
  const { t } = useTranslation();
  const labels = useMonthlyLabels();
  return (
    <article className="print-doc" aria-labelledby="doc-title" data-testid="print-doc">
      <h1 id="doc-title">{t("routines.monthly.docTitle")}</h1>
      <p className="doc-meta">
        <span>
          {t("routines.daily.enterprise")}：{m.organizationName}
        </span>
        <span>
          {t("routines.monthly.month")}：{m.month}
        </span>
        <span>
          {t("routines.monthly.meetingAt")}：{m.meetingAtText}
        </span>
        <span>
          {t("routines.monthly.place")}：{m.place}
        </span>
        <span>
          {t("routines.monthly.chair")}：{m.chairName}
        </span>
        <span>
          {t("routines.monthly.recorder")}：{m.recorderName}
        </span>
        {m.late ? <strong className="badge badge-warn">{t("routines.common.late")}</strong> : null}
        {m.status === "amended" ? <strong className="badge">{t("routines.common.amended")}</strong> : null}
      </p>
      <p className="doc-section-title">{t("routines.monthly.attendees")}</p>
      <p className="doc-section">{m.attendees.map((a) => a.name).join(t("app.listSep"))}</p>
      <p className="doc-section-title">{t("routines.monthly.review")}</p>
      <p className="doc-section">
        {t("routines.monthly.dailyRecords")} {count(m.review, "dailyRecords")} · {t("routines.monthly.zeroRiskDays")}{" "}
        {count(m.review, "zeroRiskDays")} · {t("routines.weekly.hazardsOpened")} {count(m.review, "hazardsOpened")} ·{" "}
        {t("routines.weekly.hazardsClosed")} {count(m.review, "hazardsClosed")} · {t("routines.weekly.hazardsOverdue")}{" "}
        {count(m.review, "overdue")}
      </p>
      {MONTHLY_FIELDS.filter((f) => f !== "nextMonthPlan").map((f) =>
        m[f] ? (
          <div key={f}>
            <p className="doc-section-title">{labels[f]}</p>
            <p className="doc-section">{m[f]}</p>
          </div>
        ) : null,
      )}
      <p className="doc-section-title">{t("routines.monthly.decisions")}</p>
      <ol className="doc-section" data-testid="decisions">
        {m.decisions.map((d) => (
          <li key={d.seq}>
            {d.content}
            {d.ownerName ? `（${d.ownerName}，${d.dueDate ?? ""}）` : ""}
            {d.hazard ? (
              <>
                {" "}
                <HazardNo id={d.hazard.id} hazardHref={hazardHref}>
                  {t("routines.monthly.task", { no: d.hazard.hazardNo })}
                </HazardNo>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="doc-section-title">{t("routines.monthly.planItems")}</p>
      <ol className="doc-section">
        {m.planItems.map((p) => (
          <li key={p.seq}>
            {p.content}（{p.forMonth}）
          </li>
        ))}
      </ol>
      <div className="sig-lines">
        <SignatureLine
          label={t("routines.monthly.principalSign")}
          name={m.signedByName}
          at={m.signedAtText}
          signatures={m.signatures}
        />
        <SignatureLine label={t("routines.monthly.recorder")} name={m.recorderName} at="" />
      </div>
      <ContentHash hash={m.contentHash} />
      <Amendments rows={m.amendments} format={(at) => at} />
    </article>
  );
}
