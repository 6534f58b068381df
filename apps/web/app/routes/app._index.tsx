// The home: each member lands where their work is (ADR 033). An officer goes straight to today's
// checklist; the director sees the week, the principal what awaits their decision, an admin without
// a post the members; each above the ledger cards where they apply. Until the enterprise is set up,
// the setup guide stays on top for those who can do its steps. Regulators never reach here (their
// home is the portal).
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireMember } from "../lib/auth.server.ts";
import { homeOf } from "../lib/nav.ts";
import { SetupGuide } from "../components/home/SetupGuide.tsx";
import { DashboardCards } from "../components/home/DashboardCards.tsx";
import { DirectorHome } from "../components/home/DirectorHome.tsx";
import { PrincipalHome } from "../components/home/PrincipalHome.tsx";
import { AdminHome } from "../components/home/AdminHome.tsx";
import { Trends } from "../components/dashboard/Trends.tsx";
import ledgerStyles from "../styles/ledger.css?url";
import { pageTitle } from "../lib/meta.ts";

export const meta = pageTitle("dashboard");
export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, org, caller } = await requireMember(request);
  const home = homeOf(org);
  if (home === "officer") throw redirect("/app/today");
  const withCards = home !== "admin";
  const [members, overview, standing, unreadDaily, pending, unreadWeekly, trends, setup] = await Promise.all([
    org.isAdmin ? caller.members.summary() : null,
    withCards ? caller.dashboard.overview() : null,
    withCards ? caller.profile.standing() : null,
    home === "director" || home === "viewer" ? caller.routines.daily.unread() : null,
    home === "principal" ? caller.proposals.list({ status: "pending" }) : null,
    home === "principal" ? caller.routines.weekly.unread() : null,
    withCards ? caller.dashboard.trends() : null,
    caller.setup.progress(),
  ]);
  return {
    user,
    org,
    home,
    members,
    overview,
    standing,
    unreadDaily: unreadDaily?.length ?? 0,
    pending: pending ?? [],
    unreadWeekly: unreadWeekly?.length ?? 0,
    trends,
    setup,
  };
}

export default function Home() {
  const { user, org, home, members, overview, standing, unreadDaily, pending, unreadWeekly, trends, setup } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const guides = org.isAdmin || home === "principal" || home === "director";
  return (
    <div className="dashboard" data-home={home}>
      <h1>{t("dashboard.greeting", { name: user.name })}</h1>
      <p className="muted">
        {org.name} · {t(`orgKinds.${org.kind}`)}
      </p>
      <ul className="chips" data-testid="my-roles" aria-label={t("dashboard.yourRoles")}>
        {org.roles.length === 0 ? <li>{t("dashboard.noRoles")}</li> : null}
        {org.roles.map((r) => (
          <li key={r} className="chip">
            {t(`roles.${r}`)}
          </li>
        ))}
        {org.isAdmin ? <li className="chip chip-admin">{t("roles.admin")}</li> : null}
      </ul>
      {home === "viewer" ? <p>{t("homes.viewer.lead")}</p> : null}
      {guides && !setup.done ? <SetupGuide setup={setup} /> : null}
      {home === "principal" && overview ? (
        <PrincipalHome pending={pending} month={overview.month} unreadWeekly={unreadWeekly} />
      ) : null}
      {(home === "director" || home === "viewer") && overview ? (
        <DirectorHome overview={overview} unreadDaily={unreadDaily} canAct={home === "director"} />
      ) : null}
      {members ? <AdminHome members={members} /> : null}
      {overview && standing ? (
        <DashboardCards overview={overview} standing={standing} roles={org.roles} blocked={setup.dailyBlockedBy} />
      ) : null}
      {trends ? <Trends trends={trends} /> : null}
    </div>
  );
}
