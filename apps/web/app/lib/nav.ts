// The app shell's navigation (ADR 033). Each feature appends its entry to one of the four groups
// (日常 · 台账 · 企业 · 设置); the shell shows an entry when the member holds one of `roles` (or is an
// admin when `admin` is set); no `roles` = all. `labelKey` is an i18n key present in both app/i18n
// files. `end` marks exact-match entries. `homeOf` says where each member lands and `bottomBar`
// which three places a phone keeps at hand.
import type { OrgKind, Role } from "@anzhi/contracts";
import type { MessageKey } from "../i18n/index.ts";

export const NAV_GROUPS = ["daily", "ledgers", "enterprise", "settings"] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

export interface NavItem {
  to: string;
  group: NavGroup;
  labelKey: MessageKey;
  roles?: readonly Role[];
  /** Only organisation admins see it. */
  admin?: boolean;
  /** With `roles`: organisation admins see it too. */
  orAdmin?: boolean;
  end?: boolean;
  /** Only organisations of these kinds see it (seller records: "seller" and "both"); no `kinds` = all. */
  kinds?: readonly OrgKind[];
  /** Only while billing is on (STRIPE_SECRET_KEY set). */
  billing?: boolean;
  /** Only members with one of these homes see it (see `homeOf`). */
  homes?: readonly HomeKind[];
}

const SELLERS: readonly OrgKind[] = ["seller", "both"];

export const NAV: NavItem[] = [
  // 日常: the day's work
  // an officer's home is today's checklist: /app would only send them there
  {
    to: "/app",
    group: "daily",
    labelKey: "nav.dashboard",
    end: true,
    homes: ["principal", "director", "viewer", "admin"],
  },
  { to: "/app/today", group: "daily", labelKey: "routines.nav.today", roles: ["officer"] },
  { to: "/app/hazards", group: "daily", labelKey: "hazard.navTitle" },
  { to: "/app/tasks", group: "daily", labelKey: "routines.nav.tasks" },
  { to: "/app/calendar", group: "daily", labelKey: "routines.nav.calendar", roles: ["principal", "director"] },
  {
    to: "/app/proposals",
    group: "daily",
    labelKey: "proposal.navTitle",
    roles: ["principal", "director", "officer", "viewer"],
  },
  {
    to: "/app/purchases/new",
    group: "daily",
    labelKey: "sellers.nav.purchaseNew",
    kinds: SELLERS,
    roles: ["principal", "director", "officer"],
  },
  // 台账: the statutory records
  { to: "/app/daily", group: "ledgers", labelKey: "routines.nav.daily" },
  { to: "/app/weekly", group: "ledgers", labelKey: "routines.nav.weekly" },
  { to: "/app/monthly", group: "ledgers", labelKey: "routines.nav.monthly" },
  { to: "/app/major-reports", group: "ledgers", labelKey: "majorReport.navTitle", roles: ["principal", "director"] },
  { to: "/app/inspections", group: "ledgers", labelKey: "inspections.nav" },
  { to: "/app/sampling", group: "ledgers", labelKey: "regulator.sampling.nav" },
  { to: "/app/purchases", group: "ledgers", labelKey: "sellers.nav.purchases", kinds: SELLERS, end: true },
  { to: "/app/sales", group: "ledgers", labelKey: "sellers.nav.sales", kinds: SELLERS },
  { to: "/app/trace", group: "ledgers", labelKey: "sellers.nav.trace", kinds: SELLERS },
  { to: "/app/audit", group: "ledgers", labelKey: "audit.nav", roles: ["principal"], orAdmin: true },
  // 企业: who the enterprise is, what it makes, who answers for it
  { to: "/app/profile", group: "enterprise", labelKey: "profile.nav" },
  { to: "/app/standing", group: "enterprise", labelKey: "standing.nav" },
  { to: "/app/risk-list", group: "enterprise", labelKey: "riskList.nav" },
  { to: "/app/appointments", group: "enterprise", labelKey: "nav.appointments" },
  { to: "/app/members", group: "enterprise", labelKey: "nav.members" },
  // producers keep the register too: their 进货检验 names the supplier
  { to: "/app/suppliers", group: "enterprise", labelKey: "sellers.nav.suppliers" },
  // 设置
  { to: "/app/account", group: "settings", labelKey: "nav.account" },
  { to: "/app/api-keys", group: "settings", labelKey: "apiKeys.nav", admin: true },
  { to: "/app/settings/regulators", group: "settings", labelKey: "regulator.access.nav", admin: true },
  { to: "/app/settings/channels", group: "settings", labelKey: "routines.channels.nav", admin: true },
  { to: "/app/settings/webhooks", group: "settings", labelKey: "webhooks.nav", admin: true },
  { to: "/app/billing", group: "settings", labelKey: "billing.nav", admin: true, billing: true },
];

export function visibleNav(
  items: readonly NavItem[],
  org: { roles: readonly Role[]; isAdmin: boolean; kind: OrgKind },
  opts: { billing?: boolean } = {},
): NavItem[] {
  return items.filter((item) => {
    if (item.billing && !opts.billing) return false;
    if (item.kinds && !item.kinds.includes(org.kind)) return false;
    if (item.admin && !org.isAdmin) return false;
    if (item.homes && !item.homes.includes(homeOf(org))) return false;
    if (!item.roles) return true;
    return item.roles.some((r) => org.roles.includes(r)) || (item.orAdmin === true && org.isAdmin);
  });
}

/** The visible entries in their groups, empty groups left out. */
export function groupedNav(items: readonly NavItem[]): Array<{ group: NavGroup; items: NavItem[] }> {
  return NAV_GROUPS.map((group) => ({ group, items: items.filter((i) => i.group === group) })).filter(
    (g) => g.items.length > 0,
  );
}

/**
 * Which home a member gets: the most senior post they hold; an admin without a post (a member is at
 * least a viewer) gets the admin home, a plain viewer the viewer's.
 */
export type HomeKind = "principal" | "director" | "officer" | "viewer" | "admin";

export function homeOf(org: { roles: readonly Role[]; isAdmin: boolean }): HomeKind {
  for (const role of ["principal", "director", "officer"] as const) if (org.roles.includes(role)) return role;
  return org.isAdmin ? "admin" : "viewer";
}

/** The three places a phone's bottom bar keeps at hand, per home. */
const BOTTOM: Record<HomeKind, readonly string[]> = {
  principal: ["/app", "/app/monthly", "/app/proposals"],
  director: ["/app", "/app/hazards", "/app/weekly"],
  officer: ["/app/today", "/app/hazards", "/app/daily"],
  viewer: ["/app", "/app/hazards", "/app/daily"],
  admin: ["/app", "/app/members", "/app/appointments"],
};

/** The bottom bar's entries, taken from the visible navigation so it never offers more. */
export function bottomBar(visible: readonly NavItem[], home: HomeKind): NavItem[] {
  return BOTTOM[home].flatMap((to) => visible.filter((i) => i.to === to));
}
