// 重大质量安全风险报告: drafts and submitted reports, newest first.
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireMember } from "../lib/auth.server.ts";
import { formatInstant } from "../lib/format.ts";
import styles from "../styles/ledger.css?url";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("majorReports");

export async function loader({ request }: LoaderFunctionArgs) {
  const { org, caller } = await requireMember(request);
  return { reports: await caller.hazards.majorReports.list(), timeZone: org.timeZone };
}

export default function MajorReports() {
  const { reports, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="stack">
      <div>
        <h1>{t("majorReport.title")}</h1>
        <p className="muted">{t("majorReport.lead")}</p>
      </div>
      {reports.length === 0 ? <p className="muted">{t("majorReport.empty")}</p> : null}
      <ul className="hz-list">
        {reports.map((r) => (
          <li key={r.id} className="hz-card">
            <Link className="hz-title" to={`/app/major-reports/${r.id}`}>
              {r.title}
            </Link>
            <div className="hz-meta">
              <span className={`hz-badge ${r.status === "draft" ? "hz-sev-significant" : "hz-status-closed"}`}>
                {t(`majorReport.statuses.${r.status}`)}
              </span>
              {r.hazard ? <span>{r.hazard.hazardNo}</span> : null}
              <span>{formatInstant(r.submittedAt ?? r.createdAt, timeZone)}</span>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
