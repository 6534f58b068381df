// Print view of one version of the list in the layout of 《工业产品质量安全风险管控清单》: header with
// the enterprise, USCC, version, effective date and the prepared-by / approved-by lines, then the
// model form's columns (contracts RISK_LIST_COLUMNS, the XLSX's too), in Chinese whatever the UI
// language, like every statutory print. A4 landscape when printed.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RISK_LIST_COLUMNS, riskListRowZh } from "@anzhi/contracts";
import { requireMember } from "../lib/auth.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import styles from "../styles/risk-list.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "风险管控清单（打印） — 安质" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller } = await requireMember(request);
  const v = Number(new URL(request.url).searchParams.get("v"));
  const doc = await orThrowResponse(caller.riskList.get(Number.isInteger(v) && v > 0 ? { version: v } : undefined));
  if (!doc.version) throw new Response("Not found", { status: 404 });
  return { doc };
}

function PrintButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="primary" onClick={() => window.print()}>
      {t("riskList.printView.printNow")}
    </button>
  );
}

export default function RiskListPrint() {
  const { doc } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const v = doc.version;
  if (!v) return null;
  return (
    <div>
      <div className="actions no-print">
        <PrintButton />
        <Link className="button" to={`/app/risk-list?v=${v.version}`}>
          {t("riskList.printView.back")}
        </Link>
      </div>
      <article className="print-doc" aria-labelledby="print-title">
        <h1 id="print-title">{doc.title}</h1>
        <dl className="print-head">
          <div>
            <dt>{t("riskList.printView.enterprise")}：</dt>
            <dd>{doc.org.name}</dd>
          </div>
          <div>
            <dt>{t("riskList.printView.uscc")}：</dt>
            <dd>{doc.org.uscc}</dd>
          </div>
          <div>
            <dt>{t("riskList.printView.versionLabel")}：</dt>
            <dd data-testid="print-version">{t("riskList.version", { version: v.version })}</dd>
          </div>
          <div>
            <dt>{t("riskList.effectiveFrom")}：</dt>
            <dd>{v.effectiveFrom}</dd>
          </div>
        </dl>
        <div className="table-wrap">
          <table className="print-table">
            <thead>
              <tr>
                {RISK_LIST_COLUMNS.map((c) => (
                  <th key={c.key} scope="col">
                    {c.zh}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {doc.items.map((item, index) => {
                const row = riskListRowZh(item, index);
                return (
                  <tr key={item.id}>
                    {RISK_LIST_COLUMNS.map((c) => (
                      <td key={c.key}>{row[c.key]}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div className="print-sign">
          <p>
            {t("riskList.preparedBy")}：{v.preparedBy.name}
            {v.preparedBy.role ? `（${t(`riskList.preparedByRole.${v.preparedBy.role}`)}）` : ""}{" "}
            {t("riskList.printView.signature")}：＿＿＿＿＿＿ {t("riskList.printView.date")}：＿＿＿＿
          </p>
          <p>
            {t("riskList.approvedBy")}：{v.approvedBy?.name ?? ""} {t("riskList.printView.signature")}：＿＿＿＿＿＿{" "}
            {t("riskList.printView.date")}：＿＿＿＿
          </p>
        </div>
      </article>
    </div>
  );
}
