// Settings → 提醒渠道: reminders appear in the app, go by e-mail when the server has SMTP, and are
// posted to the enterprise's 企业微信 / 钉钉 group robots an admin adds here (webhook URL, DingTalk's
// 加签 secret). The page shows each robot's host, the end of its key and how deliveries went.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RobotChannelKind } from "@anzhi/contracts";
import { FormAlert } from "../components/Field.tsx";
import { CHINA_TIME, formatInstant } from "../lib/format.ts";
import { requireMember } from "../lib/auth.server.ts";
import { attempt, inputOf, parseForm } from "../lib/forms.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { usePendingForm } from "../lib/pending.ts";
import styles from "../styles/regulator.css?url";
import { ChannelsFormSchema } from "./app.settings.channels.form.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("settingsChannels");

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  if (!org.isAdmin) return { admin: false as const, overview: null };
  return { admin: true as const, overview: await orThrowResponse(caller.notificationChannels.overview()) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const channel = String(form.get("channel") ?? "");
  const result = await attempt(request, async () => {
    const posted = parseForm(form, ChannelsFormSchema);
    if (posted.intent === "remove") await caller.notificationChannels.remove(inputOf(posted));
    else await caller.notificationChannels.save(inputOf(posted));
    return posted.intent;
  });
  return result.ok
    ? { channel, ok: true as const, intent: result.value, error: null, fields: {} as Record<string, string> }
    : data(
        { channel, ok: false as const, intent: null, error: result.error.message, fields: result.error.fields },
        { status: 400 },
      );
}

export default function Channels() {
  const { admin, overview } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const pending = usePendingForm();
  if (!admin || !overview) {
    return (
      <section className="stack">
        <h1>{t("routines.channels.title")}</h1>
        <p className="notice">{t("routines.channels.adminOnly")}</p>
      </section>
    );
  }
  return (
    <section className="stack">
      <h1>{t("routines.channels.title")}</h1>
      <p className="lead">{t("routines.channels.lead")}</p>
      <p data-testid="email-state">
        {overview.emailEnabled ? t("routines.channels.emailOn") : t("routines.channels.emailOff")}
      </p>
      {RobotChannelKind.options.map((channel) => {
        const current = overview.robots.find((r) => r.channel === channel);
        const mine = actionData?.channel === channel ? actionData : null;
        const fields: Record<string, string> = mine?.fields ?? {};
        const busy = pending?.get("channel") === channel;
        return (
          <section
            key={channel}
            className="card stack"
            aria-labelledby={`ch-${channel}`}
            data-testid={`robot-${channel}`}
          >
            <h2 id={`ch-${channel}`}>{t(`routines.channels.kinds.${channel}`)}</h2>
            {mine?.ok ? (
              <p role="status">
                {mine.intent === "remove" ? t("routines.channels.removed") : t("routines.channels.saved")}
              </p>
            ) : null}
            {mine && !mine.ok ? <FormAlert message={mine.error ?? undefined} /> : null}
            {current ? (
              <dl className="reg-dl">
                <dt>{t("routines.channels.webhook")}</dt>
                <dd>
                  <code>{current.masked}</code>
                  {current.hasSecret ? ` · ${t("routines.channels.signed")}` : ""}
                  {current.enabled ? "" : ` · ${t("routines.channels.paused")}`}
                </dd>
                <dt>{t("routines.channels.deliveries")}</dt>
                <dd>
                  {t("routines.channels.counts", {
                    delivered: current.delivered,
                    pending: current.pending,
                    failed: current.failed,
                  })}
                </dd>
                {current.lastError ? (
                  <>
                    <dt>{t("routines.channels.lastError")}</dt>
                    <dd>{current.lastError}</dd>
                  </>
                ) : null}
                <dt>{t("routines.channels.updatedAt")}</dt>
                <dd>{formatInstant(current.updatedAt, CHINA_TIME)}</dd>
              </dl>
            ) : (
              <p className="muted">{t("routines.channels.none")}</p>
            )}
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="save" />
              <input type="hidden" name="channel" value={channel} />
              <div className={fields.webhookUrl ? "field field-invalid" : "field"}>
                <label htmlFor={`${channel}-url`}>{t("routines.channels.webhook")}</label>
                <input
                  id={`${channel}-url`}
                  name="webhookUrl"
                  type="url"
                  inputMode="url"
                  required
                  maxLength={500}
                  placeholder={t(`routines.channels.placeholder.${channel}`)}
                  aria-invalid={fields.webhookUrl ? true : undefined}
                  aria-describedby={fields.webhookUrl ? `${channel}-url-error` : undefined}
                />
                {fields.webhookUrl ? (
                  <p id={`${channel}-url-error`} className="field-error" role="alert">
                    {fields.webhookUrl}
                  </p>
                ) : null}
              </div>
              {channel === "dingtalk" ? (
                <div className={fields.secret ? "field field-invalid" : "field"}>
                  <label htmlFor="dingtalk-secret">{t("routines.channels.secret")}</label>
                  <input id="dingtalk-secret" name="secret" maxLength={200} autoComplete="off" />
                  <p className="hint">{t("routines.channels.secretHint")}</p>
                  {fields.secret ? (
                    <p className="field-error" role="alert">
                      {fields.secret}
                    </p>
                  ) : null}
                </div>
              ) : null}
              <label>
                <input type="checkbox" name="enabled" defaultChecked />
                {t("routines.channels.enabled")}
              </label>
              <button type="submit" className="primary" disabled={busy}>
                {current ? t("routines.channels.replace") : t("routines.channels.add")}
              </button>
            </Form>
            {current ? (
              <Form method="post">
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="channel" value={channel} />
                <button type="submit" disabled={busy}>
                  {t("routines.channels.remove")}
                </button>
              </Form>
            ) : null}
          </section>
        );
      })}
    </section>
  );
}
