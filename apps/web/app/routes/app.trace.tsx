// 批次追溯: from a batch number back to the supplier(s) it came from (with their 统一社会信用代码 and
// the purchase check) and on to the buyers it went to, with the stock that should remain.
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireMember } from "../lib/auth.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import styles from "../styles/sellers.css?url";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("trace");

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller } = await requireMember(request);
  const params = new URL(request.url).searchParams;
  const batchNo = params.get("batchNo")?.trim() ?? "";
  const product = params.get("product")?.trim() ?? "";
  const trace = batchNo
    ? await orThrowResponse(caller.sellers.trace({ batchNo, ...(product ? { product } : {}) }))
    : null;
  return { batchNo, product, trace };
}

export default function BatchTracePage() {
  const { batchNo, product, trace } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section className="stack">
      <h1>{t("sellers.trace.title")}</h1>
      <p className="lead">{t("sellers.trace.lead")}</p>
      <Form method="get" className="seller-filters" aria-label={t("sellers.trace.title")}>
        <div className="field">
          <label htmlFor="tr-batch">{t("sellers.trace.batchNo")}</label>
          <input id="tr-batch" name="batchNo" required defaultValue={batchNo} />
        </div>
        <div className="field">
          <label htmlFor="tr-product">{t("sellers.trace.product")}</label>
          <input id="tr-product" name="product" defaultValue={product} />
        </div>
        <button type="submit" className="primary">
          {t("sellers.trace.search")}
        </button>
      </Form>
      {trace ? (
        <>
          <h2>{t("sellers.trace.from")}</h2>
          {trace.purchases.length === 0 ? (
            <p className="muted">{t("sellers.trace.noPurchases")}</p>
          ) : (
            <ul className="seller-cards" data-testid="trace-from">
              {trace.purchases.map((p) => (
                <li key={p.id} className="card">
                  <h3>{p.supplier.name}</h3>
                  <dl className="seller-dl">
                    <dt>{t("sellers.suppliers.uscc")}</dt>
                    <dd>{p.supplier.uscc ?? "—"}</dd>
                    <dt>{t("sellers.suppliers.contactPhone")}</dt>
                    <dd>{[p.supplier.contactName, p.supplier.contactPhone].filter(Boolean).join(" ") || "—"}</dd>
                    <dt>{t("sellers.purchases.date")}</dt>
                    <dd>{p.purchaseDate}</dd>
                    <dt>{t("sellers.common.product")}</dt>
                    <dd>
                      {p.productName} {p.specModel} · {p.quantity} {p.unit}
                    </dd>
                    <dt>{t("sellers.purchase.conclusion")}</dt>
                    <dd>
                      {t(`sellers.conclusions.${p.conclusion as "accepted"}`)}
                      {p.hazard ? (
                        <>
                          {" · "}
                          <Link to={`/app/hazards/${p.hazard.id}`}>{p.hazard.hazardNo}</Link>
                        </>
                      ) : null}
                    </dd>
                  </dl>
                </li>
              ))}
            </ul>
          )}
          <h2>{t("sellers.trace.to")}</h2>
          {trace.sales.length === 0 ? (
            <p className="muted">{t("sellers.trace.noSales")}</p>
          ) : (
            <ul className="seller-cards" data-testid="trace-to">
              {trace.sales.map((s) => (
                <li key={s.id} className="card">
                  <h3>{s.buyerName}</h3>
                  <dl className="seller-dl">
                    <dt>{t("sellers.sales.buyerContact")}</dt>
                    <dd>{s.buyerContact}</dd>
                    <dt>{t("sellers.sales.saleDate")}</dt>
                    <dd>{s.saleDate}</dd>
                    <dt>{t("sellers.common.quantity")}</dt>
                    <dd>
                      {s.quantity} {s.unit}
                    </dd>
                    <dt>{t("sellers.sales.destination")}</dt>
                    <dd>{s.destination}</dd>
                  </dl>
                </li>
              ))}
            </ul>
          )}
          {trace.balance.length > 0 ? (
            <>
              <h2>{t("sellers.trace.balance")}</h2>
              <table className="seller-table">
                <thead>
                  <tr>
                    <th scope="col">{t("sellers.common.unit")}</th>
                    <th scope="col">{t("sellers.trace.purchased")}</th>
                    <th scope="col">{t("sellers.trace.sold")}</th>
                    <th scope="col">{t("sellers.trace.remaining")}</th>
                  </tr>
                </thead>
                <tbody>
                  {trace.balance.map((b) => (
                    <tr key={b.unit}>
                      <td>{b.unit}</td>
                      <td>{b.purchased}</td>
                      <td>{b.sold}</td>
                      <td>{b.remaining}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
