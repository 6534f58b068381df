// One enterprise, read-only: its granted ledgers as tabs, filters (date range, site, product,
// result), the records of the chosen ledger, and XLSX/CSV exports of exactly what is shown.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { addDays } from "@anzhi/contracts";
import { requireRegulator } from "../lib/regulator.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { LedgerTable } from "../components/regulator/LedgerTable.tsx";
import { useIsPending } from "../lib/pending.ts";
import { parseForm } from "../lib/forms.server.ts";
import { ledgerQuerySchema } from "./regulator.enterprises.$orgId._index.form.ts";

const FILTER_KEYS = ["from", "to", "siteId", "productId", "result"] as const;
/** Ledgers whose rows open a statutory record in its print layout. */
const RECORD_PATH: Partial<Record<string, string>> = {
  daily: "daily",
  weekly: "weekly",
  monthly: "monthly",
  hazards: "hazards",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller } = await requireRegulator(request);
  const organizationId = params.orgId ?? "";
  const q = new URL(request.url).searchParams;
  const enterprise = await orThrowResponse(caller.regulator.enterprise({ organizationId }));
  const ledger = enterprise.ledgers.find((l) => l === q.get("ledger")) ?? enterprise.ledgers[0] ?? "hazards";
  const defaults = { ledger, from: addDays(enterprise.today, -90), to: enterprise.today };
  q.set("ledger", ledger);
  const table = await orThrowResponse(() =>
    caller.regulator.ledger(parseForm(q, ledgerQuerySchema(organizationId, defaults))),
  );
  return { enterprise, ledger, filter: table.filter, table, undated: table.undated };
}

export default function EnterpriseLedgers() {
  const { enterprise, ledger, filter, table, undated } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const busy = useIsPending({}, { state: "loading" });
  const base = `/regulator/enterprises/${enterprise.id}`;
  const query = new URLSearchParams({ ledger });
  for (const k of FILTER_KEYS) {
    const v = filter[k];
    if (v) query.set(k, v);
  }
  const exportHref = (format: string) => `${base}/export?${query.toString()}&format=${format}`;
  const hasResult = ledger === "hazards" || ledger === "inspections" || ledger === "sampling";
  const results = ledger === "hazards" ? (["open", "closed"] as const) : (["pass", "fail"] as const);
  const recordPath = RECORD_PATH[ledger];
  return (
    <section className="stack">
      <p>
        <Link to="/regulator">← {t("regulator.detail.back")}</Link>
      </p>
      <h1>{enterprise.name}</h1>
      <p className="muted">{enterprise.uscc}</p>
      <p>
        <Link to={`${base}/dossier`}>{t("regulator.detail.dossier")}</Link>
      </p>
      <nav aria-label={t("regulator.detail.ledgers")}>
        <ul className="reg-tabs" style={{ listStyle: "none", padding: 0 }}>
          {enterprise.ledgers.map((l) => (
            <li key={l}>
              <Link
                to={`${base}?ledger=${l}&from=${filter.from}&to=${filter.to}`}
                aria-current={l === ledger ? "page" : undefined}
              >
                {t(`regulator.ledger.${l}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{t(`regulator.ledger.${ledger}`)}</h2>
      {undated ? (
        <p className="muted">{t("regulator.detail.undated")}</p>
      ) : (
        <Form method="get" className="reg-filters" aria-label={t("regulator.detail.filters")}>
          <input type="hidden" name="ledger" value={ledger} />
          <div className="field">
            <label htmlFor="f-from">{t("regulator.detail.from")}</label>
            <input id="f-from" type="date" name="from" defaultValue={filter.from} required />
          </div>
          <div className="field">
            <label htmlFor="f-to">{t("regulator.detail.to")}</label>
            <input id="f-to" type="date" name="to" defaultValue={filter.to} required />
          </div>
          {ledger === "daily" || ledger === "hazards" || ledger === "inspections" ? (
            <div className="field">
              <label htmlFor="f-site">{t("regulator.detail.site")}</label>
              <select id="f-site" name="siteId" defaultValue={filter.siteId ?? ""}>
                <option value="">{t("regulator.detail.all")}</option>
                {enterprise.sites.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {hasResult ? (
            <>
              <div className="field">
                <label htmlFor="f-product">{t("regulator.detail.product")}</label>
                <select id="f-product" name="productId" defaultValue={filter.productId ?? ""}>
                  <option value="">{t("regulator.detail.all")}</option>
                  {enterprise.products.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name} {p.model}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="f-result">{t("regulator.detail.result")}</label>
                <select id="f-result" name="result" defaultValue={filter.result ?? ""}>
                  <option value="">{t("regulator.detail.all")}</option>
                  {results.map((r) => (
                    <option key={r} value={r}>
                      {t(`regulator.detail.${r}`)}
                    </option>
                  ))}
                </select>
              </div>
            </>
          ) : null}
          <button type="submit" disabled={busy} aria-busy={busy}>
            {busy ? t("regulator.detail.loading") : t("regulator.detail.show")}
          </button>
        </Form>
      )}
      <div className="reg-actions">
        <span role="status">{t("regulator.detail.rows", { count: table.rows.length })}</span>
        <a href={exportHref("xlsx")} download>
          {t("regulator.detail.exportXlsx")}
        </a>
        <a href={exportHref("csv")} download>
          {t("regulator.detail.exportCsv")}
        </a>
      </div>
      <LedgerTable
        table={table}
        caption={t(`regulator.ledger.${ledger}`)}
        recordHref={recordPath ? (id) => `${base}/${recordPath}/${id}` : undefined}
      />
    </section>
  );
}
