// English strings of the role homes, the setup guide and the notes that name a missing prerequisite (ADR 033).
import type { homesZhCN } from "./homes.zh-CN.ts";

export const homesEn: typeof homesZhCN = {
  setup: {
    title: "Setup guide",
    lead: "Complete these six steps and your safety officer can do the first daily check on a phone. Each step ticks itself once its data is in.",
    progress: "{{done}} of {{total}} steps done",
    stateDone: "done",
    stateTodo: "not done",
    next: "Next",
    steps: {
      profile: {
        title: "Enterprise profile",
        body: "Record last year's headcount and revenue: they decide the size class and whom you must appoint.",
        link: "Enter size figures",
      },
      sites: {
        title: "Sites",
        body: "Add your production or business sites: daily checks are kept per site.",
        link: "Add a site",
      },
      products: {
        title: "Products",
        body: "Add your products: they decide which regimes apply (production licence, CCC, mandatory standards).",
        link: "Add a product",
      },
      riskList: {
        title: "Risk control list",
        body: "Generate the list from the key-product catalogue; it takes effect once the principal approves it.",
        link: "Generate the list",
        awaiting:
          "A draft of the list awaits approval: record the principal in Appointments first, then press “Approve this version” on the list.",
        approve: "Approve the list",
      },
      people: {
        title: "People and appointments",
        body: "Invite your safety officer, then record the principal and the officer in Appointments (linked to their accounts).",
        link: "Record appointments",
        invite: "Invite members",
      },
      firstDaily: {
        title: "First daily check",
        body: "The safety officer opens “Today's checks”, goes through the items and signs the record.",
        link: "Open today's checks",
      },
    },
  },
  missing: {
    sites: "There is no site yet: daily checks are kept per site, so add one first.",
    riskList: "The risk control list is not in force yet: its items appear here once the principal approves it.",
    people:
      "No safety officer is appointed (linked to an account) yet: only an appointed officer can sign the daily record.",
    link: { sites: "Add a site", riskList: "Open the risk control list", people: "Open appointments" },
    dashboard:
      "Nobody can file a daily record yet, for the reason below. Days due are still counted the way the regulator counts them (working days since activation).",
  },
  week: {
    title: "This week",
    openHazards: "Open hazards",
    overdue: "{{count}} overdue",
    unreadDaily: "Daily records to read-sign",
    weeklyReport: "This week's report",
    due: "due {{date}}",
    toHazards: "Open the hazard ledger",
    toRead: "Read-sign",
    toWeekly: "Write the weekly report",
    cardsTitle: "Ledgers at a glance",
  },
  decisions: {
    title: "Awaiting your decision",
    proposals: "Vetoes and proposals to decide",
    proposalsNone: "No veto or proposal awaits your decision.",
    waited: "waiting {{hours}} h",
    monthly: "This month's meeting minutes",
    toMonthly: "Write and sign the minutes",
    weeklyUnread: "Weekly reports to read-sign",
    toWeekly: "Read-sign",
  },
  admin: {
    title: "Members and appointments",
    lead: "You administer this enterprise. Invite members and record their appointments; each then lands on their own work page.",
    toMembers: "Manage members and invitations",
    toAppointments: "Record appointments",
  },
  viewer: {
    lead: "You are a read-only member: you can read the ledgers but not sign or change them.",
  },
  bottomBar: "Shortcuts",
};
