// The authenticated shell under /app: the organisation (with a switcher when the person belongs to
// several), the account menu (password, sign-out) and the navigation from lib/nav.ts in its four
// groups, beside the page on a wide screen. On a phone the header is one compact row, the
// navigation folds into a disclosure menu that works without JavaScript and a bottom bar keeps the
// role's three most used places (ADR 033). The setup progress is read by the pages that show it (the
// home, and today's page when it has nothing to check), not by the shell of every page. A page below that fails (a bad id → 404, a refused role →
// 403, a fault → 500) shows its error inside the shell, with the navigation kept.
import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { data } from "@remix-run/node";
import { Form, NavLink, Outlet, useLoaderData, useLocation, useRouteLoaderData } from "@remix-run/react";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { requireMember } from "../lib/auth.server.ts";
import { NAV, bottomBar, groupedNav, homeOf, visibleNav, type NavItem } from "../lib/nav.ts";
import { isUnsent } from "../lib/offline-queue.ts";
import { ErrorPanel } from "../components/ErrorPanel.tsx";
import { formatDay } from "../lib/format.ts";
import { SignOut } from "../components/SignOut.tsx";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, org, organizations, resHeaders, caller } = await requireMember(request);
  const [reminders, billing, billingBanner] = await Promise.all([
    caller.routines.reminders.list(),
    caller.billing.enabled(),
    caller.billing.banner(),
  ]);
  return data(
    { user, org, organizations, unreadReminders: reminders.unread, billing, billingBanner },
    { headers: resHeaders },
  );
}

/** A save kept on the device (no network, docs/decisions/034) sent nothing: nothing to reload. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionResult, defaultShouldRevalidate }) =>
  isUnsent(actionResult) ? false : defaultShouldRevalidate;

export const headers: HeadersFunction = ({ loaderHeaders }) => {
  const out = new Headers({ "cache-control": "no-store" });
  const cookie = loaderHeaders.get("set-cookie");
  if (cookie) out.set("set-cookie", cookie);
  return out;
};

function NavLinks({ items }: { items: readonly NavItem[] }) {
  const { t } = useTranslation();
  return items.map((item) => (
    <li key={item.to}>
      <NavLink to={item.to} end={item.end ?? false} prefetch="intent">
        {t(item.labelKey)}
      </NavLink>
    </li>
  ));
}

/** The navigation in its groups (日常 · 台账 · 企业 · 设置), each a labelled list. */
function GroupedNav({ items, id }: { items: readonly NavItem[]; id: string }) {
  const { t } = useTranslation();
  return groupedNav(items).map(({ group, items: entries }) => (
    <div className="app-nav-group" key={group}>
      <p className="app-nav-heading" id={`${id}-${group}`}>
        {t(`nav.groups.${group}`)}
      </p>
      <ul className="app-nav-list" aria-labelledby={`${id}-${group}`}>
        <NavLinks items={entries} />
      </ul>
    </div>
  ));
}

/** Closes an open <details> menu after navigating to another page (not on first render). */
function useCloseOnNavigate() {
  const ref = useRef<HTMLDetailsElement>(null);
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return ref;
}

/** True once the client has hydrated (tests wait for it; styles may use it). */
const noSubscription = () => () => {};
function useHydrated() {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

type ShellData = ReturnType<typeof useLoaderData<typeof loader>>;

function ShellFrame({ shell, children }: { shell: ShellData; children: React.ReactNode }) {
  const { user, org, organizations, unreadReminders, billing, billingBanner } = shell;
  const { t } = useTranslation();
  const items = visibleNav(NAV, org, { billing });
  const shortcuts = bottomBar(items, homeOf(org));
  const menuRef = useCloseOnNavigate();
  const userMenuRef = useCloseOnNavigate();
  const location = useLocation();
  const hydrated = useHydrated();
  return (
    <div className="app-shell" data-hydrated={hydrated ? "true" : undefined}>
      <div className="app-bar">
        <div className="app-org">
          <span className="app-org-label">{t("shell.currentOrg")}</span>
          <strong data-testid="current-org">{org.name}</strong>
          {organizations.length > 1 ? (
            <details className="menu">
              <summary>{t("shell.orgSwitcher")}</summary>
              <ul className="menu-panel">
                {organizations.map((o) => (
                  <li key={o.id}>
                    <Form method="post" action="/orgs">
                      <input type="hidden" name="organizationId" value={o.id} />
                      <input type="hidden" name="redirectTo" value={location.pathname} />
                      <button type="submit" aria-current={o.id === org.id ? "true" : undefined}>
                        {o.name}
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
        <div className="app-bar-actions">
          <NavLink to="/app/reminders" className="reminders-link" data-testid="reminders-badge">
            {t("routines.nav.reminders")}
            {unreadReminders > 0 ? (
              <>
                <span className="count-badge" aria-hidden="true">
                  {unreadReminders}
                </span>
                <span className="visually-hidden">{t("routines.reminders.badge", { count: unreadReminders })}</span>
              </>
            ) : null}
          </NavLink>
          <details className="menu user-menu" ref={userMenuRef}>
            <summary aria-label={`${t("shell.userMenu")}: ${user.name}`}>
              <span className="user-menu-name">{user.name}</span>
            </summary>
            <ul className="menu-panel">
              <li className="menu-note">{user.email}</li>
              <li>
                <NavLink to="/app/account">{t("shell.changePassword")}</NavLink>
              </li>
              <li>
                <SignOut />
              </li>
            </ul>
          </details>
          <details className="menu app-nav-phone" ref={menuRef}>
            <summary>{t("nav.menu")}</summary>
            <nav aria-label={t("nav.label")} className="menu-panel app-nav-phone-panel">
              <GroupedNav items={items} id="app-nav-phone" />
            </nav>
          </details>
        </div>
      </div>
      <div className="app-body">
        <nav className="app-nav app-nav-wide" aria-label={t("nav.label")}>
          <GroupedNav items={items} id="app-nav-wide" />
        </nav>
        <div className="app-content">
          {billingBanner && location.pathname !== "/app/billing" ? (
            <p className={billingBanner.dunning === "restricted" ? "form-alert" : "notice"} role="status">
              <NavLink to="/app/billing">
                {t(`billing.dunning.${billingBanner.dunning}`, {
                  date: formatDay(billingBanner.restrictedFrom, org.timeZone),
                })}
              </NavLink>
            </p>
          ) : null}
          {children}
        </div>
      </div>
      {shortcuts.length > 0 ? (
        <nav className="app-bottom-bar" aria-label={t("homes.bottomBar")}>
          <ul>
            <NavLinks items={shortcuts} />
          </ul>
        </nav>
      ) : null}
    </div>
  );
}

export default function AppShell() {
  return (
    <ShellFrame shell={useLoaderData<typeof loader>()}>
      <Outlet />
    </ShellFrame>
  );
}

export function ErrorBoundary() {
  // The shell's own data when only the page below failed; without it (the shell's loader failed)
  // the error stands alone.
  const shell = useRouteLoaderData<typeof loader>("routes/app");
  if (!shell) return <ErrorPanel home="/app" />;
  return (
    <ShellFrame shell={shell}>
      <ErrorPanel home="/app" />
    </ShellFrame>
  );
}
