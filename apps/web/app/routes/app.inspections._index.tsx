// 出厂检验与放行: the outgoing inspection records (ERP-pushed and typed), each with its test lines
// and hazard, filterable; a phone-friendly form that starts from the chosen product's test items;
// and the batches released or shipped, with the 未检验出厂 flag (docs/decisions/018).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ReleaseDecision, ShipmentEvent } from "@anzhi/contracts";
import { Field, FormAlert } from "../components/Field.tsx";
import { RecordList } from "../components/inspections/RecordList.tsx";
import { browseQueryOf, browseQueryString } from "../lib/inspections.server.ts";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt, formValues, parseForm } from "../lib/forms.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { useIsPending } from "../lib/pending.ts";
import { ShipmentFormSchema, outgoingInspectionFormSchema } from "./app.inspections.form.ts";
import { pageTitle } from "../lib/meta.ts";

export const meta = pageTitle("inspections");

const EXTRA_LINES = 2;

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  const url = new URL(request.url);
  const query = browseQueryOf(url, "outgoing");
  const productId = url.searchParams.get("product") || undefined;
  const [page, products, shipments] = await Promise.all([
    orThrowResponse(caller.inspections.browse(query)),
    orThrowResponse(caller.profile.products.list()),
    orThrowResponse(caller.shipments.list({})),
  ]);
  const template = productId ? await orThrowResponse(caller.inspections.template({ productId })) : null;
  return {
    records: page.items,
    total: page.total,
    products: products.map((p) => ({ id: p.id, name: p.model ? `${p.name}（${p.model}）` : p.name })),
    shipments,
    template,
    canEnter: org.isAdmin || hasRole(org, "principal", "director", "officer"),
    filters: query,
    exportQuery: browseQueryString(query),
  };
}

type Result =
  | { ok: true; intent: string; hazardNo: string | null; uninspected: boolean }
  | { ok: false; intent: string; error: string; fields: Record<string, string>; values: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const { caller, org } = await requireMember(request);
  const form = await request.formData();
  const v = formValues(form);
  if (v.intent === "shipment") {
    const r = await attempt(request, () => caller.shipments.record(parseForm(form, ShipmentFormSchema)));
    if (!r.ok)
      return data<Result>(
        { ok: false, intent: "shipment", error: r.error.message, fields: r.error.fields, values: v },
        { status: 400 },
      );
    return data<Result>({ ok: true, intent: "shipment", hazardNo: r.value.hazardNo, uninspected: r.value.uninspected });
  }
  const r = await attempt(request, () =>
    caller.inspections.recordOutgoing(parseForm(form, outgoingInspectionFormSchema(org.timeZone))),
  );
  if (!r.ok)
    return data<Result>(
      { ok: false, intent: "inspection", error: r.error.message, fields: r.error.fields, values: v },
      { status: 400 },
    );
  return data<Result>({ ok: true, intent: "inspection", hazardNo: r.value.hazardNo, uninspected: false });
}

