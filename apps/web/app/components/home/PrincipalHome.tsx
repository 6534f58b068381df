// The principal's home: what waits for their decision — vetoes and proposals to decide, this
// month's minutes to sign, weekly reports to read-sign — each linking to where it is done.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { periodOwed } from "./period-status.ts";
import type { RouterOutputs } from "../../lib/api-types.ts";
import type { DashboardOverview } from "../dashboard/LedgerCards.tsx";

type Proposal = RouterOutputs["proposals"]["list"][number];

export function PrincipalHome({
  pending,
  month,
  unreadWeekly,
}: {
  pending: readonly Proposal[];
  month: DashboardOverview["month"];
  unreadWeekly: number;
}) {
  const { t } = useTranslation();
  const monthOpen = periodOwed(month.status);
  return (
    <section aria-labelledby="decisions-title" data-testid="home-decisions">
      <h2 id="decisions-title">{t("homes.decisions.title")}</h2>
      <ul className="home-tiles">
        <li className="card home-tile-wide">
          <p className="home-tile-label">{t("homes.decisions.proposals")}</p>
          <p className="home-tile-value" data-testid="decisions-proposals">
            {pending.length}
          </p>
          {pending.length === 0 ? (
            <p className="muted">{t("homes.decisions.proposalsNone")}</p>
          ) : (
            <ul className="dash-list">
              {pending.slice(0, 5).map((p) => (
                <li key={p.id}>
                  <Link to={`/app/proposals/${p.id}`}>{t(`proposal.types.${p.type}`)}</Link>
                  <span>
                    {p.proposedBy.name} · {t("homes.decisions.waited", { hours: p.hoursToAnswer })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </li>
        <li className="card">
          <p className="home-tile-label">{t("homes.decisions.monthly")}</p>
          <p className="home-tile-value home-tile-text" data-testid="decisions-monthly">
            {t(`dashCards.periodStatus.${month.status}`)}
          </p>
          {month.dueDate ? <p>{t("homes.week.due", { date: month.dueDate })}</p> : null}
          {monthOpen ? <Link to="/app/monthly/new">{t("homes.decisions.toMonthly")}</Link> : null}
        </li>
        <li className="card">
          <p className="home-tile-label">{t("homes.decisions.weeklyUnread")}</p>
          <p className="home-tile-value" data-testid="decisions-weekly">
            {unreadWeekly}
          </p>
          {unreadWeekly > 0 ? <Link to="/app/weekly">{t("homes.decisions.toWeekly")}</Link> : null}
        </li>
      </ul>
    </section>
  );
}
