// 进货查验: a seller records one delivered batch on a phone — supplier from the register, product,
// batch, quantity, the documents checked (合格证明, 检验报告, CCC certificate with validity, XK number),
// the marking check and the conclusion; the signed-in member is the one who checked. A missing or
// invalid document cannot be "accepted" and opens a hazard; saving goes on to the purchase ledger.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Field, FormAlert } from "../components/Field.tsx";
import { requireMember } from "../lib/auth.server.ts";
import { attempt, formValues, parseForm } from "../lib/forms.server.ts";
import { errorPage, orThrowResponse } from "../lib/trpc.server.ts";
import { hasRole } from "../lib/auth.server.ts";
import styles from "../styles/sellers.css?url";
import { useIsPending } from "../lib/pending.ts";
import { PurchaseNewFormSchema } from "./app.purchases.new.form.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("purchaseNew");

const DOC_CHECKS = ["ok", "missing", "invalid"] as const;
const CONCLUSIONS = ["accepted", "rejected", "quarantined"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org, user } = await requireMember(request);
  if (!hasRole(org, "principal", "director", "officer")) throw errorPage("FORBIDDEN");
  const suppliers = (await orThrowResponse(caller.sellers.suppliers.list())).filter((s) => !s.retired);
  return { suppliers, today: org.today, checkedBy: user.name };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const v = formValues(form);
  const result = await attempt(request, () => caller.sellers.purchases.create(parseForm(form, PurchaseNewFormSchema)));
  if (!result.ok) return data({ error: result.error.message, fields: result.error.fields, values: v }, { status: 400 });
  const day = v.purchaseDate ?? ""; // as posted: the schema accepted it
  const params = new URLSearchParams({ from: day, to: day, saved: result.value.id });
  if (result.value.hazardNo) params.set("hazardNo", result.value.hazardNo);
  return redirect(`/app/purchases?${params.toString()}`);
}