export default function Inspections() {
  const { records, total, products, shipments, template, canEnter, filters, exportQuery } =
    useLoaderData<typeof loader>();
  const a = useActionData<typeof action>() as Result | undefined;
  const { t } = useTranslation();
  const busy = useIsPending({}, { state: "submitting" });
  const failed = a && !a.ok ? a : null;
  const fields = failed?.fields ?? {};
  const values = failed?.values ?? {};
  const inspectionFields = failed?.intent === "inspection" ? fields : {};
  const shipmentFields = failed?.intent === "shipment" ? fields : {};
  return (
    <section className="stack">
      <h1>{t("inspections.title")}</h1>
      <p className="lead">{t("inspections.lead")}</p>
      <p>
        <Link to="/app/inspections/incoming">{t("inspections.links.incoming")}</Link> ·{" "}
        <Link to="/app/inspections/import">{t("inspections.links.import")}</Link>
      </p>
      {a?.ok && a.intent === "inspection" ? (
        <p role="status">
          {a.hazardNo ? t("inspections.form.savedWithHazard", { hazardNo: a.hazardNo }) : t("inspections.form.saved")}
        </p>
      ) : null}
      {a?.ok && a.intent === "shipment" ? (
        <p role="status">
          {a.uninspected
            ? t("inspections.shipments.savedUninspected", { hazardNo: a.hazardNo ?? "" })
            : t("inspections.shipments.saved")}
        </p>
      ) : null}

      {canEnter ? (
        <details className="card" open={failed?.intent === "inspection" || template !== null}>
          <summary>{t("inspections.form.title")}</summary>
          <Form method="get" className="stack">
            <div className="field">
              <label htmlFor="pick-product">{t("inspections.form.product")}</label>
              <select id="pick-product" name="product" defaultValue={template?.productId ?? ""}>
                <option value="">{t("inspections.form.choose")}</option>
                {products.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit">{t("inspections.form.load")}</button>
          </Form>
          {template ? (
            <Form method="post" className="stack" noValidate key={a?.ok ? `saved-${records.length}` : "inspection"}>
              <input type="hidden" name="intent" value="inspection" />
              <input type="hidden" name="productId" value={template.productId} />
              <FormAlert message={failed?.intent === "inspection" ? failed.error : undefined} />
              <p>
                <strong>{template.productName}</strong>
              </p>
              <Field
                id="i-specModel"
                name="specModel"
                label={t("inspections.form.specModel")}
                required
                defaultValue={values.specModel ?? template.specModel}
                error={inspectionFields.specModel}
              />
              <Field
                id="i-batchNo"
                name="batchNo"
                label={t("inspections.form.batchNo")}
                required
                defaultValue={values.batchNo ?? ""}
                error={inspectionFields.batchNo}
              />
              <Field
                id="i-quantity"
                name="quantity"
                type="number"
                inputMode="decimal"
                label={t("inspections.form.quantity")}
                required
                defaultValue={values.quantity ?? ""}
                error={inspectionFields.quantity}
              />
              <Field
                id="i-unit"
                name="unit"
                label={t("inspections.form.unit")}
                required
                defaultValue={values.unit ?? ""}
                error={inspectionFields.unit}
              />
              <Field
                id="i-inspectedAt"
                name="inspectedAt"
                type="datetime-local"
                label={t("inspections.form.inspectedAt")}
                required
                defaultValue={values.inspectedAt ?? ""}
                error={inspectionFields.inspectedAt}
              />
              <Field
                id="i-standardNo"
                name="standardNo"
                label={t("inspections.form.standardNo")}
                required
                defaultValue={values.standardNo ?? template.standardNo ?? ""}
                error={inspectionFields.standardNo}
              />
              <fieldset aria-describedby={inspectionFields.lines ? "lines-error" : undefined}>
                <legend>{t("inspections.form.lines")}</legend>
                {[...template.lines, ...Array.from({ length: EXTRA_LINES }, () => ({ item: "", required: false }))].map(
                  (line, i) => (
                    <div key={i} className="card stack">
                      {line.item ? (
                        <>
                          <input type="hidden" name={`lines[${i}].item`} value={line.item} />
                          <strong>
                            {line.item}
                            {line.required ? ` · ${t("inspections.form.required")}` : ""}
                          </strong>
                        </>
                      ) : (
                        <Field
                          id={`l${i}-item`}
                          name={`lines[${i}].item`}
                          label={t("inspections.form.extra")}
                          defaultValue=""
                        />
                      )}
                      <Field
                        id={`l${i}-req`}
                        name={`lines[${i}].requirement`}
                        label={t("inspections.lines.requirement")}
                        defaultValue=""
                      />
                      <Field
                        id={`l${i}-measured`}
                        name={`lines[${i}].measured`}
                        label={t("inspections.lines.measured")}
                        defaultValue=""
                      />
                      <Field
                        id={`l${i}-unit`}
                        name={`lines[${i}].unit`}
                        label={t("inspections.lines.unit")}
                        defaultValue=""
                      />
                      <div className="field">
                        <label htmlFor={`line-result-${i}`}>{t("inspections.lines.result")}</label>
                        <select
                          id={`line-result-${i}`}
                          name={`lines[${i}].result`}
                          defaultValue={line.item ? "pass" : "na"}
                        >
                          {(["pass", "fail", "na"] as const).map((r) => (
                            <option key={r} value={r}>
                              {t(`inspections.lineResults.${r}`)}
                            </option>
                          ))}
                        </select>
                      </div>
                    </div>
                  ),
                )}
                {inspectionFields.lines ? (
                  <p id="lines-error" className="field-error" role="alert">
                    {inspectionFields.lines}
                  </p>
                ) : null}
              </fieldset>
              <div className="field">
                <label htmlFor="i-result">{t("inspections.result")}</label>
                <select id="i-result" name="result" defaultValue={values.result ?? "pass"}>
                  {(["pass", "fail", "pending"] as const).map((r) => (
                    <option key={r} value={r}>
                      {t(`inspections.results.${r}`)}
                    </option>
                  ))}
                </select>
              </div>
              <Field
                id="i-inspector"
                name="inspector"
                label={t("inspections.form.inspector")}
                required
                defaultValue={values.inspector ?? ""}
                error={inspectionFields.inspector}
              />
              <Field
                id="i-approver"
                name="approver"
                label={t("inspections.form.approver")}
                required
                defaultValue={values.approver ?? ""}
                error={inspectionFields.approver}
              />
              <div className={inspectionFields.releaseDecision ? "field field-invalid" : "field"}>
                <label htmlFor="i-release">{t("inspections.form.releaseDecision")}</label>
                <select id="i-release" name="releaseDecision" defaultValue={values.releaseDecision ?? ""}>
                  <option value="">—</option>
                  {ReleaseDecision.options.map((r) => (
                    <option key={r} value={r}>
                      {t(`inspections.releases.${r}`)}
                    </option>
                  ))}
                </select>
                {inspectionFields.releaseDecision ? (
                  <p className="field-error" role="alert">
                    {inspectionFields.releaseDecision}
                  </p>
                ) : null}
              </div>
              {template.needsMarkingCheck ? (
                <div className={inspectionFields.markingCheck ? "field field-invalid" : "field"}>
                  <label htmlFor="i-marking">{t("inspections.form.markingCheck")}</label>
                  <select id="i-marking" name="markingCheck" defaultValue={values.markingCheck ?? ""}>
                    <option value="">—</option>
                    {(["pass", "fail"] as const).map((r) => (
                      <option key={r} value={r}>
                        {t(`inspections.passFail.${r}`)}
                      </option>
                    ))}
                  </select>
                  {inspectionFields.markingCheck ? (
                    <p className="field-error" role="alert">
                      {inspectionFields.markingCheck}
                    </p>
                  ) : null}
                </div>
              ) : null}
              <button type="submit" className="primary" disabled={busy}>
                {t("inspections.form.save")}
              </button>
            </Form>
          ) : null}
        </details>
      ) : null}

      <RecordList
        kind="outgoing"
        records={records}
        total={total}
        filters={filters}
        exportQuery={exportQuery}
        products={products}
      />

      <h2>{t("inspections.shipments.title")}</h2>
      {canEnter ? (
        <details className="card" open={failed?.intent === "shipment"}>
          <summary>{t("inspections.shipments.add")}</summary>
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="shipment" />
            <FormAlert message={failed?.intent === "shipment" ? failed.error : undefined} />
            <div className="field">
              <label htmlFor="s-product">{t("inspections.form.product")}</label>
              <select id="s-product" name="productId" defaultValue={values.productId ?? ""}>
                {products.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="s-event">{t("inspections.shipments.event")}</label>
              <select id="s-event" name="event" defaultValue={values.event ?? "shipped"}>
                {ShipmentEvent.options.map((e) => (
                  <option key={e} value={e}>
                    {t(`inspections.shipments.events.${e}`)}
                  </option>
                ))}
              </select>
            </div>
            <Field
              id="s-batchNo"
              name="batchNo"
              label={t("inspections.shipments.batchNo")}
              required
              defaultValue={values.batchNo ?? ""}
              error={shipmentFields.batchNo}
            />
            <Field
              id="s-quantity"
              name="quantity"
              type="number"
              inputMode="decimal"
              label={t("inspections.shipments.quantity")}
              required
              defaultValue={values.quantity ?? ""}
              error={shipmentFields.quantity}
            />
            <Field
              id="s-unit"
              name="unit"
              label={t("inspections.shipments.unit")}
              required
              defaultValue={values.unit ?? ""}
              error={shipmentFields.unit}
            />
            <Field
              id="s-shippedOn"
              name="shippedOn"
              type="date"
              label={t("inspections.shipments.shippedOn")}
              required
              defaultValue={values.shippedOn ?? ""}
              error={shipmentFields.shippedOn}
            />
            <Field
              id="s-consignee"
              name="consignee"
              label={t("inspections.shipments.consignee")}
              defaultValue={values.consignee ?? ""}
              error={shipmentFields.consignee}
            />
            <button type="submit" className="primary" disabled={busy}>
              {t("inspections.shipments.save")}
            </button>
          </Form>
        </details>
      ) : null}
      {canEnter ? (
        <p>
          <Link to="/app/inspections/import?kind=shipment">{t("inspections.links.import")}</Link>
        </p>
      ) : null}
      {shipments.length === 0 ? <p className="muted">{t("inspections.shipments.empty")}</p> : null}
      <ul className="stack">
        {shipments.map((s) => (
          <li key={s.id} className="card">
            {s.shippedOn} · {t(`inspections.shipments.events.${s.event}`)} · <strong>{s.productName}</strong> ·{" "}
            {s.batchNo} · {s.quantity}
            {s.unit}
            {s.consignee ? ` · ${s.consignee}` : ""} ·{" "}
            <span className="badge">
              {s.uninspected ? t("inspections.shipments.uninspected") : t("inspections.shipments.inspected")}
            </span>
            {s.hazardNo ? ` · ${s.hazardNo}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
