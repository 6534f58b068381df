import type { Messages } from "./zh-CN.ts";

export const en: Messages = {
  app: {
    name: "Anzhi",
    tagline: "Quality-safety responsibility platform for industrial products",
    skipToContent: "Skip to main content",
    language: "Language",
    switchTo: "中文",
    footer: "Built on SAMR Order No. 75 (producers) and Order No. 76 (sellers) on industrial-product quality-safety responsibility",
  },
  home: {
    title: "Daily control, weekly screening, monthly scheduling — done for real",
    lead: "Anzhi helps producers and sellers of industrial products keep a risk control list, lets the quality safety officer finish the daily check in two minutes, the director screen weekly and the principal schedule monthly, closes every hazard through rectification and verification, and keeps records regulators can read.",
    login: "Sign in",
    signup: "Register your company",
    featuresTitle: "What it does",
    features: {
      riskList: { title: "Risk control list", body: "Generated from the 18 key product groups, versioned, printable and exportable." },
      daily: { title: "Daily control", body: "Officers check each item on a phone with photo evidence; a zero-risk day is signed in one tap." },
      weekly: { title: "Weekly screening", body: "The director's weekly report starts pre-filled with the week's checks, hazards and failed inspections." },
      monthly: { title: "Monthly scheduling", body: "The principal chairs the meeting; decisions become tasks in the hazard ledger." },
      hazards: { title: "Hazard ledger", body: "Rectify, verify, close — every step recorded, verifier distinct from rectifier, overdue items stand out." },
      erp: { title: "ERP integration", body: "Incoming and outgoing inspection records arrive through a typed SDK and REST API; retries never duplicate." },
      regulator: { title: "Regulator access", body: "With the enterprise's grant, regulators read and export the ledgers; every read is logged." },
    },
    statusTitle: "System status",
    statusOk: "Operational",
    organizations: "Organisations",
    migrations: "Database migrations",
  },
  errors: {
    notFound: "Page not found",
    generic: "Something went wrong, please try again later",
    back: "Back to home",
  },
};
