// Settings → Webhook (docs/decisions/027): an admin adds the ERP's receiving address and the events
// it wants; the signing secret is shown once (on create and on rotation, when the old one keeps
// signing for 24 h); the delivery log shows each post's status and sends a delivery again.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { WEBHOOK_EVENT_TYPES } from "@anzhi/contracts";
import { FormAlert } from "../components/Field.tsx";
import { CHINA_TIME, formatInstant } from "../lib/format.ts";
import { requireMember } from "../lib/auth.server.ts";
import { attempt, inputOf, parseForm } from "../lib/forms.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { usePendingForm, useSettled } from "../lib/pending.ts";
import styles from "../styles/regulator.css?url";
import { WebhooksFormSchema } from "./app.settings.webhooks.form.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "Webhook — 安质" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  if (!org.isAdmin) return { admin: false as const, overview: null };
  return { admin: true as const, overview: await orThrowResponse(caller.webhooks.overview()) };
}

type Done =
  | { intent: "create"; secret: string }
  | { intent: "rotate"; secret: string; until: string }
  | { intent: "disable" | "replay" };

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const result = await attempt(request, async (): Promise<Done> => {
    const posted = parseForm(form, WebhooksFormSchema);
    switch (posted.intent) {
      case "create":
        return { intent: "create", secret: (await caller.webhooks.create(inputOf(posted))).secret };
      case "rotate": {
        const r = await caller.webhooks.rotateSecret(inputOf(posted));
        return { intent: "rotate", secret: r.secret, until: r.previousValidUntil.toISOString() };
      }
      case "disable":
        await caller.webhooks.disable(inputOf(posted));
        return { intent: "disable" };
      case "replay":
        await caller.webhooks.replay(inputOf(posted));
        return { intent: "replay" };
    }
  });
  return result.ok
    ? { ok: true as const, done: result.value, error: null, fields: {} as Record<string, string> }
    : data(
        { ok: false as const, done: null, error: result.error.message, fields: result.error.fields },
        { status: 400 },
      );
}

