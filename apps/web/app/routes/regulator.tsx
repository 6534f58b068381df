// The regulator portal's layout under /regulator: the inspector and agency, the read-only note and
// the navigation. Only users with a RegulatorUser row get in; anyone else is sent to /app. A page
// below that fails (a revoked grant → 403, a bad id → 404) shows its error inside the portal.
import type { HeadersFunction, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, NavLink, Outlet, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { requireRegulator } from "../lib/regulator.server.ts";
import { ErrorPanel } from "../components/ErrorPanel.tsx";
import styles from "../styles/regulator.css?url";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("regulator");

export async function loader({ request }: LoaderFunctionArgs) {
  const { me, resHeaders } = await requireRegulator(request);
  return data({ me }, { headers: resHeaders });
}

export const headers: HeadersFunction = () => ({ "cache-control": "no-store" });

const noSubscription = () => () => {};

type PortalData = ReturnType<typeof useLoaderData<typeof loader>>;

function PortalFrame({ portal, children }: { portal: PortalData; children: React.ReactNode }) {
  const { me } = portal;
  const { t } = useTranslation();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <div className="reg-shell" data-hydrated={hydrated ? "true" : undefined}>
      <div className="reg-bar">
        <div>
          <span className="muted">{t("regulator.portal")}</span> ·{" "}
          <span className="reg-agency" data-testid="agency">
            {me.agency.name}
          </span>{" "}
          · {me.name}
        </div>
        <Form method="post" action="/logout">
          <button type="submit">{t("regulator.nav.logout")}</button>
        </Form>
      </div>
      <nav className="reg-nav" aria-label={t("regulator.nav.label")}>
        <ul>
          <li>
            <NavLink to="/regulator" end={false} className={({ isActive }) => (isActive ? "active" : "")}>
              {t("regulator.nav.enterprises")}
            </NavLink>
          </li>
          <li>
            <NavLink to="/regulator/reports">{t("regulator.nav.reports")}</NavLink>
          </li>
        </ul>
      </nav>
      <p className="reg-note">{t("regulator.readOnlyNote")}</p>
      {children}
    </div>
  );
}

export default function RegulatorLayout() {
  return (
    <PortalFrame portal={useLoaderData<typeof loader>()}>
      <Outlet />
    </PortalFrame>
  );
}

function PortalError() {
  const { t } = useTranslation();
  return <ErrorPanel home="/regulator" backLabel={t("regulator.detail.back")} />;
}

export function ErrorBoundary() {
  const portal = useRouteLoaderData<typeof loader>("routes/regulator");
  if (!portal) return <PortalError />;
  return (
    <PortalFrame portal={portal}>
      <PortalError />
    </PortalFrame>
  );
}
