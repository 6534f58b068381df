// View types of the web app, derived from what the procedures return (`RouterOutputs`; single
// fetch keeps dates as dates on the way to the browser). Components name these instead of
// restating a procedure's shape by hand, so a changed procedure fails the typecheck here.
import type { FormError, RouterInputs, RouterOutputs } from "@anzhi/api";

export type { FormError, RouterInputs, RouterOutputs };

type OfficerDaySheet = RouterOutputs["routines"]["daily"]["day"]["sheets"][number];
/** One risk item on the officer's sheet of the day. */
export type DayItem = OfficerDaySheet["items"][number];
/** The officer's saved answer to one item. */
export type DayEntry = OfficerDaySheet["entries"][number];

/** A lifecycle step the caller may take on a hazard. */
export type HazardActionType = RouterOutputs["hazards"]["get"]["myActions"][number];

/** A control item of the risk list as the list page shows it (the edit form starts from it). */
export type RiskListItem = RouterOutputs["riskList"]["get"]["items"][number];
/** An active member who can be named responsible for an item. */
export type RiskListAssignee = RouterOutputs["riskList"]["assignees"][number];

/** An amendment of a signed record (daily, weekly, monthly share one shape), its time formatted by the loader. */
export type AmendmentRow = Omit<RouterOutputs["routines"]["weekly"]["get"]["amendments"][number], "at"> & {
  at: string;
};