export default function Webhooks() {
  const { admin, overview } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const settled = useSettled();
  const { t } = useTranslation();
  const pending = usePendingForm();
  const busy = Boolean(pending);
  if (!admin || !overview) {
    return (
      <section className="stack">
        <h1>{t("webhooks.title")}</h1>
        <p className="notice">{t("webhooks.adminOnly")}</p>
      </section>
    );
  }
  const done = actionData?.ok && settled ? actionData.done : null;
  const fields: Record<string, string> = actionData?.fields ?? {};
  const urlOf = new Map(overview.endpoints.map((e) => [e.id, e.url]));
  return (
    <section className="stack">
      <h1>{t("webhooks.title")}</h1>
      <p className="lead">{t("webhooks.lead")}</p>
      {actionData && !actionData.ok ? <FormAlert message={actionData.error ?? undefined} /> : null}
      {done && (done.intent === "create" || done.intent === "rotate") ? (
        <div className="card stack" role="status" data-testid="webhook-secret">
          <p>
            {done.intent === "create"
              ? t("webhooks.secretReady")
              : t("webhooks.rotated", { until: formatInstant(new Date(done.until), CHINA_TIME) })}
          </p>
          <code>{done.secret}</code>
        </div>
      ) : null}
      {done?.intent === "replay" ? <p role="status">{t("webhooks.replayed")}</p> : null}
      {done?.intent === "disable" ? <p role="status">{t("webhooks.disabledOk")}</p> : null}

      <section className="card stack" aria-labelledby="wh-endpoints">
        <h2 id="wh-endpoints">{t("webhooks.endpoints")}</h2>
        {overview.endpoints.length === 0 ? <p className="muted">{t("webhooks.none")}</p> : null}
        {overview.endpoints.map((e) => (
          <div key={e.id} className="stack" data-testid="webhook-endpoint">
            <p>
              <code>{e.url}</code> · {e.status === "active" ? t("webhooks.active") : t("webhooks.disabled")}
              {e.rotatingUntil
                ? ` · ${t("webhooks.rotatingUntil", { until: formatInstant(e.rotatingUntil, CHINA_TIME) })}`
                : ""}
            </p>
            <p className="muted">{e.events.map((ev) => t(`webhooks.eventNames.${ev}`)).join(t("app.listSep"))}</p>
            {e.status === "active" ? (
              <div className="row">
                <Form method="post">
                  <input type="hidden" name="intent" value="rotate" />
                  <input type="hidden" name="endpointId" value={e.id} />
                  <button type="submit" disabled={busy}>
                    {t("webhooks.rotate")}
                  </button>
                </Form>
                <Form method="post">
                  <input type="hidden" name="intent" value="disable" />
                  <input type="hidden" name="endpointId" value={e.id} />
                  <button type="submit" disabled={busy}>
                    {t("webhooks.disable")}
                  </button>
                </Form>
              </div>
            ) : null}
          </div>
        ))}
      </section>

      <section className="card stack" aria-labelledby="wh-create">
        <h2 id="wh-create">{t("webhooks.createTitle")}</h2>
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="create" />
          <div className={fields.url ? "field field-invalid" : "field"}>
            <label htmlFor="wh-url">{t("webhooks.url")}</label>
            <input
              id="wh-url"
              name="url"
              type="url"
              inputMode="url"
              required
              maxLength={500}
              aria-invalid={fields.url ? true : undefined}
              aria-describedby={fields.url ? "wh-url-error" : undefined}
            />
            {fields.url ? (
              <p id="wh-url-error" className="field-error" role="alert">
                {fields.url}
              </p>
            ) : null}
          </div>
          <fieldset className={fields.events ? "field field-invalid" : "field"}>
            <legend>{t("webhooks.events")}</legend>
            {WEBHOOK_EVENT_TYPES.map((ev) => (
              <label key={ev}>
                <input
                  type="checkbox"
                  name="events"
                  value={ev}
                  defaultChecked={ev.startsWith("hazard.") || ev === "inspection.failed"}
                />
                {t(`webhooks.eventNames.${ev}`)}
              </label>
            ))}
            {fields.events ? (
              <p className="field-error" role="alert">
                {fields.events}
              </p>
            ) : null}
          </fieldset>
          <button type="submit" className="primary" disabled={busy}>
            {t("webhooks.create")}
          </button>
        </Form>
      </section>

      <section className="card stack" aria-labelledby="wh-log">
        <h2 id="wh-log">{t("webhooks.log")}</h2>
        {overview.deliveries.length === 0 ? (
          <p className="muted">{t("webhooks.logEmpty")}</p>
        ) : (
          <div className="table-wrap">
            <table data-testid="webhook-log">
              <thead>
                <tr>
                  <th scope="col">{t("webhooks.colTime")}</th>
                  <th scope="col">{t("webhooks.colEvent")}</th>
                  <th scope="col">{t("webhooks.colStatus")}</th>
                  <th scope="col">{t("webhooks.colAttempts")}</th>
                  <th scope="col">{t("webhooks.colResponse")}</th>
                  <th scope="col">{t("webhooks.replay")}</th>
                </tr>
              </thead>
              <tbody>
                {overview.deliveries.map((d) => (
                  <tr key={d.id}>
                    <td>{formatInstant(d.createdAt, CHINA_TIME)}</td>
                    <td>
                      <code>{d.type}</code>
                      <br />
                      <span className="muted">{urlOf.get(d.endpointId)}</span>
                    </td>
                    <td>{t(`webhooks.status.${d.status}`)}</td>
                    <td>{d.attempts}</td>
                    <td>{d.lastError ?? d.responseStatus ?? "—"}</td>
                    <td>
                      {d.status !== "pending" ? (
                        <Form method="post">
                          <input type="hidden" name="intent" value="replay" />
                          <input type="hidden" name="deliveryId" value={d.id} />
                          <button type="submit" disabled={busy}>
                            {t("webhooks.replay")}
                          </button>
                        </Form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}
