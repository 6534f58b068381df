// 审计记录: the organisation's audit trail for its admins and its principal — newest first, filtered
// by person, record type, record id and local dates (a GET form: links can be shared), 50 a page,
// each entry with its chain position and hash, and the XLSX export of the same filter.
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuditEntityType } from "@anzhi/contracts";
import type { KeyIn } from "../i18n/index.ts";
import { requireMember } from "../lib/auth.server.ts";
import { attempt } from "../lib/forms.server.ts";
import { formatInstant } from "../lib/format.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { FormAlert } from "../components/Field.tsx";
import { AUDIT_FILTER_KEYS, auditFilterOf, type AuditFilterKey } from "../lib/audit.ts";
import styles from "../styles/ledger.css?url";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("audit");

export async function loader({ request }: LoaderFunctionArgs) {
  const { org, caller } = await requireMember(request);
  const params = new URL(request.url).searchParams;
  const filter = auditFilterOf(params);
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  // People first: it refuses members who may not read the trail (403 page).
  const people = await orThrowResponse(caller.audit.people());
  const result = await attempt(request, () =>
    caller.audit.list({ ...filter, page: Number.isInteger(page) && page > 0 ? page : 1 }),
  );
  return {
    page: result.ok ? result.value : null,
    error: result.ok ? null : result.error,
    filter: Object.fromEntries(AUDIT_FILTER_KEYS.map((k) => [k, filter[k] ?? ""])) as Record<AuditFilterKey, string>,
    query: new URLSearchParams(filter).toString(),
    people,
    timeZone: org.timeZone,
  };
}

function pageHref(query: string, page: number): string {
  const params = new URLSearchParams(query);
  params.set("page", String(page));
  return `/app/audit?${params.toString()}`;
}

export default function AuditTrail() {
  const { page, error, filter, query, people, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const entityLabel = (type: string) =>
    t(`audit.entityTypes.${type as KeyIn<"audit.entityTypes">}`, { defaultValue: type });
  return (
    <div className="stack">
      <div className="page-head">
        <div>
          <h1>{t("audit.title")}</h1>
          <p className="muted">{t("audit.lead")}</p>
        </div>
        <a className="button" href={`/app/audit/export.xlsx${query ? `?${query}` : ""}`} download>
          {t("audit.export")}
        </a>
      </div>
      <details className="card" open={Object.values(filter).some(Boolean)}>
        <summary>{t("audit.filters")}</summary>
        <Form method="get" className="hz-filters" aria-label={t("audit.filters")}>
          <div className="field">
            <label htmlFor="f-actor">{t("audit.person")}</label>
            <select id="f-actor" name="actorUserId" defaultValue={filter.actorUserId}>
              <option value="">{t("audit.any")}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-type">{t("audit.entityType")}</label>
            <select id="f-type" name="entityType" defaultValue={filter.entityType}>
              <option value="">{t("audit.any")}</option>
              {AuditEntityType.options.map((v) => (
                <option key={v} value={v}>
                  {entityLabel(v)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-entity">{t("audit.entityId")}</label>
            <input id="f-entity" name="entityId" defaultValue={filter.entityId} />
          </div>
          <div className="field">
            <label htmlFor="f-from">{t("audit.from")}</label>
            <input id="f-from" type="date" name="from" defaultValue={filter.from} />
          </div>
          <div className="field">
            <label htmlFor="f-to">{t("audit.to")}</label>
            <input id="f-to" type="date" name="to" defaultValue={filter.to} />
          </div>
          <div className="actions">
            <button type="submit" className="primary">
              {t("audit.apply")}
            </button>
          </div>
        </Form>
      </details>
      {error ? <FormAlert message={error.message} /> : null}
      {page ? (
        <>
          <p className="muted" data-testid="audit-count">
            {t("audit.count", { count: page.total })} · {t("audit.page", { page: page.page, pages: page.pages })}
          </p>
          {page.rows.length === 0 ? <p className="muted">{t("audit.empty")}</p> : null}
          <div className="table-wrap">
            <table className="hz-table" data-testid="audit-table">
              <thead>
                <tr>
                  <th scope="col">{t("audit.seq")}</th>
                  <th scope="col">{t("audit.at")}</th>
                  <th scope="col">{t("audit.actor")}</th>
                  <th scope="col">{t("audit.action")}</th>
                  <th scope="col">{t("audit.record")}</th>
                  <th scope="col">{t("audit.details")}</th>
                  <th scope="col">{t("audit.hash")}</th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((r) => (
                  <tr key={r.id}>
                    <td>{r.seq ?? ""}</td>
                    <td>{formatInstant(r.at, timeZone)}</td>
                    <td>
                      {r.actorName ?? ""}（{t(`audit.actorKinds.${r.actorKind as KeyIn<"audit.actorKinds">}`)}）
                    </td>
                    <td>
                      <code>{r.action}</code>
                    </td>
                    <td>
                      {entityLabel(r.entityType)}
                      {r.entityId ? (
                        <>
                          {" "}
                          <Link
                            to={`/app/audit?${new URLSearchParams({ entityType: r.entityType, entityId: r.entityId }).toString()}`}
                          >
                            <code>{r.entityId}</code>
                          </Link>
                        </>
                      ) : null}
                    </td>
                    <td>
                      <code className="audit-data">{JSON.stringify(r.data)}</code>
                    </td>
                    <td>
                      <code title={r.hash ?? ""}>{r.hash ? `${r.hash.slice(0, 12)}…` : ""}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="actions" aria-label={t("audit.page", { page: page.page, pages: page.pages })}>
            {page.page > 1 ? (
              <Link className="button" to={pageHref(query, page.page - 1)} rel="prev">
                {t("audit.prev")}
              </Link>
            ) : null}
            {page.page < page.pages ? (
              <Link className="button" to={pageHref(query, page.page + 1)} rel="next">
                {t("audit.next")}
              </Link>
            ) : null}
          </nav>
        </>
      ) : null}
    </div>
  );
}
