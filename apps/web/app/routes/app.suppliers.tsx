// 供货者档案: the seller's supplier register — name, 统一社会信用代码 (checked on save), contact, and the
// XK licence / CCC certificate with number, validity and its scan (PDF/JPG/PNG, sent with the form as
// multipart and stored in the supplier's transaction); an expired document is flagged.
import type { RouterInputs } from "@anzhi/api";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormAlert } from "../components/Field.tsx";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt, formValues } from "../lib/forms.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import styles from "../styles/sellers.css?url";
import { useIsPending } from "../lib/pending.ts";
import { fileOf, readUploadForm } from "../lib/uploads.server.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("suppliers");

const DOC_KINDS = ["xk_licence", "ccc_certificate"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  return {
    suppliers: await orThrowResponse(caller.sellers.suppliers.list()),
    canWrite: org.isAdmin || hasRole(org, "principal", "director", "officer"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const { form, refused } = await readUploadForm(request);
  const v = formValues(form);
  // Document rows left empty are not sent; remember which form row each sent document came from.
  const rows = DOC_KINDS.filter((k) => v[`${k}.number`]?.trim());
  const documents = await Promise.all(
    rows.map(async (k) => {
      const file = await fileOf(form, `${k}.file`);
      return {
        kind: k,
        number: v[`${k}.number`] ?? "",
        ...(v[`${k}.validUntil`] ? { validUntil: v[`${k}.validUntil`] } : {}),
        ...(v[`${k}.productScope`]?.trim() ? { productScope: v[`${k}.productScope`] } : {}),
        ...(file ? { file } : {}),
      };
    }),
  );
  const input = {
    name: v.name ?? "",
    uscc: v.uscc ?? "",
    contactPhone: v.contactPhone ?? "",
    ...(v.contactName?.trim() ? { contactName: v.contactName } : {}),
    ...(v.address?.trim() ? { address: v.address } : {}),
    documents,
  } satisfies RouterInputs["sellers"]["suppliers"]["create"];
  const result = refused
    ? { ok: false as const, error: refused }
    : await attempt(request, () => caller.sellers.suppliers.create(input));
  if (!result.ok) {
    const fields: Record<string, string> = {};
    for (const [path, message] of Object.entries(result.error.fields)) {
      const m = /^documents\.(\d+)\.(\w+)$/.exec(path);
      const kind = m ? rows[Number(m[1])] : undefined;
      fields[kind && m ? `${kind}.${m[2]}` : path] = message;
    }
    return data({ ok: false as const, error: result.error.message, fields, values: v }, { status: 400 });
  }
  return { ok: true as const, error: null, fields: {} as Record<string, string>, values: {} as Record<string, string> };
}

export default function Suppliers() {
  const { suppliers, canWrite } = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const { t } = useTranslation();
  const busy = useIsPending({}, { state: "submitting" });
  const fields: Record<string, string> = a?.fields ?? {};
  const values: Record<string, string> = a?.values ?? {};
  return (
    <section className="stack">
      <h1>{t("sellers.suppliers.title")}</h1>
      <p className="lead">{t("sellers.suppliers.lead")}</p>
      {a?.ok ? <p role="status">{t("sellers.suppliers.saved")}</p> : null}
      {canWrite ? (
        <details className="card" open={a?.ok === false || suppliers.length === 0}>
          <summary>{t("sellers.suppliers.add")}</summary>
          <Form
            method="post"
            encType="multipart/form-data"
            className="stack"
            key={a?.ok ? `saved-${suppliers.length}` : "form"}
          >
            <FormAlert message={a?.error ?? undefined} />
            <Field
              name="name"
              label={t("sellers.suppliers.name")}
              required
              defaultValue={values.name ?? ""}
              error={fields.name}
            />
            <Field
              name="uscc"
              label={t("sellers.suppliers.uscc")}
              required
              autoCapitalize="characters"
              defaultValue={values.uscc ?? ""}
              error={fields.uscc}
            />
            <Field
              name="contactName"
              label={t("sellers.suppliers.contactName")}
              defaultValue={values.contactName ?? ""}
              error={fields.contactName}
            />
            <Field
              name="contactPhone"
              type="tel"
              label={t("sellers.suppliers.contactPhone")}
              required
              defaultValue={values.contactPhone ?? ""}
              error={fields.contactPhone}
            />
            <Field
              name="address"
              label={t("sellers.suppliers.address")}
              defaultValue={values.address ?? ""}
              error={fields.address}
            />
            {DOC_KINDS.map((k) => (
              <fieldset key={k} className="seller-doc">
                <legend>{t(`sellers.documentKinds.${k}`)}</legend>
                <Field
                  name={`${k}.number`}
                  label={t("sellers.suppliers.docNumber")}
                  defaultValue={values[`${k}.number`] ?? ""}
                  error={fields[`${k}.number`]}
                />
                <Field
                  name={`${k}.validUntil`}
                  type="date"
                  label={t("sellers.suppliers.docValidUntil")}
                  defaultValue={values[`${k}.validUntil`] ?? ""}
                  error={fields[`${k}.validUntil`]}
                />
                <Field
                  name={`${k}.productScope`}
                  label={t("sellers.suppliers.docScope")}
                  defaultValue={values[`${k}.productScope`] ?? ""}
                  error={fields[`${k}.productScope`]}
                />
                <Field
                  name={`${k}.file`}
                  type="file"
                  accept="application/pdf,image/jpeg,image/png"
                  label={t("sellers.suppliers.docFile")}
                  error={fields[`${k}.file`]}
                />
              </fieldset>
            ))}
            <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
              {busy ? t("sellers.common.saving") : t("sellers.common.save")}
            </button>
          </Form>
        </details>
      ) : null}
      {suppliers.length === 0 ? (
        <p className="muted">{t("sellers.suppliers.none")}</p>
      ) : (
        <ul className="seller-cards" aria-label={t("sellers.suppliers.title")}>
          {suppliers.map((s) => (
            <li key={s.id} className="card" data-testid="supplier">
              <h2>{s.name}</h2>
              <dl className="seller-dl">
                <dt>{t("sellers.suppliers.uscc")}</dt>
                <dd>{s.uscc ?? "—"}</dd>
                <dt>{t("sellers.suppliers.contactPhone")}</dt>
                <dd>{[s.contactName, s.contactPhone].filter(Boolean).join(" ") || "—"}</dd>
                {s.documents.map((d) => (
                  <div key={d.id} className="seller-dl-row">
                    <dt>{t(`sellers.documentKinds.${d.kind as "xk_licence"}`)}</dt>
                    <dd>
                      {d.number}
                      {d.validUntil ? ` · ${t("sellers.suppliers.docValidUntil")} ${d.validUntil}` : ""}
                      {d.expired ? (
                        <span className="hz-badge seller-bad"> {t("sellers.suppliers.expired")}</span>
                      ) : null}
                      {d.files.map((f) => (
                        <span key={f.id}>
                          {" · "}
                          <a href={`/app/files/${f.id}`} data-testid="supplier-doc-file">
                            {t("sellers.suppliers.docFileLink", { name: f.fileName })}
                          </a>
                        </span>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
              <p className="muted">
                {t("sellers.suppliers.purchases", { count: s.purchaseCount })}
                {s.externalId ? ` · ${t("sellers.suppliers.fromErp")}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
