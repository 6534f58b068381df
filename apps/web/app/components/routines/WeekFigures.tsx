// The week's figures compiled by the server: daily checks per officer, problems with their
// hazards, hazards opened/closed/overdue and ERP inspection failures.
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../lib/api-types.ts";

type WeekPrefill = RouterOutputs["routines"]["weekly"]["prefill"];

/** The week's figures as `routines.weekly.prefill` compiles them (a filed report keeps officers and stats). */
export type Figures = Pick<WeekPrefill, "officers" | "stats" | "problems"> &
  Partial<Pick<WeekPrefill, "inspectionFailures">>;

export function WeekFigures({ figures }: { figures: Figures }) {
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
      <h3>{t("routines.weekly.problems")}</h3>
      {figures.problems.length === 0 ? <p className="muted">{t("routines.common.none")}</p> : null}
      <ul data-testid="week-problems">
        {figures.problems.map((p, i) => (
          <li key={i}>
            {p.date} {p.officerName}：{p.riskPoint} — {p.note}
            {p.hazardNo && p.hazardId ? (
              <>
                {" "}
                <a href={`/app/hazards/${p.hazardId}`}>{p.hazardNo}</a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {figures.inspectionFailures && figures.inspectionFailures.length > 0 ? (
        <ul>
          {figures.inspectionFailures.map((f) => (
            <li key={f.id}>
              {f.inspectionDate} {f.itemName} {f.batchNo}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
