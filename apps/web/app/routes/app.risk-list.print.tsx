// Print view of one version of the list in the layout of 《工业产品质量安全风险管控清单》: header with
// the enterprise, USCC, version, effective date and the prepared-by / approved-by lines, then the
// table 序号/控制环节/风险点/管控措施/管控频次/责任岗位/责任人/依据. A4 landscape when printed.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
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
  const cols = ["seq", "stage", "riskPoint", "controlMeasure", "frequency", "role", "person", "basis"] as const;
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
                {cols.map((c) => (
                  <th key={c} scope="col">
                    {t(`riskList.columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {doc.items.map((item, index) => (
                <tr key={item.id}>
                  <td>{index + 1}</td>
                  <td>{t(`riskList.stages.${item.stage}`, { defaultValue: item.stage })}</td>
                  <td>{item.riskPoint}</td>
                  <td>{item.controlMeasure}</td>
                  <td>{t(`riskList.frequencies.${item.frequency}`, { defaultValue: item.frequency })}</td>
                  <td>{t(`riskList.roles.${item.responsibleRole}`, { defaultValue: item.responsibleRole })}</td>
                  <td>{item.responsibleName ?? ""}</td>
                  <td>{item.basis}</td>
                </tr>
              ))}
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
