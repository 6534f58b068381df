// Shared prop shapes of the statutory record sheets (the records themselves are RouterOutputs,
// with times formatted in the organisation's time zone by the loader), so the enterprise pages and
// the regulator portal render the very same layout.
import type { AmendmentRow } from "../../lib/api-types.ts";

export type { AmendmentRow };

/** Where a hazard number links to; without it the number is plain text (e.g. for a regulator). */
export type HazardHref = ((hazardId: string) => string) | undefined;
