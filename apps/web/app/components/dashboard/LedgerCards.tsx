// Dashboard cards of the routines and the hazard ledger: today's daily records across officers,
// this week's report and this month's meeting, open hazards by severity and by age (as counts; the
// trends are charted in Trends.tsx), and overdue items.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { SeverityBadge } from "../hazards/badges.tsx";

export type DashboardOverview = RouterOutputs["dashboard"]["overview"];

export function DailyCompletionCard({ daily, workingDay }: Pick<DashboardOverview, "daily" | "workingDay">) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="dash-today" data-testid="card-daily">
      <h2 id="dash-today">{t("dashCards.todayTitle")}</h2>
      {!workingDay ? <p>{t("dashCards.notWorkingDay")}</p> : null}
      <p data-testid="daily-summary">{t("dashCards.todaySummary", { due: daily.due, submitted: daily.submitted })}</p>
      <ul className="dash-list">
        {daily.officers.map((o) => (
          <li key={o.userId}>
            <span>{o.name}</span>
            <span>
              {!o.due && !o.submitted
                ? t("dashCards.notDue")
                : o.submitted
                  ? `${t("dashCards.submitted")}${o.late ? `（${t("dashCards.late")}）` : ""}`
                  : `⚠ ${t("dashCards.notSubmitted")}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PeriodCard({ week, month, indicators }: Pick<DashboardOverview, "week" | "month" | "indicators">) {
  const { t } = useTranslation();
  const line = (label: string, p: DashboardOverview["week"]) => (
    <li className={p.status === "overdue" ? "hz-row-overdue" : undefined}>
      <span>{label}</span>
      <span>
        <strong>
          {p.status === "overdue"
            ? `⚠ ${t(`dashCards.periodStatus.${p.status}`)}`
            : t(`dashCards.periodStatus.${p.status}`)}
        </strong>
        {p.dueDate ? ` · ${t("dashCards.due", { date: p.dueDate })}` : ""}
      </span>
    </li>
  );
  return (
    <section className="card" aria-labelledby="dash-period" data-testid="card-period">
      <h2 id="dash-period">{t("dashCards.periodTitle")}</h2>
      <ul className="dash-list">
        {line(t("dashCards.weekly", { key: week.key }), week)}
        {line(t("dashCards.monthly", { key: month.key }), month)}
      </ul>
      <h3>{t("dashCards.indicatorsTitle")}</h3>
      <dl className="dash-list" data-testid="dash-indicators">
        <dt>{t("dashCards.dailyRate")}</dt>
        <dd data-testid="dash-daily-rate">
          {indicators.daily.rate === null
            ? t("dashCards.noneDue")
            : t("dashCards.dailyRateValue", {
                rate: indicators.daily.rate,
                due: indicators.daily.due,
                missed: indicators.daily.missed,
                late: indicators.daily.late,
              })}
        </dd>
        <dt>{t("dashCards.weeklyMissing")}</dt>
        <dd data-testid="dash-weekly-missing">{indicators.weekly.missing}</dd>
        <dt>{t("dashCards.monthlyMissing")}</dt>
        <dd data-testid="dash-monthly-missing">{indicators.monthly.missing}</dd>
      </dl>
    </section>
  );
}

export function OpenHazardsCard({ hazards }: Pick<DashboardOverview, "hazards">) {
  const { t } = useTranslation();
  const row = (key: string, label: ReactNode, value: number) => (
    <div key={key}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <section className="card" aria-labelledby="dash-hazards" data-testid="card-hazards">
      <h2 id="dash-hazards">
        {t("app.colon", { label: t("dashCards.hazardsTitle") })}
        <span data-testid="open-hazards">{hazards.open}</span>
      </h2>
      <h3>{t("dashCards.bySeverity")}</h3>
      <dl className="dash-counts" data-testid="hazards-by-severity">
        {(["general", "significant", "major"] as const).map((k) =>
          row(k, <SeverityBadge severity={k} />, hazards.bySeverity[k]),
        )}
      </dl>
      <h3>{t("dashCards.byAge")}</h3>
      <dl className="dash-counts" data-testid="hazards-by-age">
        {(["d0_7", "d8_30", "d31_90", "d90_plus"] as const).map((k) =>
          row(k, t(`dashCards.ages.${k}`), hazards.byAge[k]),
        )}
      </dl>
      <Link to="/app/hazards">{t("dashCards.openLedger")}</Link>
    </section>
  );
}

export function OverdueCard({
  hazards,
  proposals,
  majorReportDrafts,
}: Pick<DashboardOverview, "hazards" | "proposals" | "majorReportDrafts">) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="dash-overdue" data-testid="card-overdue">
      <h2 id="dash-overdue">{t("dashCards.overdueTitle")}</h2>
      <p data-testid="overdue-count">
        <span className={hazards.overdue > 0 ? "hz-badge hz-overdue" : undefined}>
          {hazards.overdue > 0 ? "⚠ " : ""}
          {t("dashCards.overdueCount", { count: hazards.overdue })}
        </span>
      </p>
      {hazards.overdue === 0 ? <p className="muted">{t("dashCards.noOverdue")}</p> : null}
      <ul className="dash-list">
        {hazards.overdueList.map((h) => (
          <li key={h.id}>
            <Link to={`/app/hazards/${h.id}`}>
              {h.hazardNo} {h.title}
            </Link>
            <span>
              <SeverityBadge severity={h.severity} /> {t("hazard.overdueDays", { count: h.daysOverdue })}
            </span>
          </li>
        ))}
      </ul>
      {proposals.pending > 0 ? (
        <p>
          <Link to="/app/proposals">{t("dashCards.pendingProposals", { count: proposals.pending })}</Link>
          {proposals.oldestPendingHours !== null
            ? `（${t("dashCards.oldestWaiting", { hours: proposals.oldestPendingHours })}）`
            : ""}
        </p>
      ) : null}
      {majorReportDrafts > 0 ? (
        <p>
          <Link to="/app/major-reports">{t("dashCards.majorDrafts", { count: majorReportDrafts })}</Link>
        </p>
      ) : null}
    </section>
  );
}

type CardKey = "daily" | "period" | "hazards" | "overdue";

/** What each role looks at first: the principal the overdue items and open hazards, the director
 * the week and month, an officer today's records. */
const ORDER: Array<[string, CardKey[]]> = [
  ["principal", ["overdue", "hazards", "period", "daily"]],
  ["director", ["period", "daily", "overdue", "hazards"]],
  ["officer", ["daily", "overdue", "hazards", "period"]],
];

export function cardOrder(roles: readonly string[]): CardKey[] {
  return ORDER.find(([role]) => roles.includes(role))?.[1] ?? ["hazards", "overdue", "period", "daily"];
}

export function LedgerCards({ overview, roles }: { overview: DashboardOverview; roles: readonly string[] }) {
  const cards: Record<CardKey, JSX.Element> = {
    daily: <DailyCompletionCard key="daily" daily={overview.daily} workingDay={overview.workingDay} />,
    period: <PeriodCard key="period" week={overview.week} month={overview.month} indicators={overview.indicators} />,
    hazards: <OpenHazardsCard key="hazards" hazards={overview.hazards} />,
    overdue: (
      <OverdueCard
        key="overdue"
        hazards={overview.hazards}
        proposals={overview.proposals}
        majorReportDrafts={overview.majorReportDrafts}
      />
    ),
  };
  return <>{cardOrder(roles).map((k) => cards[k])}</>;
}
