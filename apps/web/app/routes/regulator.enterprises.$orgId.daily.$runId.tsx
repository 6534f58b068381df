// A daily check record (每日质量安全检查记录) for a regulator: the enterprise's own statutory
// sheet, read-only, with a print button; the read is logged. Hazard numbers are plain text.
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { amendmentsAt } from "../lib/routines.server.ts";
import { formatInstant } from "../lib/format.ts";
import { requireRegulator } from "../lib/regulator.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { RecordActions } from "../components/regulator/RecordActions.tsx";
import { DailyRecordSheet } from "../components/records/DailyRecordSheet.tsx";
import styles from "../styles/routines.css?url";
import { pageTitle } from "../lib/meta.ts";
import { regulatorPhotoHref } from "../lib/photo-href.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("regulatorDaily");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller } = await requireRegulator(request);
  const run = await orThrowResponse(
    caller.regulator.dailyRun({ organizationId: params.orgId ?? "", runId: params.runId ?? "" }),
  );
  return {
    run: {
      ...run,
      signedAtText: formatInstant(run.signedAt, run.timeZone),
      reviewedAtText: formatInstant(run.reviewedAt, run.timeZone),
      reportedAtText: formatInstant(run.reportedAt, run.timeZone),
      amendments: amendmentsAt(run.amendments, run.timeZone),
    },
    organizationId: params.orgId ?? "",
  };
}

export default function RegulatorDailyRecord() {
  const { run, organizationId } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <RecordActions organizationId={organizationId} ledger="daily" />
      <DailyRecordSheet run={run} photos={{ href: regulatorPhotoHref(organizationId), timeZone: run.timeZone }} />
    </div>
  );
}
