// A hazard number in a record: a link when the reader can open the hazard, plain text otherwise.
import type { ReactNode } from "react";
import type { HazardHref } from "./types.ts";

export function HazardNo({ id, hazardHref, children }: { id: string; hazardHref: HazardHref; children: ReactNode }) {
  return hazardHref ? <a href={hazardHref(id)}>{children}</a> : <span>{children}</span>;
}