function Radios({
  name,
  legend,
  options,
  value,
  error,
}: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  value: string;
  error?: string | undefined;
}) {
  return (
    <fieldset
      className={error ? "seller-radios field-invalid" : "seller-radios"}
      aria-describedby={error ? `${name}-error` : undefined}
    >
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input type="radio" name={name} value={o.value} defaultChecked={value === o.value} />
          {o.label}
        </label>
      ))}
      {error ? (
        <p id={`${name}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export default function PurchaseCheckNew() {
  const { suppliers, today, checkedBy } = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const { t } = useTranslation();
  const busy = useIsPending({}, { state: "submitting" });
  const fields: Record<string, string> = a?.fields ?? {};
  const values: Record<string, string> = a?.values ?? {};
  const [ccc, setCcc] = useState(values.cccRequired === "on");
  const [xk, setXk] = useState(values.xkRequired === "on");
  const docOptions = DOC_CHECKS.map((c) => ({ value: c, label: t(`sellers.documentChecks.${c}`) }));
  if (suppliers.length === 0)
    return (
      <section className="stack">
        <h1>{t("sellers.purchase.title")}</h1>
        <p className="muted">
          <Link to="/app/suppliers">{t("sellers.purchase.noSuppliers")}</Link>
        </p>
      </section>
    );
  return (
    <section className="stack">
      <h1>{t("sellers.purchase.title")}</h1>
      <p className="lead">{t("sellers.purchase.lead")}</p>
      <Form method="post" className="stack" aria-label={t("sellers.purchase.title")}>
        <FormAlert message={a?.error} />
        <div className={fields.supplierId ? "field field-invalid" : "field"}>
          <label htmlFor="p-supplier">{t("sellers.purchase.supplier")}</label>
          <select id="p-supplier" name="supplierId" required defaultValue={values.supplierId ?? ""}>
            <option value="">{t("sellers.purchase.chooseSupplier")}</option>
            {suppliers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {fields.supplierId ? (
            <p className="field-error" role="alert">
              {fields.supplierId}
            </p>
          ) : null}
        </div>
        <Field
          name="productName"
          label={t("sellers.common.product")}
          required
          defaultValue={values.productName ?? ""}
          error={fields.productName}
        />
        <Field
          name="specModel"
          label={t("sellers.common.specModel")}
          required
          defaultValue={values.specModel ?? ""}
          error={fields.specModel}
        />
        <Field
          name="batchNo"
          label={t("sellers.common.batchNo")}
          required
          defaultValue={values.batchNo ?? ""}
          error={fields.batchNo}
        />
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
          name="unit"
          label={t("sellers.common.unit")}
          required
          defaultValue={values.unit ?? ""}
          error={fields.unit}
        />
        <Field
          name="purchaseDate"
          type="date"
          label={t("sellers.purchase.purchaseDate")}
          required
          defaultValue={values.purchaseDate ?? today}
          error={fields.purchaseDate}
        />
        <Field
          name="manufacturerName"
          label={t("sellers.purchase.manufacturerName")}
          defaultValue={values.manufacturerName ?? ""}
          error={fields.manufacturerName}
        />
        <Field
          name="productionDate"
          type="date"
          label={t("sellers.purchase.productionDate")}
          defaultValue={values.productionDate ?? ""}
          error={fields.productionDate}
        />
        <Radios
          name="conformityCertificate"
          legend={t("sellers.purchase.conformityCertificate")}
          options={docOptions}
          value={values.conformityCertificate ?? "ok"}
          error={fields.conformityCertificate}
        />
        <Radios
          name="inspectionReport"
          legend={t("sellers.purchase.inspectionReport")}
          options={docOptions}
          value={values.inspectionReport ?? "ok"}
          error={fields.inspectionReport}
        />
        <label className="seller-check">
          <input type="checkbox" name="cccRequired" checked={ccc} onChange={(e) => setCcc(e.target.checked)} />
          {t("sellers.purchase.cccRequired")}
        </label>
        {ccc ? (
          <>
            <Field
              name="cccCertNo"
              inputMode="numeric"
              label={t("sellers.purchase.cccCertNo")}
              defaultValue={values.cccCertNo ?? ""}
              error={fields.cccCertNo}
            />
            <Field
              name="cccValidUntil"
              type="date"
              label={t("sellers.purchase.cccValidUntil")}
              defaultValue={values.cccValidUntil ?? ""}
              error={fields.cccValidUntil}
            />
          </>
        ) : null}
        <label className="seller-check">
          <input type="checkbox" name="xkRequired" checked={xk} onChange={(e) => setXk(e.target.checked)} />
          {t("sellers.purchase.xkRequired")}
        </label>
        {xk ? (
          <Field
            name="xkLicenceNo"
            label={t("sellers.purchase.xkLicenceNo")}
            defaultValue={values.xkLicenceNo ?? ""}
            error={fields.xkLicenceNo}
          />
        ) : null}
        <Radios
          name="markingCheck"
          legend={t("sellers.purchase.markingCheck")}
          options={(["consistent", "inconsistent"] as const).map((c) => ({
            value: c,
            label: t(`sellers.markingChecks.${c}`),
          }))}
          value={values.markingCheck ?? "consistent"}
          error={fields.markingCheck}
        />
        <Radios
          name="conclusion"
          legend={t("sellers.purchase.conclusion")}
          options={CONCLUSIONS.map((c) => ({ value: c, label: t(`sellers.conclusions.${c}`) }))}
          value={values.conclusion ?? "accepted"}
          error={fields.conclusion}
        />
        <Field
          name="remarks"
          label={t("sellers.purchase.remarks")}
          defaultValue={values.remarks ?? ""}
          error={fields.remarks}
        />
        <p className="muted">
          {t("sellers.purchase.checkedBy")}：{checkedBy}
        </p>
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {busy ? t("sellers.common.saving") : t("sellers.purchase.submit")}
        </button>
      </Form>
    </section>
  );
}
