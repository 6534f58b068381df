// English strings of 适用情形与规模 (same keys as standing.zh-CN.ts).
import type { standingZhCN } from "./standing.zh-CN.ts";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const standingEn: Shape<typeof standingZhCN> = {
  nav: "Scope and size",
  title: "Scope and size class",
  lead: "The size class follows the previous year's headcount and revenue; the scope routes follow the products in use (production licence, CCC, mandatory national standard — the last only for large and medium units).",
  year: "For {{year}}",
  figuresFrom: "from the {{year}} figures",
  noFigures: "No figures recorded for the previous year",
  stale: "The {{year}} figures are missing; the {{from}} figures are used until they are recorded.",
  sizeClass: "Size class",
  sizeClasses: { large: "Large", medium: "Medium", small: "Small", micro: "Micro" },
  routes: "Scope routes",
  routeNames: { xk: "Production licence", ccc: "CCC", mandatory_standard: "Mandatory national standard", none: "None" },
  noRoute: "None (outside Orders 75/76)",
  staffing: "Required appointments",
  directorRequired: "A quality-safety director must be appointed",
  directorOptional: "No director required; the principal may carry the director's duties",
  officerRequired: "Quality-safety officers must be appointed, covering every site",
  notInScope: "Outside the Orders' scope: no appointment is required",
  missing: "Required but not appointed: {{roles}}",
  missingNone: "The appointments meet the requirements",
  roles: { principal: "principal", director: "quality-safety director", officer: "quality-safety officer" },
  sitesWithoutOfficer: "Sites no officer covers: {{sites}}",
  toAppointments: "Open the appointment register",
  figures: "Size figures by year",
  figuresLead:
    "Record each year's figures the following year; correcting a recorded year needs a reason and keeps the earlier figures.",
  figureYear: "Year",
  employeeCount: "Employees",
  revenue: "Revenue (10k yuan)",
  reason: "Reason for the correction",
  recordedBy: "Recorded by",
  recordedAt: "Recorded at",
  superseded: "corrected",
  record: "Save",
  saved: "Saved",
  readOnly: "Only the principal or an admin records size figures.",
};
