// 整改记录: the print view of one hazard's rectification record (templates.md §9) — the shared
// HazardRecordSheet, which the regulator portal renders too; the shell is hidden when printing.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireMember } from "../lib/auth.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { HazardRecordSheet } from "../components/records/HazardRecordSheet.tsx";
import styles from "../styles/ledger.css?url";
import { memberPhotoHref } from "../lib/photo-href.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data: d }) => [
  { title: `整改记录 ${d?.hazard.hazardNo ?? ""} — 安质` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, caller } = await requireMember(request);
  const hazard = await orThrowResponse(caller.hazards.get({ hazardId: params.hazardId ?? "" }));
  return { hazard, org: { name: org.name }, timeZone: org.timeZone };
}

export default function RectificationPrint() {
  const { hazard: h, org, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="stack">
      <div className="actions no-print">
        <Link className="button" to={`/app/hazards/${h.id}`}>
          {t("hazard.printBack")}
        </Link>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t("hazard.printNow")}
        </button>
      </div>
      <HazardRecordSheet h={h} organizationName={org.name} timeZone={timeZone} photoHref={memberPhotoHref} />
    </div>
  );
}
