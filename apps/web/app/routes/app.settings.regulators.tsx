// Settings → 监管授权: an admin grants a regulator agency read access (all ledgers or chosen ones,
// optional expiry), revokes it at once, and sees every regulator read in the access log.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Ledger } from "@anzhi/contracts";
import { FormAlert } from "../components/Field.tsx";
import { CHINA_TIME, formatInstant } from "../lib/format.ts";
import { GrantList } from "../components/regulator/GrantList.tsx";
import { requireMember } from "../lib/auth.server.ts";
import { attempt, inputOf, intended, parseForm } from "../lib/forms.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import styles from "../styles/regulator.css?url";
import { usePendingForm } from "../lib/pending.ts";
import { RegulatorAccessFormSchema } from "./app.settings.regulators.form.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("settingsRegulators");

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  if (!org.isAdmin) return { admin: false as const, overview: null };
  return { admin: true as const, overview: await orThrowResponse(caller.regulatorAccess.overview()) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  if (form.get("intent") === "revoke") {
    const result = await attempt(request, () =>
      caller.regulatorAccess.revoke(inputOf(intended(parseForm(form, RegulatorAccessFormSchema), "revoke"))),
    );
    return result.ok
      ? { intent: "revoke" as const, ok: true, error: null, fields: {} }
      : data(
          { intent: "revoke" as const, ok: false, error: result.error.message, fields: result.error.fields },
          { status: 400 },
        );
  }
  const result = await attempt(request, () =>
    caller.regulatorAccess.grant(inputOf(intended(parseForm(form, RegulatorAccessFormSchema), "grant"))),
  );
  return result.ok
    ? { intent: "grant" as const, ok: true, error: null, fields: {} }
    : data(
        { intent: "grant" as const, ok: false, error: result.error.message, fields: result.error.fields },
        { status: 400 },
      );
}

export default function RegulatorAccess() {
  const { admin, overview } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const pending = usePendingForm();
  const [scope, setScope] = useState<"all" | "chosen">("all");
  if (!admin || !overview) {
    return (
      <section className="stack">
        <h1>{t("regulator.access.title")}</h1>
        <p className="notice">{t("regulator.access.adminOnly")}</p>
      </section>
    );
  }
  const granting = pending?.get("intent") === "grant";
  const fields: Record<string, string> = actionData?.fields ?? {};
  return (
    <section className="stack">
      <h1>{t("regulator.access.title")}</h1>
      <p className="lead">{t("regulator.access.lead")}</p>
      {actionData?.intent === "revoke" && actionData.ok ? (
        <p role="status">{t("regulator.access.revokedNotice")}</p>
      ) : null}
      {actionData?.intent === "grant" && actionData.ok ? <p role="status">{t("regulator.access.granted")}</p> : null}
      <Form method="post" className="card stack" aria-labelledby="new-grant">
        <h2 id="new-grant">{t("regulator.access.newGrant")}</h2>
        {actionData?.intent === "grant" ? <FormAlert message={actionData.error ?? undefined} /> : null}
        <input type="hidden" name="intent" value="grant" />
        <div className={fields.agencyId ? "field field-invalid" : "field"}>
          <label htmlFor="g-agency">{t("regulator.access.agency")}</label>
          <select
            id="g-agency"
            name="agencyId"
            required
            defaultValue=""
            aria-invalid={fields.agencyId ? true : undefined}
          >
            <option value="" disabled>
              {t("regulator.access.chooseAgency")}
            </option>
            {overview.agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          {fields.agencyId ? (
            <p className="field-error" role="alert">
              {fields.agencyId}
            </p>
          ) : null}
        </div>
        <fieldset className="reg-checks">
          <legend>{t("regulator.access.scope")}</legend>
          <label>
            <input type="radio" name="scope" value="all" checked={scope === "all"} onChange={() => setScope("all")} />
            {t("regulator.access.allLedgers")}
          </label>
          <label>
            <input
              type="radio"
              name="scope"
              value="chosen"
              checked={scope === "chosen"}
              onChange={() => setScope("chosen")}
            />
            {t("regulator.access.chosenLedgers")}
          </label>
        </fieldset>
        <fieldset
          className="reg-checks"
          disabled={scope === "all"}
          aria-describedby={fields.ledgers ? "g-ledgers-error" : undefined}
        >
          <legend>{t("regulator.access.ledgers")}</legend>
          {Ledger.options.map((l) => (
            <label key={l}>
              <input type="checkbox" name="ledgers" value={l} />
              {t(`regulator.ledger.${l}`)}
            </label>
          ))}
          {fields.ledgers ? (
            <p id="g-ledgers-error" className="field-error" role="alert">
              {fields.ledgers}
            </p>
          ) : null}
        </fieldset>
        <div className={fields.expiresAt ? "field field-invalid" : "field"}>
          <label htmlFor="g-expires">{t("regulator.access.expiresOn")}</label>
          <input
            id="g-expires"
            type="date"
            name="expiresOn"
            aria-invalid={fields.expiresAt ? true : undefined}
            aria-describedby={fields.expiresAt ? "g-expires-error" : undefined}
          />
          {fields.expiresAt ? (
            <p id="g-expires-error" className="field-error" role="alert">
              {fields.expiresAt}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="g-note">{t("regulator.access.note")}</label>
          <input id="g-note" name="note" maxLength={500} />
        </div>
        <button type="submit" className="primary" disabled={granting} aria-busy={granting}>
          {granting ? t("regulator.access.granting") : t("regulator.access.grant")}
        </button>
      </Form>
      <h2>{t("regulator.access.grants")}</h2>
      <GrantList
        grants={overview.grants}
        revokingId={pending?.get("intent") === "revoke" ? String(pending.get("grantId")) : null}
      />
      <h2>{t("regulator.access.log")}</h2>
      {overview.log.length === 0 ? (
        <p className="muted">{t("regulator.access.logEmpty")}</p>
      ) : (
        <div className="table-wrap" role="region" aria-label={t("regulator.access.log")} tabIndex={0}>
          <table className="reg-table" data-testid="access-log">
            <thead>
              <tr>
                <th scope="col">{t("regulator.access.at")}</th>
                <th scope="col">{t("regulator.access.who")}</th>
                <th scope="col">{t("regulator.access.agency")}</th>
                <th scope="col">{t("regulator.access.ledgers")}</th>
                <th scope="col">{t("regulator.access.action")}</th>
                <th scope="col">{t("regulator.access.filters")}</th>
              </tr>
            </thead>
            <tbody>
              {overview.log.map((r) => (
                <tr key={r.id}>
                  <td>{formatInstant(r.at, CHINA_TIME)}</td>
                  <td>{r.inspectorName}</td>
                  <td>{r.agencyName}</td>
                  <td>{t(`regulator.ledger.${r.ledger}`, { defaultValue: r.ledger })}</td>
                  <td>
                    {r.action === "export"
                      ? `${t("regulator.access.export")} ${(r.format ?? "").toUpperCase()}`
                      : t("regulator.access.view")}
                  </td>
                  <td>
                    {Object.entries(r.filters)
                      .map(([k, v]) => `${k}=${Array.isArray(v) ? (v as unknown[]).join("/") : String(v)}`)
                      .join(" ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
