// A hazard's rectification record (整改记录) for a regulator: the same fields and history as the
// enterprise's print view, read-only, with no attachments' content and no actions; logged.
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatInstant } from "../lib/format.ts";
import { requireRegulator, regulatorRead } from "../lib/regulator.server.ts";
import { RegulatorErrorBoundary } from "../components/regulator/ErrorBoundary.tsx";
import styles from "../styles/ledger.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller } = await requireRegulator(request);
  const hazard = await regulatorRead(request, caller.regulator.hazard({ organizationId: params.orgId ?? "", hazardId: params.hazardId ?? "" }));
  return { hazard, organizationId: params.orgId ?? "" };
}

export default function RegulatorHazardRecord() {
  const { hazard: h, organizationId } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const tz = h.timeZone;
  const rows: Array<[string, string]> = [
    [t("hazard.no"), h.hazardNo],
    [t("hazard.source"), t(`hazard.sources.${h.source}`)],
    [t("hazard.createdAt"), formatInstant(h.createdAt, tz)],
    [t("hazard.titleField"), h.title],
    [t("hazard.description"), h.description],
    [t("hazard.site"), [h.site?.name, h.product?.name].filter(Boolean).join(" / ")],
    [t("hazard.severity"), t(`hazard.severities.${h.severity}`)],
    [t("hazard.cause"), h.rootCause ?? ""],
    [t("hazard.correctiveAction"), h.correctiveAction ?? ""],
    [t("hazard.containment"), h.containment ?? ""],
    [t("hazard.owner"), h.owner?.name ?? ""],
    [t("hazard.dueDate"), `${h.dueDate}${h.overdue ? `（${t("hazard.overdue")}）` : ""}`],
    [t("hazard.rectificationNote"), h.rectificationNote ?? ""],
    [t("hazard.rectifiedBy"), h.rectifiedBy ? `${h.rectifiedBy.name}  ${formatInstant(h.rectifiedAt, tz)}` : ""],
    [t("hazard.evidence"), h.attachments.map((a) => a.fileName).join("、")],
    [t("hazard.verificationNote"), h.verificationNote ?? ""],
    [t("hazard.verifiedBy"), h.verifiedBy ? `${h.verifiedBy.name}  ${formatInstant(h.verifiedAt, tz)}` : ""],
    [t("hazard.status"), t(`hazard.statuses.${h.status}`)],
    [t("hazard.closedAt"), formatInstant(h.closedAt, tz)],
  ];
  return (
    <div className="stack">
      <div className="reg-actions">
        <Link to={`/regulator/enterprises/${organizationId}?ledger=hazards`}>← {t("regulator.weekly.back")}</Link>
        <button type="button" onClick={() => window.print()}>
          {t("hazard.printNow")}
        </button>
      </div>
      <article className="print-sheet" data-testid="rectification-record">
        <h1>{t("hazard.printTitle")}</h1>
        <p>{h.organizationName}</p>
        <table>
          <tbody>
            {rows.map(([k, v]) => (
              <tr key={k}>
                <th scope="row">{k}</th>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>{t("hazard.history")}</h2>
        <table>
          <tbody>
            {h.events.map((e) => (
              <tr key={e.id}>
                <th scope="row">{formatInstant(e.at, tz)}</th>
                <td>
                  {t(`hazard.events.${e.action}`)} · {e.actor?.name ?? t("hazard.system")}
                  {e.note ? `\n${e.note}` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </article>
    </div>
  );
}

export { RegulatorErrorBoundary as ErrorBoundary };
