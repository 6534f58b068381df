// 进货检验记录: incoming inspections (pushed, imported or typed), filterable with their XLSX, and
// a phone form that starts from the catalogue's incoming checks of the product the material goes
// into (docs/decisions/021). A rejected lot opens a hazard.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { IncomingDocument, InspectionResult, NonConformityHandling } from "@anzhi/contracts";
import { Field, FormAlert } from "../components/Field.tsx";
import { RecordList } from "../components/inspections/RecordList.tsx";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt, formValues, parseForm } from "../lib/forms.server.ts";
import { browseQueryOf, browseQueryString } from "../lib/inspections.server.ts";
import { useIsPending } from "../lib/pending.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { incomingEntryFormSchema } from "./app.inspections.incoming.form.ts";
import { pageTitle } from "../lib/meta.ts";

export const meta = pageTitle("inspectionsIncoming");

const EXTRA_LINES = 2;

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  const url = new URL(request.url);
  const query = browseQueryOf(url, "incoming");
  const productId = url.searchParams.get("product") || undefined;
  const [page, products, suppliers] = await Promise.all([
    orThrowResponse(caller.inspections.browse(query)),
    orThrowResponse(caller.profile.products.list()),
    orThrowResponse(caller.sellers.suppliers.list()),
  ]);
  const template = productId
    ? await orThrowResponse(caller.inspections.template({ productId, kind: "incoming" }))
    : null;
  return {
    records: page.items,
    total: page.total,
    products: products.map((p) => ({ id: p.id, name: p.model ? `${p.name}（${p.model}）` : p.name })),
    suppliers: suppliers.map((s) => ({ id: s.id, name: s.name })),
    template,
    chosenProduct: productId ?? "",
    canEnter: org.isAdmin || hasRole(org, "principal", "director", "officer"),
    filters: query,
    exportQuery: browseQueryString(query),
  };
}

type Result =
  | { ok: true; hazardNo: string | null }
  | { ok: false; error: string; fields: Record<string, string>; values: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const { caller, org } = await requireMember(request);
  const form = await request.formData();
  const r = await attempt(request, () =>
    caller.inspections.recordIncoming(parseForm(form, incomingEntryFormSchema(org.timeZone))),
  );
  if (!r.ok)
    return data<Result>(
      { ok: false, error: r.error.message, fields: r.error.fields, values: formValues(form) },
      { status: 400 },
    );
  return data<Result>({ ok: true, hazardNo: r.value.hazardNo });
}

