// 《每周质量安全排查治理报告》 in its statutory layout: header, participants, the week's figures,
// the linked hazards, the director's sections, the rating, signature lines and amendments.
// Shared by the enterprise's report page and the regulator portal.
import { useTranslation } from "react-i18next";
import type { KeyIn } from "../../i18n/index.ts";
import { Amendments, ContentHash, SignatureLine } from "../routines/Signature.tsx";
import { WeekFigures } from "../routines/WeekFigures.tsx";
import { HazardNo } from "./HazardNo.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import type { AmendmentRow, HazardHref } from "./types.ts";

/** The director's sections, in their statutory order (also the amendable fields). */
export const WEEKLY_FIELDS = [
  "lastWeekFollowUp",
  "hazardsSummary",
  "noHazardStatement",
  "assessment",
  "measures",
  "nextWeekFocus",
] as const;
export type WeeklyField = (typeof WEEKLY_FIELDS)[number];

export function useWeeklyLabels(): Record<WeeklyField, string> {
  const { t } = useTranslation();
  return {
    lastWeekFollowUp: t("routines.weekly.lastWeekFollowUp"),
    hazardsSummary: t("routines.weekly.problems"),
    noHazardStatement: t("routines.weekly.noHazardStatement"),
    assessment: t("routines.weekly.assessment"),
    measures: t("routines.weekly.measures"),
    nextWeekFocus: t("routines.weekly.nextWeekFocus"),
  };
}

/** A weekly report as `routines.weekly.get` returns it, with its times formatted in the organisation's time zone. */
export type WeeklySheetData = Omit<RouterOutputs["routines"]["weekly"]["get"], "amendments" | "signedAt" | "ackAt"> & {
  /** signedAt formatted in the organisation's time zone */
  signedAtText: string;
  /** ackAt (主要负责人（阅）) formatted likewise, "" while unread */
  ackAtText: string;
  amendments: AmendmentRow[];
};

export function WeeklyReportSheet({ r, hazardHref }: { r: WeeklySheetData; hazardHref?: HazardHref }) {
  const { t } = useTranslation();
  const labels = useWeeklyLabels();
  return (
    <article className="print-doc" aria-labelledby="doc-title" data-testid="print-doc">
      <h1 id="doc-title">{t("routines.weekly.docTitle")}</h1>
      <p className="doc-meta">
        <span>
          {t("routines.daily.enterprise")}：{r.organizationName}
        </span>
        <span>
          {t("routines.weekly.week")}：{r.week}（{r.start} ~ {r.end}）
        </span>
        <span>
          {t("routines.weekly.screeningDate")}：{r.screeningDate}
        </span>
        {r.late ? <strong className="badge badge-warn">{t("routines.common.late")}</strong> : null}
        {r.status === "amended" ? <strong className="badge">{t("routines.common.amended")}</strong> : null}
      </p>
      <p className="doc-section-title">{t("routines.weekly.participants")}</p>
      <p className="doc-section">{r.participants.map((p) => p.name).join(t("app.listSep"))}</p>
      <WeekFigures figures={{ officers: r.stats.officers ?? [], stats: r.stats, problems: [] }} showFindings={false} />
      {WEEKLY_FIELDS.map((f) => {
        // One findings section (docs/decisions/024): the signed findings with their hazards; the
        // no-finding statement only when there were none.
        if (f === "hazardsSummary") {
          const linked = (r.stats.findings ?? []).flatMap((x) =>
            x.hazardId && x.hazardNo ? [{ id: x.hazardId, hazardNo: x.hazardNo, title: x.text }] : [],
          );
          const hazards = r.stats.findings ? linked : r.hazards;
          return (
            <div key={f} data-testid="weekly-findings">
              <p className="doc-section-title">{labels.hazardsSummary}</p>
              {r.hazardsSummary ? <p className="doc-section">{r.hazardsSummary}</p> : null}
              {hazards.length > 0 ? (
                <p>
                  {hazards.map((h) => (
                    <HazardNo key={h.id} id={h.id} hazardHref={hazardHref}>
                      {h.hazardNo} {h.title}{" "}
                    </HazardNo>
                  ))}
                </p>
              ) : null}
              {!r.hazardsSummary && hazards.length === 0 ? (
                <p className="doc-section">{r.noHazardStatement ?? t("routines.common.none")}</p>
              ) : null}
            </div>
          );
        }
        if (f === "noHazardStatement") return null;
        return r[f] ? (
          <div key={f}>
            <p className="doc-section-title">{labels[f]}</p>
            <p className="doc-section">{r[f]}</p>
          </div>
        ) : null;
      })}
      {r.overallRating ? (
        <p>
          {t("routines.weekly.rating")}：
          {t(`routines.weekly.ratings.${r.overallRating as KeyIn<"routines.weekly.ratings">}`)}
        </p>
      ) : null}
      <div className="sig-lines">
        <SignatureLine
          label={t(r.signedAsRole === "principal" ? "routines.weekly.principalSign" : "routines.weekly.directorSign")}
          name={r.signedByName}
          at={r.signedAtText}
          signatures={r.signatures}
        />
        <SignatureLine label={t("routines.weekly.principalAck")} name={r.ackByName} at={r.ackAtText} />
      </div>
      <ContentHash hash={r.contentHash} />
      {r.signedAsRole === "principal" ? (
        <p className="doc-section" data-testid="principal-signed-note">
          {t("routines.weekly.principalSignedNote")}
        </p>
      ) : null}
      <Amendments rows={r.amendments} format={(at) => at} />
    </article>
  );
}
