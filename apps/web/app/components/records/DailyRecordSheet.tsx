// 《每日质量安全检查记录》 in its statutory layout: header, the checked items, the day's findings
// and measures, signature lines and amendments. Used by the enterprise's record page and the
// regulator portal alike; actions (print, amend) stay with the page.
import { useTranslation } from "react-i18next";
import type { KeyIn } from "../../i18n/index.ts";
import { Amendments, ContentHash, SignatureLine } from "../routines/Signature.tsx";
import { HazardNo } from "./HazardNo.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import type { AmendmentRow, HazardHref } from "./types.ts";
import { PhotoStrip, type PhotoHref } from "../photos/PhotoStrip.tsx";

/** A daily record as `routines.daily.get` returns it, with its times formatted in the organisation's time zone. */
export type DailySheetData = Omit<
  RouterOutputs["routines"]["daily"]["get"],
  "amendments" | "signedAt" | "reviewedAt" | "reportedAt"
> & {
  /** reportedAt (when the problems were reported) formatted likewise, "" when none */
  reportedAtText: string;
  /** signedAt formatted in the organisation's time zone */
  signedAtText: string;
  /** reviewedAt (质量安全总监（阅）) formatted likewise, "" while unread */
  reviewedAtText: string;
  amendments: AmendmentRow[];
};

export function DailyRecordSheet({
  run,
  hazardHref,
  photos,
}: {
  run: DailySheetData;
  hazardHref?: HazardHref;
  /** Where the photos are read from, and the zone their stamps are shown in; without it, a count. */
  photos?: { href: PhotoHref; timeZone: string };
}) {
  const { t } = useTranslation();
  return (
    <article className="print-doc" aria-labelledby="doc-title" data-testid="print-doc">
      <h1 id="doc-title">{t("routines.daily.docTitle")}</h1>
      <p className="doc-meta">
        <span>
          {t("routines.daily.enterprise")}：{run.organizationName}
        </span>
        <span>
          {t("routines.daily.site")}：{run.siteName}
        </span>
        <span>
          {t("routines.daily.checkDate")}：{run.checkDate}
        </span>
        <span>
          {t("routines.daily.listVersion")}：V{run.listVersion}
        </span>
        {run.late ? <strong className="badge badge-warn">{t("routines.common.late")}</strong> : null}
        {run.status === "amended" ? <strong className="badge">{t("routines.common.amended")}</strong> : null}
      </p>
      {run.operatingStatus === "not_operating" ? (
        <p className="doc-section">{t("routines.daily.notOperating", { reason: run.notOperatingReason ?? "" })}</p>
      ) : (
        <div className="table-wrap">
          <table className="routine-table">
            <thead>
              <tr>
                <th scope="col">{t("routines.daily.seq")}</th>
                <th scope="col">{t("routines.daily.riskPoint")}</th>
                <th scope="col">{t("routines.daily.measure")}</th>
                <th scope="col">{t("routines.daily.checkResult")}</th>
                <th scope="col">{t("routines.daily.situation")}</th>
              </tr>
            </thead>
            <tbody>
              {run.entries.map((e) => (
                <tr key={e.id}>
                  <td>{e.seq}</td>
                  <td>
                    {e.riskPoint}
                    {e.batchLabel ? (
                      <>
                        <br />
                        <small data-testid="entry-batch">
                          {t("routines.today.batch")}：{e.batchLabel}
                        </small>
                      </>
                    ) : null}
                  </td>
                  <td>{e.controlMeasure}</td>
                  <td>{t(`routines.result.${e.result as KeyIn<"routines.result">}`)}</td>
                  <td>
                    {[e.note, e.naReason, e.immediateAction].filter(Boolean).join("；")}
                    {e.hazard ? (
                      <>
                        {" "}
                        <HazardNo id={e.hazard.id} hazardHref={hazardHref}>
                          {t("routines.daily.hazard")} {e.hazard.hazardNo}
                        </HazardNo>
                      </>
                    ) : null}
                    {photos ? (
                      <PhotoStrip photos={e.photos} href={photos.href} timeZone={photos.timeZone} />
                    ) : e.photos.length > 0 ? (
                      ` · ${t("routines.today.photoCount", { count: e.photos.length })}`
                    ) : (
                      ""
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {run.operatingStatus === "operating" ? (
        run.zeroRisk ? (
          <p className="doc-section">{t("routines.daily.zeroRiskStatement")}</p>
        ) : (
          <>
            <p className="doc-section-title">{t("routines.daily.hazardSummary")}</p>
            <p className="doc-section">{run.hazardSummary}</p>
            <p className="doc-section-title">{t("routines.daily.measuresTaken")}</p>
            <p className="doc-section">
              {run.measuresTaken}
              {run.reportedTo
                ? `（${t("routines.today.reportedTo")}：${run.reportedToName ? `${run.reportedToName}，` : ""}${t(`routines.reportedTo.${run.reportedTo as KeyIn<"routines.reportedTo">}`)}${run.reportedAtText ? `；${t("routines.today.reportedAt")}：${run.reportedAtText}` : ""}）`
                : ""}
            </p>
          </>
        )
      ) : null}
      {run.remarks ? (
        <p className="doc-section">
          {t("routines.today.remarks")}：{run.remarks}
        </p>
      ) : null}
      <div className="sig-lines">
        <SignatureLine
          label={t("routines.daily.officerSign")}
          name={run.signedByName}
          at={run.signedAtText}
          signatures={run.signatures}
        />
        <SignatureLine label={t("routines.daily.reviewerSign")} name={run.reviewedByName} at={run.reviewedAtText} />
      </div>
      <ContentHash hash={run.contentHash} />
      <Amendments rows={run.amendments} format={(at) => at} />
    </article>
  );
}
