// Monthly meeting minutes (每月质量安全调度会议纪要) for a regulator: the enterprise's own
// statutory sheet, read-only, with a print button; the read is logged. Task hazard numbers are
// plain text.
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { amendmentsAt } from "../lib/routines.server.ts";
import { formatInstant } from "../lib/format.ts";
import { requireRegulator } from "../lib/regulator.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { RecordActions } from "../components/regulator/RecordActions.tsx";
import { MonthlyMinutesSheet } from "../components/records/MonthlyMinutesSheet.tsx";
import styles from "../styles/routines.css?url";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("regulatorMonthly");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller } = await requireRegulator(request);
  const m = await orThrowResponse(
    caller.regulator.monthlyMeeting({ organizationId: params.orgId ?? "", meetingId: params.id ?? "" }),
  );
  return {
    m: {
      ...m,
      meetingAtText: formatInstant(m.meetingAt, m.timeZone),
      signedAtText: formatInstant(m.signedAt, m.timeZone),
      amendments: amendmentsAt(m.amendments, m.timeZone),
    },
    organizationId: params.orgId ?? "",
  };
}

export default function RegulatorMonthlyMinutes() {
  const { m, organizationId } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <RecordActions organizationId={organizationId} ledger="monthly" />
      <MonthlyMinutesSheet m={m} />
    </div>
  );
}
