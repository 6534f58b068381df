// A hazard's rectification record (整改记录) for a regulator: the enterprise's own print sheet
// (HazardRecordSheet), read-only, with its photos through the logged evidence route and no actions; logged.
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRegulator } from "../lib/regulator.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { RecordActions } from "../components/regulator/RecordActions.tsx";
import { HazardRecordSheet } from "../components/records/HazardRecordSheet.tsx";
import styles from "../styles/ledger.css?url";
import { regulatorPhotoHref } from "../lib/photo-href.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller } = await requireRegulator(request);
  const hazard = await orThrowResponse(
    caller.regulator.hazard({ organizationId: params.orgId ?? "", hazardId: params.hazardId ?? "" }),
  );
  return { hazard, organizationId: params.orgId ?? "" };
}

export default function RegulatorHazardRecord() {
  const { hazard: h, organizationId } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <RecordActions organizationId={organizationId} ledger="hazards" />
      <HazardRecordSheet
        h={h}
        organizationName={h.organizationName}
        timeZone={h.timeZone}
        photoHref={regulatorPhotoHref(organizationId)}
      />
    </div>
  );
}
