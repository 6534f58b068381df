// The dashboard: who you are here, the organisation's people at a glance, and the cards other
// features add (expiring certificates, today's checks, open hazards …) in the section below.
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireMember } from "../lib/auth.server.ts";
import { CertificateAlerts } from "../components/certificate-alerts.tsx";
import { StaffingAlert } from "../components/dashboard/StaffingAlert.tsx";
import { LedgerCards } from "../components/dashboard/LedgerCards.tsx";
import { Trends } from "../components/dashboard/Trends.tsx";
import ledgerStyles from "../styles/ledger.css?url";
import { pageTitle } from "../lib/meta.ts";

export const meta = pageTitle("dashboard");
export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, org, caller } = await requireMember(request);
  const members = await caller.members.summary();
  const overview = await caller.dashboard.overview();
  const standing = await caller.profile.standing();
  const trends = await caller.dashboard.trends();
  return { user, org, members, overview, standing, trends };
}

const ROLES = ["principal", "director", "officer", "viewer"] as const;

export default function Dashboard() {
  const { user, org, members, overview, standing, trends } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="dashboard">
      <h1>{t("dashboard.greeting", { name: user.name })}</h1>
      <p className="muted">
        {org.name} · {t(`orgKinds.${org.kind}`)}
      </p>
      <StaffingAlert standing={standing} />
      <section aria-labelledby="my-roles">
        <h2 id="my-roles">{t("dashboard.yourRoles")}</h2>
        <ul className="chips" data-testid="my-roles">
          {org.roles.length === 0 ? <li>{t("dashboard.noRoles")}</li> : null}
          {org.roles.map((r) => (
            <li key={r} className="chip">
              {t(`roles.${r}`)}
            </li>
          ))}
          {org.isAdmin ? <li className="chip chip-admin">{t("roles.admin")}</li> : null}
        </ul>
      </section>
      <section aria-labelledby="members-title">
        <h2 id="members-title">{t("dashboard.members")}</h2>
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
      </section>
      {/* Features add their dashboard cards inside this grid (expiring certificates, today's
          checks, open hazards …), each a <section className="card"> with its own heading. */}
      <div className="card-grid" id="dashboard-cards">
        <CertificateAlerts />
        <LedgerCards overview={overview} roles={org.roles} />
      </div>
      <Trends trends={trends} />
    </div>
  );
}
