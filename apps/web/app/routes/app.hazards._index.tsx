// 隐患台账: the ledger with filters (a GET form, so it works without JavaScript and links can be
// shared), 50 rows a page in one table that a phone's stylesheet lays out as cards, and the XLSX
// export for a date range.
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HazardSeverity, HazardSource, HazardStatus } from "@anzhi/contracts";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt } from "../lib/forms.server.ts";
import { OverdueBadge, SeverityBadge, StatusBadge } from "../components/hazards/badges.tsx";
import { FormAlert } from "../components/Field.tsx";
import styles from "../styles/ledger.css?url";
import { useIsPending } from "../lib/pending.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("hazards");

const FILTER_KEYS = ["status", "severity", "source", "siteId", "productId", "ownerUserId", "from", "to"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const { org, caller } = await requireMember(request);
  const params = new URL(request.url).searchParams;
  const filter: Record<string, string | boolean | number> = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(key);
    if (v) filter[key] = v;
  }
  if (params.get("overdue") === "1") filter.overdue = true;
  const page = Number(params.get("page") ?? "1");
  if (Number.isInteger(page) && page > 1) filter.page = page;
  const [result, options] = await Promise.all([
    attempt(request, () => caller.hazards.list(filter)),
    caller.hazards.options(),
  ]);
  const today = org.today;
  return {
    ledger: result.ok ? result.value : { items: [], total: 0, page: 1, pageCount: 1 },
    error: result.ok ? null : result.error,
    filter: Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ""])) as Record<
      (typeof FILTER_KEYS)[number],
      string
    >,
    overdueOnly: params.get("overdue") === "1",
    options,
    canCreate: hasRole(org, "principal", "director", "officer"),
    exportFrom: `${today.slice(0, 4)}-01-01`,
    exportTo: today,
  };
}

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string;
  options: Array<{ value: string; label: string }>;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={value}>
        <option value="">{t("hazard.any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function HazardLedger() {
  const { ledger, error, filter, overdueOnly, options, canCreate, exportFrom, exportTo } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { items, total, page, pageCount } = ledger;
  // Column labels once per page, not once per row (the phone shows them beside each value).
  const label = {
    no: t("hazard.no"),
    title: t("hazard.titleField"),
    severity: t("hazard.severity"),
    status: t("hazard.status"),
    owner: t("hazard.owner"),
    dueDate: t("hazard.dueDate"),
    source: t("hazard.source"),
    none: t("hazard.none"),
  };
  const location = useLocation();
  const pageLink = (n: number) => {
    const params = new URLSearchParams(location.search);
    if (n === 1) params.delete("page");
    else params.set("page", String(n));
    const query = params.toString();
    return query ? `?${query}` : "?";
  };
  const loading = useIsPending({}, { state: "loading", pathname: "/app/hazards" });
  return (
    <div className="stack">
      <div className="page-head">
        <div>
          <h1>{t("hazard.title")}</h1>
          <p className="muted">{t("hazard.lead")}</p>
        </div>
        {canCreate ? (
          <Link className="button primary" to="/app/hazards/new">
            {t("hazard.new")}
          </Link>
        ) : null}
      </div>
      <details className="card" open={Object.values(filter).some(Boolean) || overdueOnly}>
        <summary>{t("hazard.filters")}</summary>
        <Form method="get" className="hz-filters" aria-label={t("hazard.filters")}>
          <Select
            name="status"
            label={t("hazard.status")}
            value={filter.status}
            options={HazardStatus.options.map((v) => ({ value: v, label: t(`hazard.statuses.${v}`) }))}
          />
          <Select
            name="severity"
            label={t("hazard.severity")}
            value={filter.severity}
            options={HazardSeverity.options.map((v) => ({ value: v, label: t(`hazard.severities.${v}`) }))}
          />
          <Select
            name="source"
            label={t("hazard.source")}
            value={filter.source}
            options={HazardSource.options.map((v) => ({ value: v, label: t(`hazard.sources.${v}`) }))}
          />
          <Select
            name="siteId"
            label={t("hazard.site")}
            value={filter.siteId}
            options={options.sites.map((s) => ({ value: s.id, label: s.name }))}
          />
          <Select
            name="productId"
            label={t("hazard.product")}
            value={filter.productId}
            options={options.products.map((p) => ({ value: p.id, label: `${p.name} ${p.model}` }))}
          />
          <Select
            name="ownerUserId"
            label={t("hazard.owner")}
            value={filter.ownerUserId}
            options={options.owners.map((o) => ({ value: o.id, label: o.name }))}
          />
          <div className="field">
            <label htmlFor="f-from">{t("hazard.from")}</label>
            <input id="f-from" type="date" name="from" defaultValue={filter.from} />
          </div>
          <div className="field">
            <label htmlFor="f-to">{t("hazard.to")}</label>
            <input id="f-to" type="date" name="to" defaultValue={filter.to} />
          </div>
          <label className="choice">
            <input type="checkbox" name="overdue" value="1" defaultChecked={overdueOnly} />
            {t("hazard.overdueOnly")}
          </label>
          <div className="actions">
            <button type="submit" className="primary">
              {t("hazard.applyFilters")}
            </button>
            <Link className="button" to="/app/hazards">
              {t("hazard.clearFilters")}
            </Link>
          </div>
        </Form>
      </details>
      <FormAlert message={error?.message} />
      <p role="status" aria-busy={loading} data-testid="hazard-count">
        {t("hazard.count", { count: total })}
      </p>
      {total === 0 ? <p className="muted">{t("hazard.empty")}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap hz-ledger-wrap">
          <table className="data hz-ledger" data-testid="hazard-ledger">
            <thead>
              <tr>
                <th scope="col">{label.no}</th>
                <th scope="col">{label.title}</th>
                <th scope="col">{label.severity}</th>
                <th scope="col">{label.status}</th>
                <th scope="col">{label.owner}</th>
                <th scope="col">{label.dueDate}</th>
                <th scope="col">{label.source}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((h) => (
                <tr key={h.id} className={h.overdue ? "hz-row-overdue" : undefined}>
                  <td className="hz-no">
                    <Link to={`/app/hazards/${h.id}`}>{h.hazardNo}</Link>
                  </td>
                  <td className="hz-name">
                    {h.title}
                    {h.site || h.product ? (
                      <span className="hz-where">{[h.site?.name, h.product?.name].filter(Boolean).join(" / ")}</span>
                    ) : null}
                  </td>
                  <td>
                    <SeverityBadge severity={h.severity} />
                  </td>
                  <td>
                    <StatusBadge status={h.status} /> <OverdueBadge overdue={h.overdue} />
                  </td>
                  <td data-label={label.owner}>{h.owner?.name ?? label.none}</td>
                  <td data-label={label.dueDate}>{h.dueDate}</td>
                  <td data-label={label.source}>{t(`hazard.sources.${h.source}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {pageCount > 1 ? (
        <nav className="hz-pager" aria-label={t("hazard.pages")}>
          {page > 1 ? (
            <Link to={pageLink(page - 1)} rel="prev" className="button">
              {t("hazard.prevPage")}
            </Link>
          ) : null}
          <span>{t("hazard.pageOf", { page, pageCount })}</span>
          {page < pageCount ? (
            <Link to={pageLink(page + 1)} rel="next" className="button">
              {t("hazard.nextPage")}
            </Link>
          ) : null}
        </nav>
      ) : null}
      <section className="card no-print" aria-labelledby="export-title">
        <h2 id="export-title">{t("hazard.exportTitle")}</h2>
        <form method="get" action="/app/hazards/export.xlsx" className="hz-filters">
          <div className="field">
            <label htmlFor="x-from">{t("hazard.from")}</label>
            <input id="x-from" type="date" name="from" defaultValue={exportFrom} required />
          </div>
          <div className="field">
            <label htmlFor="x-to">{t("hazard.to")}</label>
            <input id="x-to" type="date" name="to" defaultValue={exportTo} required />
          </div>
          <div className="actions">
            <button type="submit" className="secondary">
              {t("hazard.export")}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
