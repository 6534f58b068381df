// The week's figures compiled by the server: daily checks per officer, hazards opened/closed/
// overdue and ERP inspection failures, and the one findings list (every hazard opened in the week,
// whatever its source; inspection failures and daily problems that opened none) — "无" only when
// the week found nothing (docs/decisions/024).
import { useTranslation } from "react-i18next";
import type { KeyIn } from "../../i18n/index.ts";
import type { RouterOutputs } from "../../lib/api-types.ts";

type WeekPrefill = RouterOutputs["routines"]["weekly"]["prefill"];

/** The week's figures as `routines.weekly.prefill` compiles them (a filed report keeps officers and stats). */
export type Figures = Pick<WeekPrefill, "officers" | "stats" | "problems"> &
  Partial<Pick<WeekPrefill, "inspectionFailures" | "findings">>;

/** `showFindings: false` leaves the findings to the caller (the signed report prints its own section). */
export function WeekFigures({ figures, showFindings = true }: { figures: Figures; showFindings?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="stack" data-testid="week-figures">
      <h3>{t("routines.weekly.officerTable")}</h3>
      <div className="table-wrap">
        <table className="routine-table">
          <thead>
            <tr>
              <th scope="col">{t("routines.daily.officer")}</th>
              <th scope="col">{t("routines.weekly.expected")}</th>
              <th scope="col">{t("routines.weekly.checked")}</th>
              <th scope="col">{t("routines.weekly.missed")}</th>
              <th scope="col">{t("routines.weekly.late")}</th>
              <th scope="col">{t("routines.weekly.notOperating")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.officers.map((o) => (
              <tr key={o.userId}>
                <td>{o.name}</td>
                <td>{o.expected}</td>
                <td>{o.checked}</td>
                <td className={o.missed > 0 ? "status-missed" : undefined}>{o.missed}</td>
                <td>{o.late}</td>
                <td>{o.notOperating}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {t("routines.weekly.hazardsOpened")} {figures.stats.hazardsOpened} · {t("routines.weekly.hazardsClosed")}{" "}
        {figures.stats.hazardsClosed} ·{" "}
        <span className={figures.stats.hazardsOverdue > 0 ? "status-overdue" : undefined}>
          {t("routines.weekly.hazardsOverdue")} {figures.stats.hazardsOverdue}
        </span>{" "}
        · {t("routines.weekly.inspectionFailures")} {figures.stats.inspectionFailures}
      </p>
      {showFindings ? <WeekFindings findings={figures.findings ?? legacyFindings(figures)} /> : null}
    </div>
  );
}

type Finding = NonNullable<Figures["findings"]>[number];

/** Figures from before the findings list existed: the daily problems and inspection failures. */
function legacyFindings(figures: Figures): Finding[] {
  return [
    ...figures.problems.map((p) => ({
      date: p.date,
      source: "daily_check",
      text: `${p.officerName}：${p.riskPoint} — ${p.note ?? ""}`,
      hazardId: p.hazardId,
      hazardNo: p.hazardNo,
      severity: null,
    })),
    ...(figures.inspectionFailures ?? []).map((f) => ({
      date: f.inspectionDate,
      source: "erp_inspection",
      text: `${f.itemName} ${f.batchNo}`,
      hazardId: null,
      hazardNo: null,
      severity: null,
    })),
  ];
}

export function WeekFindings({
  findings,
  hazardHref = (id) => `/app/hazards/${id}`,
}: {
  findings: Finding[];
  hazardHref?: (id: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t("routines.weekly.problems")}</h3>
      {findings.length === 0 ? <p className="muted">{t("routines.common.none")}</p> : null}
      <ul data-testid="week-problems">
        {findings.map((f, i) => (
          <li key={i}>
            {f.date} {t(`hazard.sources.${f.source as KeyIn<"hazard.sources">}`, { defaultValue: f.source })}
            {f.hazardNo && f.hazardId ? (
              <>
                {" "}
                <a href={hazardHref(f.hazardId)}>{f.hazardNo}</a>
              </>
            ) : null}{" "}
            {f.text}
          </li>
        ))}
      </ul>
    </>
  );
}
