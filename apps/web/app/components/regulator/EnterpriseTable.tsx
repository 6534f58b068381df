// The granted enterprises with their risk indicators in one layout: a dense table on a desktop
// whose column headers sort (links, so it works without JavaScript; aria-sort on the active one),
// and the same rows as cards on a phone (CSS only, each cell labelled). An indicator whose ledger
// is not granted reads "not granted"; values that call for attention are marked (colour plus the
// number itself).
import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../lib/api-types.ts";

type EnterprisePage = RouterOutputs["regulator"]["enterprises"];
/** A granted enterprise with its indicators, as the portal lists it. */
export type EnterpriseSummary = EnterprisePage["enterprises"][number];
type SortKey = EnterprisePage["sortKeys"][number];
type Indicators = EnterpriseSummary["indicators"];

const num = (v: number | null) => (v === null ? null : String(v));

/** Each column: its sort key, the cell's text (null: not granted) and whether it calls for attention. */
function useColumns() {
  const { t } = useTranslation();
  return [
    {
      key: "dailyCompletion",
      testId: "ind-daily",
      value: (i: Indicators) =>
        i.daily === null ? null : i.daily.rate === null ? t("regulator.ind.noneDue") : `${i.daily.rate}%`,
      detail: (i: Indicators) =>
        i.daily === null
          ? null
          : t("regulator.ind.dailyCounts", { due: i.daily.due, missed: i.daily.missed, late: i.daily.late }),
      bad: (i: Indicators) => (i.daily?.rate ?? 100) < 90 || (i.daily?.missed ?? 0) > 0,
    },
    {
      key: "weeklyMissing",
      testId: "ind-weekly",
      value: (i: Indicators) => num(i.weeklyMissing),
      bad: (i: Indicators) => (i.weeklyMissing ?? 0) > 0,
    },
    {
      key: "monthlyMissing",
      testId: "ind-monthly",
      value: (i: Indicators) => num(i.monthlyMissing),
      bad: (i: Indicators) => (i.monthlyMissing ?? 0) > 0,
    },
    {
      key: "openHazards",
      testId: "ind-open",
      value: (i: Indicators) =>
        i.openHazards ? `${i.openHazards.general} / ${i.openHazards.significant} / ${i.openHazards.major}` : null,
      bad: (i: Indicators) => (i.openHazards?.major ?? 0) > 0,
    },
    {
      key: "overdueHazards",
      testId: "ind-overdue",
      value: (i: Indicators) => num(i.overdueHazards),
      bad: (i: Indicators) => (i.overdueHazards ?? 0) > 0,
    },
    {
      key: "majorHazards",
      testId: "ind-major",
      value: (i: Indicators) => num(i.majorHazards),
      bad: (i: Indicators) => (i.majorHazards ?? 0) > 0,
    },
    {
      key: "certificates",
      testId: "ind-certs",
      value: (i: Indicators) =>
        i.certificatesExpired === null ? null : `${i.certificatesExpired} / ${i.certificatesExpiring ?? 0}`,
      bad: (i: Indicators) => (i.certificatesExpired ?? 0) + (i.certificatesExpiring ?? 0) > 0,
    },
    {
      key: "failedSamplings",
      testId: "ind-sampling",
      value: (i: Indicators) =>
        i.failedSamplings2y === null
          ? null
          : i.samplingTrigger
            ? `${i.failedSamplings2y} · ${t("regulator.ind.samplingTrigger")}`
            : String(i.failedSamplings2y),
      bad: (i: Indicators) => i.samplingTrigger === true,
    },
    {
      key: "majorReports",
      testId: "ind-reports",
      value: (i: Indicators) => String(i.majorReportsOpen),
      bad: (i: Indicators) => i.majorReportsOpen > 0,
    },
  ] as const satisfies ReadonlyArray<{
    key: Exclude<SortKey, "name">;
    testId: string;
    value: (i: Indicators) => string | null;
    detail?: (i: Indicators) => string | null;
    bad: (i: Indicators) => boolean;
  }>;
}

export function EnterpriseTable({ enterprises, sort }: { enterprises: EnterpriseSummary[]; sort: SortKey }) {
  const { t } = useTranslation();
  const location = useLocation();
  const sortHref = (key: SortKey) => {
    const params = new URLSearchParams(location.search);
    params.delete("page");
    if (key === "name") params.delete("sort");
    else params.set("sort", key);
    const query = params.toString();
    return query ? `?${query}` : "?";
  };
  const cols = useColumns();
  // Names sort A→Z; an indicator sorts worst first.
  const ariaSort = (key: SortKey) => (sort === key ? (key === "name" ? "ascending" : "descending") : undefined);
  const header = (key: SortKey, label: string, title: string) => (
    <th key={key} scope="col" aria-sort={ariaSort(key)} title={title}>
      <Link to={sortHref(key)} aria-current={sort === key ? "true" : undefined}>
        {label}
        {sort === key ? <span aria-hidden="true">{key === "name" ? " ▲" : " ▼"}</span> : null}
      </Link>
    </th>
  );
  return (
    <div className="reg-list-wrap" role="region" aria-label={t("regulator.list.title")} tabIndex={0}>
      <table className="reg-list" data-testid="enterprise-list">
        <caption className="visually-hidden">{t("regulator.list.title")}</caption>
        <thead>
          <tr>
            {header("name", t("regulator.list.enterprise"), t("regulator.sortBy.name"))}
            {cols.map((c) => header(c.key, t(`regulator.listCol.${c.key}`), t(`regulator.ind.${c.key}`)))}
            <th scope="col" className="visually-hidden">
              {t("regulator.list.open")}
            </th>
          </tr>
        </thead>
        <tbody>
          {enterprises.map((e) => (
            <tr key={e.id} data-testid="enterprise-row">
              <th scope="row" className="reg-list-name">
                <span>{e.name}</span>
                <span className="muted">{e.uscc}</span>
              </th>
              {cols.map((c) => {
                const value = c.value(e.indicators);
                const detail = "detail" in c ? c.detail(e.indicators) : null;
                return (
                  <td
                    key={c.key}
                    data-label={t(`regulator.ind.${c.key}`)}
                    className={value === null ? "reg-na" : c.bad(e.indicators) ? "reg-bad" : undefined}
                  >
                    <span data-testid={c.testId}>{value ?? t("regulator.ind.notGranted")}</span>
                    {detail ? (
                      <span className="reg-list-detail" data-testid={`${c.testId}-counts`}>
                        {detail}
                      </span>
                    ) : null}
                  </td>
                );
              })}
              <td className="reg-list-open">
                <Link to={`/regulator/enterprises/${e.id}`} aria-label={`${t("regulator.list.open")} ${e.name}`}>
                  {t("regulator.list.open")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
