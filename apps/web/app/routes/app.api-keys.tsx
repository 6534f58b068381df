// /app/api-keys — organisation admins create ERP API keys (the secret is shown once, right after
// creation), see each key's prefix, scopes, site and last use, and revoke keys. Plain form posts.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Field, FormAlert } from "../components/Field.tsx";
import { requireMember } from "../lib/auth.server.ts";
import { attempt, formValues, inputOf, intended, parseForm } from "../lib/forms.server.ts";
import { errorPage } from "../lib/trpc.server.ts";
import { usePendingForm } from "../lib/pending.ts";
import { ApiKeysFormSchema } from "./app.api-keys.form.ts";
import { pageTitle } from "../lib/meta.ts";
import { formatInstant } from "../lib/format.ts";

export const meta = pageTitle("apiKeys");

async function requireAdmin(request: Request) {
  const member = await requireMember(request);
  if (!member.org.isAdmin) throw errorPage("ADMIN_REQUIRED");
  return member;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { org, caller } = await requireAdmin(request);
  const { keys, sites } = await caller.apiKeys.list();
  return { timeZone: org.timeZone, keys, sites };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireAdmin(request);
  const form = await request.formData();
  const v = formValues(form);
  if (v.intent === "create") {
    const result = await attempt(request, () =>
      caller.apiKeys.create(inputOf(intended(parseForm(form, ApiKeysFormSchema), "create"))),
    );
    if (!result.ok)
      return data({ intent: "create", error: result.error, secret: null, revokedName: null }, { status: 400 });
    return { intent: "create", error: null, secret: result.value.secret, revokedName: null };
  }
  if (v.intent === "revoke") {
    const result = await attempt(request, () =>
      caller.apiKeys.revoke(inputOf(intended(parseForm(form, ApiKeysFormSchema), "revoke"))),
    );
    if (!result.ok)
      return data({ intent: "revoke", error: result.error, secret: null, revokedName: null }, { status: 400 });
    return { intent: "revoke", error: null, secret: null, revokedName: result.value.name };
  }
  throw new Response("Unknown action", { status: 400 });
}

function SecretOnce({ secret }: { secret: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <div className="notice stack" role="status">
      <p>{t("apiKeys.secretReady")}</p>
      <label htmlFor="api-key-secret" className="label">
        {t("apiKeys.secretLabel")}
      </label>
      <input
        id="api-key-secret"
        readOnly
        value={secret}
        onFocus={(e) => e.currentTarget.select()}
        className="copy-input"
        data-testid="api-key-secret"
      />
      <button
        type="button"
        className="secondary"
        onClick={() => void navigator.clipboard?.writeText(secret).then(() => setCopied(true))}
      >
        {copied ? t("apiKeys.copied") : t("apiKeys.copy")}
      </button>
    </div>
  );
}

export default function ApiKeys() {
  const { timeZone, keys, sites } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const submitting = usePendingForm({ state: "submitting" });
  const creating = submitting?.get("intent") === "create";
  const revokingId = submitting?.get("intent") === "revoke" ? submitting.get("id") : null;
  const createError = actionData?.intent === "create" ? actionData.error : null;
  const date = (iso: string) => formatInstant(iso, timeZone);
  return (
    <div className="stack">
      <h1>{t("apiKeys.title")}</h1>
      <p className="muted">
        {t("apiKeys.lead")}{" "}
        <a href="/api/v1/openapi.json" target="_blank" rel="noreferrer">
          {t("apiKeys.docs")}
        </a>
      </p>
      {actionData?.revokedName ? (
        <p role="status" className="notice">
          {t("apiKeys.revokedDone", { name: actionData.revokedName })}
        </p>
      ) : null}
      {actionData?.intent === "revoke" && actionData.error ? <FormAlert message={actionData.error.message} /> : null}
      <section aria-labelledby="create-key-title" className="card stack">
        <h2 id="create-key-title">{t("apiKeys.createTitle")}</h2>
        {actionData?.secret ? <SecretOnce secret={actionData.secret} /> : null}
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="create" />
          <FormAlert
            message={createError && Object.keys(createError.fields).length === 0 ? createError.message : undefined}
          />
          <Field
            name="name"
            label={t("apiKeys.name")}
            placeholder={t("apiKeys.namePlaceholder")}
            autoComplete="off"
            maxLength={100}
            required
            error={createError?.fields.name}
          />
          <fieldset className={createError?.fields.scopes ? "field-invalid" : undefined}>
            <legend>{t("apiKeys.scopes")}</legend>
            <div className="choices">
              <label className="choice" htmlFor="scope-write">
                <input id="scope-write" type="checkbox" name="scopes" value="records:write" defaultChecked />
                {t("apiKeys.scopeWrite")}
              </label>
              <label className="choice" htmlFor="scope-read">
                <input id="scope-read" type="checkbox" name="scopes" value="records:read" defaultChecked />
                {t("apiKeys.scopeRead")}
              </label>
            </div>
            {createError?.fields.scopes ? (
              <p className="field-error" role="alert">
                {createError.fields.scopes}
              </p>
            ) : null}
          </fieldset>
          <div className={createError?.fields.siteId ? "field field-invalid" : "field"}>
            <label htmlFor="api-key-site">{t("apiKeys.site")}</label>
            <select id="api-key-site" name="siteId" defaultValue="">
              <option value="">{t("apiKeys.allSites")}</option>
              {sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.code ? `${s.name}（${s.code}）` : s.name}
                </option>
              ))}
            </select>
            {createError?.fields.siteId ? (
              <p className="field-error" role="alert">
                {createError.fields.siteId}
              </p>
            ) : null}
          </div>
          <button type="submit" className="primary" disabled={creating} aria-busy={creating}>
            {creating ? t("apiKeys.creating") : t("apiKeys.create")}
          </button>
        </Form>
      </section>
      <section aria-labelledby="key-list-title" className="stack">
        <h2 id="key-list-title">{t("apiKeys.list")}</h2>
        {keys.length === 0 ? <p className="muted">{t("apiKeys.empty")}</p> : null}
        <ul className="card-grid" aria-labelledby="key-list-title">
          {keys.map((k) => (
            <li key={k.id} className="card stack" data-testid="api-key">
              <h3>{k.name}</h3>
              <p>
                {t("apiKeys.prefix")}: <code>{k.prefix}…</code>
              </p>
              <p>{k.scopes.join(", ")}</p>
              <p>{k.siteName ?? t("apiKeys.allSites")}</p>
              <p>{t("apiKeys.createdAt", { date: date(k.createdAt) })}</p>
              <p>{k.lastUsedAt ? t("apiKeys.lastUsed", { date: date(k.lastUsedAt) }) : t("apiKeys.neverUsed")}</p>
              <p>
                <strong>{k.revokedAt ? t("apiKeys.revoked", { date: date(k.revokedAt) }) : t("apiKeys.active")}</strong>
              </p>
              {k.revokedAt ? null : (
                <Form
                  method="post"
                  onSubmit={(e) => {
                    if (!window.confirm(t("apiKeys.revokeConfirm", { name: k.name }))) e.preventDefault();
                  }}
                >
                  <input type="hidden" name="intent" value="revoke" />
                  <input type="hidden" name="id" value={k.id} />
                  <button
                    type="submit"
                    className="danger"
                    disabled={revokingId === k.id}
                    aria-busy={revokingId === k.id}
                    aria-label={`${t("apiKeys.revoke")} ${k.name}`}
                  >
                    {revokingId === k.id ? t("apiKeys.revoking") : t("apiKeys.revoke")}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
