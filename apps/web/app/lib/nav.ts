// The app shell's navigation. Each feature appends its entry here; the shell shows an entry
// when the member holds one of `roles` (or is an admin when `admin` is set); no `roles` = all.
// `labelKey` is an i18n key present in both app/i18n files. `end` marks exact-match entries.
import type { OrgKind, Role } from "@anzhi/contracts";
import type { MessageKey } from "../i18n/index.ts";

export interface NavItem {
  to: string;
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
}

const SELLERS: readonly OrgKind[] = ["seller", "both"];

export const NAV: NavItem[] = [
  { to: "/app", labelKey: "nav.dashboard", end: true },
  { to: "/app/today", labelKey: "routines.nav.today", roles: ["officer"] },
  { to: "/app/daily", labelKey: "routines.nav.daily" },
  { to: "/app/weekly", labelKey: "routines.nav.weekly" },
  { to: "/app/monthly", labelKey: "routines.nav.monthly" },
  { to: "/app/tasks", labelKey: "routines.nav.tasks" },
  { to: "/app/calendar", labelKey: "routines.nav.calendar", roles: ["principal", "director"] },
  { to: "/app/hazards", labelKey: "hazard.navTitle" },
  { to: "/app/proposals", labelKey: "proposal.navTitle", roles: ["principal", "director", "officer", "viewer"] },
  { to: "/app/major-reports", labelKey: "majorReport.navTitle", roles: ["principal", "director"] },
  { to: "/app/members", labelKey: "nav.members" },
  { to: "/app/api-keys", labelKey: "apiKeys.nav", admin: true },
  { to: "/app/appointments", labelKey: "nav.appointments" },
  { to: "/app/account", labelKey: "nav.account" },
  { to: "/app/profile", labelKey: "profile.nav" },
  { to: "/app/standing", labelKey: "standing.nav" },
  { to: "/app/risk-list", labelKey: "riskList.nav" },
  { to: "/app/inspections", labelKey: "inspections.nav" },
  { to: "/app/sampling", labelKey: "regulator.sampling.nav" },
  {
    to: "/app/purchases/new",
    labelKey: "sellers.nav.purchaseNew",
    kinds: SELLERS,
    roles: ["principal", "director", "officer"],
  },
  { to: "/app/purchases", labelKey: "sellers.nav.purchases", kinds: SELLERS, end: true },
  { to: "/app/sales", labelKey: "sellers.nav.sales", kinds: SELLERS },
  { to: "/app/trace", labelKey: "sellers.nav.trace", kinds: SELLERS },
  // producers keep the register too: their 进货检验 names the supplier
  { to: "/app/suppliers", labelKey: "sellers.nav.suppliers" },
  { to: "/app/settings/regulators", labelKey: "regulator.access.nav", admin: true },
  { to: "/app/settings/channels", labelKey: "routines.channels.nav", admin: true },
  { to: "/app/settings/webhooks", labelKey: "webhooks.nav", admin: true },
  { to: "/app/audit", labelKey: "audit.nav", roles: ["principal"], orAdmin: true },
  { to: "/app/billing", labelKey: "billing.nav", admin: true, billing: true },
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
    if (!item.roles) return true;
    return item.roles.some((r) => org.roles.includes(r)) || (item.orAdmin === true && org.isAdmin);
  });
}
