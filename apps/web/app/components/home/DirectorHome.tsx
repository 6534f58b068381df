// The director's home: the week at a glance — open hazards (and how many are overdue), the daily
// records waiting for their 阅, this week's report and when it is due — each linking to where the
// work is done. A viewer sees the same figures without the calls to act.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { periodOwed } from "./period-status.ts";
import type { DashboardOverview } from "../dashboard/LedgerCards.tsx";

export function DirectorHome({
  overview,
  unreadDaily,
  canAct,
}: {
  overview: DashboardOverview;
  unreadDaily: number;
  canAct: boolean;
}) {
  const { t } = useTranslation();
  const week = overview.week;
  const weeklyOpen = periodOwed(week.status);
  return (
    <section aria-labelledby="week-title" data-testid="home-week">
      <h2 id="week-title">{t("homes.week.title")}</h2>
      <ul className="home-tiles">
        <li className="card">
          <p className="home-tile-label">{t("homes.week.openHazards")}</p>
          <p className="home-tile-value" data-testid="week-open-hazards">
            {overview.hazards.open}
          </p>
          {overview.hazards.overdue > 0 ? (
            <p className="home-tile-alert">{t("homes.week.overdue", { count: overview.hazards.overdue })}</p>
          ) : null}
          <Link to={overview.hazards.overdue > 0 ? "/app/hazards?overdue=1" : "/app/hazards"}>
            {t("homes.week.toHazards")}
          </Link>
        </li>
        <li className="card">
          <p className="home-tile-label">{t("homes.week.unreadDaily")}</p>
          <p className="home-tile-value" data-testid="week-unread-daily">
            {unreadDaily}
          </p>
          {canAct && unreadDaily > 0 ? <Link to="/app/daily">{t("homes.week.toRead")}</Link> : null}
        </li>
        <li className="card">
          <p className="home-tile-label">{t("homes.week.weeklyReport")}</p>
          <p className="home-tile-value home-tile-text" data-testid="week-report">
            {t(`dashCards.periodStatus.${week.status}`)}
          </p>
          {week.dueDate ? <p>{t("homes.week.due", { date: week.dueDate })}</p> : null}
          {canAct && weeklyOpen ? <Link to="/app/weekly/new">{t("homes.week.toWeekly")}</Link> : null}
        </li>
      </ul>
    </section>
  );
}
