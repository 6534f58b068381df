// The ledger cards of the director's home (and the principal's, below the decisions): staffing,
// expiring certificates, today's records, the week and month, open and overdue hazards. Further
// dashboard sections go inside this component. Where nobody can file a daily record yet, it says
// why above the figures instead of letting "due" stand unexplained (ADR 033).
import { useTranslation } from "react-i18next";
import { CertificateAlerts } from "../certificate-alerts.tsx";
import { StaffingAlert } from "../dashboard/StaffingAlert.tsx";
import { LedgerCards, type DashboardOverview } from "../dashboard/LedgerCards.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { MissingForDaily } from "./MissingPrerequisite.tsx";
import type { SetupProgress } from "./SetupGuide.tsx";

export function DashboardCards({
  overview,
  standing,
  roles,
  blocked,
}: {
  overview: DashboardOverview;
  standing: RouterOutputs["profile"]["standing"];
  roles: readonly string[];
  /** The missing setup step that keeps the daily record empty, if any. */
  blocked: SetupProgress["dailyBlockedBy"];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="dashboard-cards-title" className="stack">
      <h2 id="dashboard-cards-title">{t("homes.week.cardsTitle")}</h2>
      <StaffingAlert standing={standing} />
      {blocked ? (
        <div data-testid="daily-blocked">
          <p>{t("homes.missing.dashboard")}</p>
          <MissingForDaily blocked={blocked} />
        </div>
      ) : null}
      <div className="card-grid" id="dashboard-cards">
        <CertificateAlerts />
        <LedgerCards overview={overview} roles={roles} />
      </div>
    </section>
  );
}
