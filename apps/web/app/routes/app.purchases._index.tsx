// 进货台账: every checked delivery with its supplier, documents, conclusion and hazard, filtered by
// period, supplier, batch, product, conclusion or "only problems"; print view and XLSX of the same
// filter. On a phone the table scrolls sideways.
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { purchaseQueryOf, queryString } from "../lib/sellers.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import styles from "../styles/sellers.css?url";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("purchases");

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  const url = new URL(request.url);
  const q = purchaseQueryOf(url, org.today);
  const [rows, suppliers] = await Promise.all([
    orThrowResponse(caller.sellers.purchases.ledger(q)),
    orThrowResponse(caller.sellers.suppliers.list()),
  ]);
  return {
    q,
    qs: queryString(q),
    rows,
    suppliers: suppliers.map((s) => ({ id: s.id, name: s.name })),
    canCheck: hasRole(org, "principal", "director", "officer"),
    saved: url.searchParams.get("saved") ? { hazardNo: url.searchParams.get("hazardNo") } : null,
  };
}

export default function PurchaseLedger() {
  const { q, qs, rows, suppliers, canCheck, saved } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section className="stack">
      <div className="page-head">
        <h1>{t("sellers.purchases.title")}</h1>
        {canCheck ? (
          <Link className="button primary" to="/app/purchases/new">
            {t("sellers.purchases.add")}
          </Link>
        ) : null}
      </div>
      <p className="lead">{t("sellers.purchases.lead")}</p>
      {saved ? (
        <p role="status">
          {saved.hazardNo ? (
            <>
              {t("sellers.purchase.savedWithHazard", { hazardNo: saved.hazardNo })}{" "}
              <Link to={`/app/hazards?source=purchase_check`}>{saved.hazardNo}</Link>
            </>
          ) : (
            t("sellers.purchase.saved")
          )}
        </p>
      ) : null}
      <Form method="get" className="seller-filters no-print" aria-label={t("sellers.common.filter")}>
        <div className="field">
          <label htmlFor="pl-from">{t("sellers.common.from")}</label>
          <input id="pl-from" type="date" name="from" defaultValue={q.from} />
        </div>
        <div className="field">
          <label htmlFor="pl-to">{t("sellers.common.to")}</label>
          <input id="pl-to" type="date" name="to" defaultValue={q.to} />
        </div>
        <div className="field">
          <label htmlFor="pl-supplier">{t("sellers.purchases.supplier")}</label>
          <select id="pl-supplier" name="supplierId" defaultValue={q.supplierId ?? ""}>
            <option value="">{t("sellers.purchases.all")}</option>
            {suppliers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="pl-batch">{t("sellers.common.batchNo")}</label>
          <input id="pl-batch" name="batchNo" defaultValue={q.batchNo ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="pl-product">{t("sellers.common.product")}</label>
          <input id="pl-product" name="product" defaultValue={q.product ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="pl-conclusion">{t("sellers.purchase.conclusion")}</label>
          <select id="pl-conclusion" name="conclusion" defaultValue={q.conclusion ?? ""}>
            <option value="">{t("sellers.purchases.all")}</option>
            {(["accepted", "rejected", "quarantined"] as const).map((c) => (
              <option key={c} value={c}>
                {t(`sellers.conclusions.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="seller-check">
          <input type="checkbox" name="problemsOnly" defaultChecked={q.problemsOnly === true} />
          {t("sellers.purchases.problemsOnly")}
        </label>
        <button type="submit">{t("sellers.common.filter")}</button>
      </Form>
      <div className="seller-actions no-print">
        <span role="status">{t("sellers.common.rows", { count: rows.length })}</span>
        <Link className="button" to={`/app/purchases/print?${qs}`}>
          {t("sellers.common.print")}
        </Link>
        <a className="button" href={`/app/purchases/export.xlsx?${qs}`} download>
          {t("sellers.common.exportXlsx")}
        </a>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t("sellers.common.none")}</p>
      ) : (
        <div className="seller-table-wrap" role="region" aria-label={t("sellers.purchases.title")} tabIndex={0}>
          <table className="seller-table" data-testid="purchase-ledger">
            <thead>
              <tr>
                <th scope="col">{t("sellers.purchases.date")}</th>
                <th scope="col">{t("sellers.common.product")}</th>
                <th scope="col">{t("sellers.common.batchNo")}</th>
                <th scope="col">{t("sellers.common.quantity")}</th>
                <th scope="col">{t("sellers.purchases.supplier")}</th>
                <th scope="col">{t("sellers.purchases.documents")}</th>
                <th scope="col">{t("sellers.purchase.conclusion")}</th>
                <th scope="col">{t("sellers.purchase.checkedBy")}</th>
                <th scope="col">{t("sellers.purchases.hazard")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.purchaseDate}</td>
                  <td>
                    {r.productName} {r.specModel}
                  </td>
                  <td>
                    <Link to={`/app/trace?batchNo=${encodeURIComponent(r.batchNo)}`}>{r.batchNo}</Link>
                  </td>
                  <td>
                    {r.quantity} {r.unit}
                  </td>
                  <td>
                    {r.supplier.name}
                    <br />
                    <small>{r.supplier.uscc ?? ""}</small>
                  </td>
                  <td>
                    {r.problems.length === 0 ? (
                      <span className="hz-badge seller-ok">{t("sellers.purchases.ok")}</span>
                    ) : (
                      r.problems.map((p) => (
                        <span key={p} className="hz-badge seller-bad">
                          {t(`sellers.problems.${p}`)}
                        </span>
                      ))
                    )}
                  </td>
                  <td>{t(`sellers.conclusions.${r.conclusion as "accepted"}`)}</td>
                  <td>{r.checkedBy}</td>
                  <td>{r.hazard ? <Link to={`/app/hazards/${r.hazard.id}`}>{r.hazard.hazardNo}</Link> : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
