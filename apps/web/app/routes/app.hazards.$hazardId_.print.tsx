// 整改记录: the print view of one hazard's rectification record (templates.md §9), with the
// organisation, the facts, rectification, verification and the history; the shell is hidden
// when printing.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireMember } from "../lib/auth.server.ts";
import { formatInstant } from "../lib/format.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import styles from "../styles/ledger.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `整改记录 ${d?.hazard.hazardNo ?? ""} — 安质` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, caller } = await requireMember(request);
  const hazard = await orThrowResponse(caller.hazards.get({ hazardId: params.hazardId ?? "" }));
  return { hazard, org: { name: org.name }, timeZone: org.timeZone };
}

export default function RectificationPrint() {
  const { hazard: h, org, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const rows: Array<[string, string]> = [
    [t("hazard.no"), h.hazardNo],
    [t("hazard.source"), t(`hazard.sources.${h.source}`)],
    [t("hazard.createdAt"), formatInstant(h.createdAt, timeZone)],
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
    [t("hazard.rectifiedBy"), h.rectifiedBy ? `${h.rectifiedBy.name}  ${formatInstant(h.rectifiedAt, timeZone)}` : ""],
    [t("hazard.evidence"), h.attachments.map((a) => a.fileName).join("、")],
    [t("hazard.verificationNote"), h.verificationNote ?? ""],
    [t("hazard.verifiedBy"), h.verifiedBy ? `${h.verifiedBy.name}  ${formatInstant(h.verifiedAt, timeZone)}` : ""],
    [t("hazard.status"), t(`hazard.statuses.${h.status}`)],
    [t("hazard.closedAt"), formatInstant(h.closedAt, timeZone)],
    [t("hazard.reportedToRegulator"), h.majorRiskReports.some((r) => r.status !== "draft") ? "✓" : "—"],
  ];
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
      <article className="print-sheet" data-testid="rectification-record">
        <h1>{t("hazard.printTitle")}</h1>
        <p>{org.name}</p>
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
                <th scope="row">{formatInstant(e.at, timeZone)}</th>
                <td>
                  {t(`hazard.events.${e.action}`)} · {e.actor?.name ?? t("hazard.system")}
                  {e.note ? `\n${e.note}` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          {t("hazard.rectifiedBy")}（{t("hazard.signature")}）：{h.rectifiedBy?.name ?? "＿＿＿＿"}{" "}
          {t("hazard.verifiedBy")}（{t("hazard.signature")}）：{h.verifiedBy?.name ?? "＿＿＿＿"}
        </p>
      </article>
    </div>
  );
}
