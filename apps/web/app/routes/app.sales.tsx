// 销售台账 (wholesale): the form to record a sale (buyer, product, batch, quantity, date, destination)
// and the ledger filtered by period, buyer, batch or product, with its print view and XLSX.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormAlert } from "../components/Field.tsx";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt, formValues, parseForm } from "../lib/forms.server.ts";
import { queryString, saleQueryOf } from "../lib/sellers.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import styles from "../styles/sellers.css?url";
import { useIsPending } from "../lib/pending.ts";
import { SaleFormSchema } from "./app.sales.form.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("sales");

const TEXT = ["productName", "specModel", "batchNo", "unit", "buyerName", "buyerContact", "destination"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  const q = saleQueryOf(new URL(request.url), org.today);
  return {
    q,
    qs: queryString(q),
    rows: await orThrowResponse(caller.sellers.sales.ledger(q)),
    canWrite: hasRole(org, "principal", "director", "officer"),
    today: org.today,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const v = formValues(form);
  const result = await attempt(request, () => caller.sellers.sales.create(parseForm(form, SaleFormSchema)));
  if (!result.ok)
    return data(
      { ok: false as const, error: result.error.message, fields: result.error.fields, values: v },
      { status: 400 },
    );
  return { ok: true as const, error: null, fields: {} as Record<string, string>, values: {} as Record<string, string> };
}

export default function SalesLedger() {
  const { q, qs, rows, canWrite, today } = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const { t } = useTranslation();
  const busy = useIsPending({}, { state: "submitting" });
  const fields: Record<string, string> = a?.fields ?? {};
  const values: Record<string, string> = a?.values ?? {};
  const label = (k: (typeof TEXT)[number]) =>
    k === "productName" || k === "specModel" || k === "batchNo" || k === "unit"
      ? t(`sellers.common.${k === "productName" ? "product" : k}`)
      : t(`sellers.sales.${k}`);
  return (
    <section className="stack">
      <h1>{t("sellers.sales.title")}</h1>
      <p className="lead">{t("sellers.sales.lead")}</p>
      {a?.ok ? <p role="status">{t("sellers.sales.saved")}</p> : null}
      {canWrite ? (
        <details className="card no-print" open={a?.ok === false}>
          <summary>{t("sellers.sales.add")}</summary>
          <Form method="post" className="stack" key={a?.ok ? `saved-${rows.length}` : "form"}>
            <FormAlert message={a?.error ?? undefined} />
            {TEXT.map((k) => (
              <Field key={k} name={k} label={label(k)} required defaultValue={values[k] ?? ""} error={fields[k]} />
            ))}
            <Field
              name="quantity"
              type="number"
              inputMode="decimal"
              step="any"
              min="0"
              label={t("sellers.common.quantity")}
              required
              defaultValue={values.quantity ?? ""}
              error={fields.quantity}
            />
            <Field
              name="saleDate"
              type="date"
              label={t("sellers.sales.saleDate")}
              required
              defaultValue={values.saleDate ?? today}
              error={fields.saleDate}
            />
            <Field
              name="buyerUscc"
              label={t("sellers.sales.buyerUscc")}
              defaultValue={values.buyerUscc ?? ""}
              error={fields.buyerUscc}
            />
            <Field
              name="invoiceNo"
              label={t("sellers.sales.invoiceNo")}
              defaultValue={values.invoiceNo ?? ""}
              error={fields.invoiceNo}
            />
            <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
              {busy ? t("sellers.common.saving") : t("sellers.common.save")}
            </button>
          </Form>
        </details>
      ) : null}
      <Form method="get" className="seller-filters no-print" aria-label={t("sellers.common.filter")}>
        <div className="field">
          <label htmlFor="sl-from">{t("sellers.common.from")}</label>
          <input id="sl-from" type="date" name="from" defaultValue={q.from} />
        </div>
        <div className="field">
          <label htmlFor="sl-to">{t("sellers.common.to")}</label>
          <input id="sl-to" type="date" name="to" defaultValue={q.to} />
        </div>
        <div className="field">
          <label htmlFor="sl-buyer">{t("sellers.sales.buyer")}</label>
          <input id="sl-buyer" name="buyer" defaultValue={q.buyer ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="sl-batch">{t("sellers.common.batchNo")}</label>
          <input id="sl-batch" name="batchNo" defaultValue={q.batchNo ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="sl-product">{t("sellers.common.product")}</label>
          <input id="sl-product" name="product" defaultValue={q.product ?? ""} />
        </div>
        <button type="submit">{t("sellers.common.filter")}</button>
      </Form>
      <div className="seller-actions no-print">
        <span role="status">{t("sellers.common.rows", { count: rows.length })}</span>
        <Link className="button" to={`/app/sales/print?${qs}`}>
          {t("sellers.common.print")}
        </Link>
        <a className="button" href={`/app/sales/export.xlsx?${qs}`} download>
          {t("sellers.common.exportXlsx")}
        </a>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t("sellers.common.none")}</p>
      ) : (
        <div className="seller-table-wrap" role="region" aria-label={t("sellers.sales.title")} tabIndex={0}>
          <table className="seller-table" data-testid="sales-ledger">
            <thead>
              <tr>
                <th scope="col">{t("sellers.sales.saleDate")}</th>
                <th scope="col">{t("sellers.common.product")}</th>
                <th scope="col">{t("sellers.common.batchNo")}</th>
                <th scope="col">{t("sellers.common.quantity")}</th>
                <th scope="col">{t("sellers.sales.buyer")}</th>
                <th scope="col">{t("sellers.sales.destination")}</th>
                <th scope="col">{t("sellers.sales.recordedBy")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.saleDate}</td>
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
                    {r.buyerName}
                    <br />
                    <small>{r.buyerContact}</small>
                  </td>
                  <td>{r.destination}</td>
                  <td>{r.recordedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
