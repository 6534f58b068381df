// 履职记录: proposals and vetoes with the principal's decision and the time to answer (open ones
// show how long they have waited), and the XLSX export.
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { KeyIn } from "../i18n/index.ts";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { formatInstant } from "../lib/format.ts";
import styles from "../styles/ledger.css?url";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("proposals");

export async function loader({ request }: LoaderFunctionArgs) {
  const { org, caller } = await requireMember(request);
  const proposals = await caller.proposals.list();
  const today = org.today;
  return {
    proposals,
    timeZone: org.timeZone,
    canFile: hasRole(org, "director", "officer"),
    exportFrom: `${today.slice(0, 4)}-01-01`,
    exportTo: today,
  };
}

export default function Proposals() {
  const { proposals, timeZone, canFile, exportFrom, exportTo } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const sorted = [...proposals].sort((a, b) => (a.status === b.status ? 0 : a.status === "pending" ? -1 : 1));
  return (
    <div className="stack">
      <div className="page-head">
        <div>
          <h1>{t("proposal.title")}</h1>
          <p className="muted">{t("proposal.lead")}</p>
        </div>
        {canFile ? (
          <Link className="button primary" to="/app/proposals/new">
            {t("proposal.new")}
          </Link>
        ) : null}
      </div>
      {sorted.length === 0 ? <p className="muted">{t("proposal.empty")}</p> : null}
      <ul className="hz-list" data-testid="proposal-list">
        {sorted.map((p) => (
          <li key={p.id} className={p.status === "pending" ? "hz-card hz-row-overdue" : "hz-card"}>
            <Link className="hz-title" to={`/app/proposals/${p.id}`}>
              {t(`proposal.types.${p.type}`)} · {p.defectDescription.slice(0, 60)}
            </Link>
            <div className="hz-meta">
              <span>
                {t("proposal.proposedBy")}：{p.proposedBy.name}（
                {t(`proposal.roles.${p.proposerRole as KeyIn<"proposal.roles">}`)}）
              </span>
              <span>{formatInstant(p.proposedAt, timeZone)}</span>
            </div>
            <div className="hz-marks">
              {p.decision ? (
                <>
                  <span
                    className={`hz-badge ${p.decision.decision === "rejected" ? "hz-sev-major" : "hz-status-closed"}`}
                  >
                    {t(`proposal.decisions.${p.decision.decision}`)}
                  </span>
                  <span className="muted">{t("proposal.answeredIn", { hours: p.hoursToAnswer })}</span>
                </>
              ) : (
                <>
                  <span className="hz-badge hz-sev-significant">{t("proposal.pending")}</span>
                  <span>{t("proposal.waiting", { hours: p.hoursToAnswer })}</span>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
      <section className="card" aria-labelledby="p-export">
        <h2 id="p-export">{t("proposal.export")}</h2>
        <form method="get" action="/app/proposals/export.xlsx" className="hz-filters">
          <div className="field">
            <label htmlFor="px-from">{t("hazard.from")}</label>
            <input id="px-from" type="date" name="from" defaultValue={exportFrom} required />
          </div>
          <div className="field">
            <label htmlFor="px-to">{t("hazard.to")}</label>
            <input id="px-to" type="date" name="to" defaultValue={exportTo} required />
          </div>
          <div className="actions">
            <button type="submit" className="secondary">
              {t("proposal.export")}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
