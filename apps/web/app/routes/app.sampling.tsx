// 监督抽查结果: the list of supervision sampling results and, for the principal, the director or an
// admin, the form to enter one from the notice. A failed result opens a hazard (shown after saving).
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormAlert } from "../components/Field.tsx";
import { requireMember, hasRole } from "../lib/auth.server.ts";
import { attempt, formValues, parseForm } from "../lib/forms.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import styles from "../styles/regulator.css?url";
import { useIsPending } from "../lib/pending.ts";
import { SAMPLING_DATES, SAMPLING_TEXT, SamplingFormSchema } from "./app.sampling.form.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("sampling");

const TYPES = ["national", "provincial", "municipal", "county", "risk_monitoring", "special_action"] as const;
const LOCATIONS = ["production", "circulation", "ecommerce"] as const;
export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  return {
    rows: await orThrowResponse(caller.sampling.list()),
    canEnter: org.isAdmin || hasRole(org, "principal", "director"),
    orgName: org.name,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const v = formValues(form);
  const result = await attempt(request, () => caller.sampling.create(parseForm(form, SamplingFormSchema)));
  if (!result.ok)
    return data(
      { ok: false as const, error: result.error.message, fields: result.error.fields, values: v, hazardNo: null },
      { status: 400 },
    );
  return {
    ok: true as const,
    error: null,
    fields: {} as Record<string, string>,
    values: {} as Record<string, string>,
    hazardNo: result.value.hazardNo,
  };
}

export default function Sampling() {
  const { rows, canEnter, orgName } = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const { t } = useTranslation();
  const busy = useIsPending({}, { state: "submitting" });
  const fields: Record<string, string> = a?.fields ?? {};
  const values: Record<string, string> = a?.values ?? {};
  const err = (k: string) =>
    fields[k] ??
    (k === "failedItems" ? Object.entries(fields).find(([p]) => p.startsWith("failedItems."))?.[1] : undefined);
  return (
    <section className="stack">
      <h1>{t("regulator.sampling.title")}</h1>
      <p className="lead">{t("regulator.sampling.lead")}</p>
      {a?.ok ? (
        <p role="status">
          {a.hazardNo
            ? t("regulator.sampling.savedWithHazard", { hazardNo: a.hazardNo })
            : t("regulator.sampling.saved")}
        </p>
      ) : null}
      {canEnter ? (
        <details className="card" open={a?.ok === false}>
          <summary>{t("regulator.sampling.add")}</summary>
          <Form method="post" className="stack" key={a?.ok ? `saved-${rows.length}` : "form"}>
            <FormAlert message={a?.error ?? undefined} />
            <div className="field">
              <label htmlFor="s-type">{t("regulator.sampling.samplingType")}</label>
              <select id="s-type" name="samplingType" defaultValue={values.samplingType ?? "provincial"}>
                {TYPES.map((x) => (
                  <option key={x} value={x}>
                    {t(`regulator.sampling.types.${x}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="s-loc">{t("regulator.sampling.samplingLocation")}</label>
              <select id="s-loc" name="samplingLocation" defaultValue={values.samplingLocation ?? "production"}>
                {LOCATIONS.map((x) => (
                  <option key={x} value={x}>
                    {t(`regulator.sampling.locations.${x}`)}
                  </option>
                ))}
              </select>
            </div>
            {SAMPLING_TEXT.map((k) => (
              <Field
                key={k}
                name={k}
                label={t(`regulator.sampling.${k}`)}
                required
                defaultValue={values[k] ?? (k === "nominalProducer" ? orgName : "")}
                error={fields[k]}
              />
            ))}
            {SAMPLING_DATES.map((k) => (
              <Field
                key={k}
                name={k}
                type="date"
                label={t(`regulator.sampling.${k}`)}
                required
                defaultValue={values[k] ?? ""}
                error={fields[k]}
              />
            ))}
            <fieldset className="reg-checks">
              <legend>{t("regulator.sampling.conclusion")}</legend>
              {(["pass", "fail"] as const).map((c) => (
                <label key={c}>
                  <input
                    type="radio"
                    name="conclusion"
                    value={c}
                    defaultChecked={(values.conclusion ?? "pass") === c}
                  />
                  {t(`regulator.sampling.${c}`)}
                </label>
              ))}
            </fieldset>
            <div className={err("failedItems") ? "field field-invalid" : "field"}>
              <label htmlFor="s-failed">{t("regulator.sampling.failedItems")}</label>
              <textarea
                id="s-failed"
                name="failedItems"
                rows={3}
                defaultValue={values.failedItems ?? ""}
                aria-invalid={err("failedItems") ? true : undefined}
                aria-describedby={err("failedItems") ? "s-failed-error" : undefined}
              />
              {err("failedItems") ? (
                <p id="s-failed-error" className="field-error" role="alert">
                  {err("failedItems")}
                </p>
              ) : null}
            </div>
            <Field
              name="regulatorOrderNo"
              label={t("regulator.sampling.regulatorOrderNo")}
              defaultValue={values.regulatorOrderNo ?? ""}
              error={fields.regulatorOrderNo}
            />
            <Field
              name="rectificationDeadline"
              type="date"
              label={t("regulator.sampling.rectificationDeadline")}
              defaultValue={values.rectificationDeadline ?? ""}
              error={fields.rectificationDeadline}
            />
            <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
              {busy ? t("regulator.sampling.saving") : t("regulator.sampling.save")}
            </button>
          </Form>
        </details>
      ) : (
        <p className="muted">{t("regulator.sampling.canEnter")}</p>
      )}
      {rows.length === 0 ? (
        <p className="muted">{t("regulator.sampling.none")}</p>
      ) : (
        <div className="table-wrap" role="region" aria-label={t("regulator.sampling.title")} tabIndex={0}>
          <table className="reg-table">
            <thead>
              <tr>
                <th scope="col">{t("regulator.sampling.samplingDate")}</th>
                <th scope="col">{t("regulator.sampling.organizingAuthority")}</th>
                <th scope="col">{t("regulator.sampling.productName")}</th>
                <th scope="col">{t("regulator.sampling.batchNoOrDate")}</th>
                <th scope="col">{t("regulator.sampling.reportNo")}</th>
                <th scope="col">{t("regulator.sampling.conclusion")}</th>
                <th scope="col">{t("regulator.sampling.failedItems")}</th>
                <th scope="col">{t("regulator.sampling.objectionDeadline")}</th>
                <th scope="col">{t("regulator.sampling.rectificationDeadline")}</th>
                <th scope="col">{t("regulator.sampling.hazard")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.samplingDate}</td>
                  <td>{r.organizingAuthority}</td>
                  <td>
                    {r.productName} {r.specModel}
                  </td>
                  <td>{r.batchNoOrDate}</td>
                  <td>{r.reportNo}</td>
                  <td>{t(`regulator.sampling.${r.conclusion === "fail" ? "fail" : "pass"}`)}</td>
                  <td>{r.failedItems.join("；")}</td>
                  <td>{r.objectionDeadline ?? ""}</td>
                  <td>{r.rectificationDeadline ?? ""}</td>
                  <td>{r.hazardNo ? <Link to="/app/hazards">{r.hazardNo}</Link> : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