export default function IncomingInspections() {
  const { records, total, products, suppliers, template, chosenProduct, canEnter, filters, exportQuery } =
    useLoaderData<typeof loader>();
  const a = useActionData<typeof action>() as Result | undefined;
  const { t } = useTranslation();
  const busy = useIsPending({}, { state: "submitting" });
  const failed = a && !a.ok ? a : null;
  const fields = failed?.fields ?? {};
  const values = failed?.values ?? {};
  const lines = [
    ...(template?.lines ?? []),
    ...Array.from({ length: EXTRA_LINES }, () => ({ item: "", required: false })),
  ];
  return (
    <section className="stack">
      <h1>{t("inspections.incoming.title")}</h1>
      <p className="lead">{t("inspections.incoming.lead")}</p>
      <p>
        <Link to="/app/inspections">{t("inspections.links.outgoing")}</Link> ·{" "}
        <Link to="/app/inspections/import?kind=incoming">{t("inspections.links.import")}</Link>
      </p>
      {a?.ok ? (
        <p role="status">
          {a.hazardNo
            ? t("inspections.incoming.savedWithHazard", { hazardNo: a.hazardNo })
            : t("inspections.incoming.saved")}
        </p>
      ) : null}

      {canEnter ? (
        <details className="card" open={failed !== null || template !== null}>
          <summary>{t("inspections.incoming.formTitle")}</summary>
          <Form method="get" className="stack">
            <div className="field">
              <label htmlFor="pick-product">{t("inspections.form.product")}</label>
              <small className="hint">{t("inspections.incoming.productHint")}</small>
              <select id="pick-product" name="product" defaultValue={chosenProduct}>
                <option value="">{t("inspections.incoming.noProduct")}</option>
                {products.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit">{t("inspections.form.load")}</button>
          </Form>
          {suppliers.length === 0 ? (
            <p>
              {t("inspections.incoming.noSuppliers")} <Link to="/app/suppliers">{t("sellers.nav.suppliers")}</Link>
            </p>
          ) : (
            <Form method="post" className="stack" noValidate key={a?.ok ? `saved-${total}` : "incoming"}>
              <FormAlert message={failed?.error} />
              {template ? <input type="hidden" name="productId" value={template.productId} /> : null}
              <div className={fields.supplierId ? "field field-invalid" : "field"}>
                <label htmlFor="in-supplier">{t("inspections.incoming.supplier")}</label>
                <select id="in-supplier" name="supplierId" defaultValue={values.supplierId ?? ""}>
                  <option value="">—</option>
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
                id="in-materialName"
                name="materialName"
                label={t("inspections.incoming.materialName")}
                required
                defaultValue={values.materialName ?? ""}
                error={fields.materialName}
              />
              <Field
                id="in-specModel"
                name="specModel"
                label={t("inspections.form.specModel")}
                required
                defaultValue={values.specModel ?? ""}
                error={fields.specModel}
              />
              <Field
                id="in-batchNo"
                name="batchNo"
                label={t("inspections.form.batchNo")}
                required
                defaultValue={values.batchNo ?? ""}
                error={fields.batchNo}
              />
              <Field
                id="in-quantity"
                name="quantity"
                type="number"
                inputMode="decimal"
                label={t("inspections.form.quantity")}
                required
                defaultValue={values.quantity ?? ""}
                error={fields.quantity}
              />
              <Field
                id="in-unit"
                name="unit"
                label={t("inspections.form.unit")}
                required
                defaultValue={values.unit ?? ""}
                error={fields.unit}
              />
              <Field
                id="in-receiptDate"
                name="receiptDate"
                type="date"
                label={t("inspections.incoming.receiptDate")}
                required
                defaultValue={values.receiptDate ?? ""}
                error={fields.receiptDate}
              />
              <Field
                id="in-manufacturerName"
                name="manufacturerName"
                label={t("inspections.incoming.manufacturerName")}
                defaultValue={values.manufacturerName ?? ""}
                error={fields.manufacturerName}
              />
              <fieldset>
                <legend>{t("inspections.incoming.documentsChecked")}</legend>
                {IncomingDocument.options.map((d) => (
                  <label key={d} className="check">
                    <input type="checkbox" name="documentsChecked" value={d} /> {t(`inspections.documents.${d}`)}
                  </label>
                ))}
              </fieldset>
              <label className="check">
                <input type="checkbox" name="supplierCertValid" /> {t("inspections.incoming.supplierCertValid")}
              </label>
              <label className="check">
                <input type="checkbox" name="isKeyComponent" /> {t("inspections.incoming.isKeyComponent")}
              </label>
              <Field
                id="in-inspectedAt"
                name="inspectedAt"
                type="datetime-local"
                label={t("inspections.form.inspectedAt")}
                required
                defaultValue={values.inspectedAt ?? ""}
                error={fields.inspectedAt}
              />
              <Field
                id="in-standardNo"
                name="standardNo"
                label={t("inspections.form.standardNo")}
                required
                defaultValue={values.standardNo ?? ""}
                error={fields.standardNo}
              />
              <fieldset>
                <legend>{t("inspections.form.lines")}</legend>
                {lines.map((line, i) => (
                  <div key={i} className="card stack">
                    {line.item ? (
                      <>
                        <input type="hidden" name={`lines[${i}].item`} value={line.item} />
                        <strong>{line.item}</strong>
                      </>
                    ) : (
                      <Field id={`l${i}-item`} name={`lines[${i}].item`} label={t("inspections.form.extra")} />
                    )}
                    <Field
                      id={`l${i}-req`}
                      name={`lines[${i}].requirement`}
                      label={t("inspections.lines.requirement")}
                    />
                    <Field
                      id={`l${i}-measured`}
                      name={`lines[${i}].measured`}
                      label={t("inspections.lines.measured")}
                      error={fields[`lines.${i}.measured`]}
                    />
                    <Field id={`l${i}-unit`} name={`lines[${i}].unit`} label={t("inspections.lines.unit")} />
                    <div className="field">
                      <label htmlFor={`line-result-${i}`}>{t("inspections.lines.result")}</label>
                      <select id={`line-result-${i}`} name={`lines[${i}].result`} defaultValue="na">
                        {(["pass", "fail", "na"] as const).map((r) => (
                          <option key={r} value={r}>
                            {t(`inspections.lineResults.${r}`)}
                          </option>
                        ))}
                      </select>
                    </div>
                  </div>
                ))}
              </fieldset>
              <div className={fields.result ? "field field-invalid" : "field"}>
                <label htmlFor="in-result">{t("inspections.result")}</label>
                <select id="in-result" name="result" defaultValue={values.result ?? "pass"}>
                  {InspectionResult.options.map((r) => (
                    <option key={r} value={r}>
                      {t(`inspections.results.${r}`)}
                    </option>
                  ))}
                </select>
                {fields.result ? (
                  <p className="field-error" role="alert">
                    {fields.result}
                  </p>
                ) : null}
              </div>
              <div className={fields.nonConformityHandling ? "field field-invalid" : "field"}>
                <label htmlFor="in-handling">{t("inspections.incoming.handling")}</label>
                <select id="in-handling" name="nonConformityHandling" defaultValue={values.nonConformityHandling ?? ""}>
                  <option value="">—</option>
                  {NonConformityHandling.options.map((h) => (
                    <option key={h} value={h}>
                      {t(`inspections.handlings.${h}`)}
                    </option>
                  ))}
                </select>
                {fields.nonConformityHandling ? (
                  <p className="field-error" role="alert">
                    {fields.nonConformityHandling}
                  </p>
                ) : null}
              </div>
              <Field
                id="in-inspector"
                name="inspector"
                label={t("inspections.form.inspector")}
                required
                defaultValue={values.inspector ?? ""}
                error={fields.inspector}
              />
              <button type="submit" className="primary" disabled={busy}>
                {t("inspections.form.save")}
              </button>
            </Form>
          )}
        </details>
      ) : null}

      <RecordList
        kind="incoming"
        records={records}
        total={total}
        filters={filters}
        exportQuery={exportQuery}
        products={products}
        suppliers={suppliers}
      />
    </section>
  );
}
