// For organisation admins: the members at a glance and the two places that bring people in
// (invitations, the appointment register). An admin without a post lands here with the setup guide.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../lib/api-types.ts";

const ROLES = ["principal", "director", "officer", "viewer"] as const;

export function AdminHome({ members }: { members: RouterOutputs["members"]["summary"] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="members-title" data-testid="home-admin">
      <h2 id="members-title">{t("homes.admin.title")}</h2>
      <p className="muted">{t("homes.admin.lead")}</p>
      <dl className="stats">
        <div>
          <dt>{t("dashboard.activeMembers")}</dt>
          <dd data-testid="active-members">{members.active}</dd>
        </div>
        <div>
          <dt>{t("dashboard.pendingInvitations")}</dt>
          <dd>{members.pendingInvitations}</dd>
        </div>
        {ROLES.map((r) => (
          <div key={r}>
            <dt>{t(`roles.${r}`)}</dt>
            <dd>{members.byRole[r]}</dd>
          </div>
        ))}
      </dl>
      <p className="setup-links">
        <Link to="/app/members">{t("homes.admin.toMembers")}</Link>
        <Link to="/app/appointments/new">{t("homes.admin.toAppointments")}</Link>
      </p>
    </section>
  );
}
