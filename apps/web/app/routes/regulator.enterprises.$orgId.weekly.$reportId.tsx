// A weekly screening report (每周质量安全排查治理报告) for a regulator: the enterprise's own
// statutory sheet, read-only, with a print button; the read is logged. Hazard numbers are plain
// text.
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { amendmentsAt } from "../lib/routines.server.ts";
import { formatInstant } from "../lib/format.ts";
import { requireRegulator } from "../lib/regulator.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { RecordActions } from "../components/regulator/RecordActions.tsx";
import { WeeklyReportSheet } from "../components/records/WeeklyReportSheet.tsx";
import styles from "../styles/routines.css?url";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("regulatorWeekly");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller } = await requireRegulator(request);
  const r = await orThrowResponse(
    caller.regulator.weeklyReport({ organizationId: params.orgId ?? "", reportId: params.reportId ?? "" }),
  );
  return {
    r: {
      ...r,
      signedAtText: formatInstant(r.signedAt, r.timeZone),
      ackAtText: formatInstant(r.ackAt, r.timeZone),
      amendments: amendmentsAt(r.amendments, r.timeZone),
    },
    organizationId: params.orgId ?? "",
  };
}

export default function RegulatorWeeklyReport() {
  const { r, organizationId } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <RecordActions organizationId={organizationId} ledger="weekly" />
      <WeeklyReportSheet r={r} />
    </div>
  );
}
