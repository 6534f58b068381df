// 生产日历: the enterprise's working calendar — normal production weekdays, whether it follows the
// public holidays and 调休 days, and its own extra production / rest days. Everyone can read it;
// the principal, the director or an admin can change it from the first open day on (history is
// closed, ADR 015): a past or signed-period day changes only by the principal's reasoned amendment.
// The 启用日期 (the first day anything is due) is shown here; an admin or the principal may move it earlier.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt } from "../lib/forms.server.ts";
import { FormAlert } from "../components/Field.tsx";
import styles from "../styles/routines.css?url";
import { useIsPending } from "../lib/pending.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("calendar");

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  return {
    settings: await caller.routines.calendar.get(),
    history: await caller.routines.calendar.history(),
    canEdit: hasRole(org, "principal", "director") || org.isAdmin,
    canAmend: hasRole(org, "principal"),
    canActivate: hasRole(org, "principal") || org.isAdmin,
  };
}

const lines = (v: FormDataEntryValue | null) =>
  typeof v === "string"
    ? v
        .split(/[\s,，]+/)
        .map((d) => d.trim())
        .filter(Boolean)
    : [];

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "settings");
  const text = (k: string) => String(form.get(k) ?? "");
  const result = await attempt(request, async (): Promise<unknown> =>
    intent === "amend"
      ? caller.routines.calendar.amendDay({
          day: text("day"),
          working: form.get("working") === "working",
          reason: text("reason"),
        })
      : intent === "activation"
        ? caller.routines.calendar.setActivation({ activatedOn: text("activatedOn"), reason: text("reason") })
        : caller.routines.calendar.update({
            weekdays: form.getAll("weekdays").map(Number),
            followsPublicHolidays: form.get("followsPublicHolidays") === "on",
            workingDays: lines(form.get("workingDays")),
            restDays: lines(form.get("restDays")),
          }),
  );
  return result.ok ? { intent, ok: true as const, error: null } : { intent, ok: false as const, error: result.error };
}

export default function Calendar() {
  const { settings, history, canEdit, canAmend, canActivate } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const pending = useIsPending();
  const { t } = useTranslation();
  const fieldError = (prefix: string, intent = "settings") =>
    actionData?.intent === intent
      ? Object.entries(actionData.error?.fields ?? {}).find(([k]) => k.startsWith(prefix))?.[1]
      : undefined;
  const saved = (intent: string) =>
    actionData?.intent === intent && actionData.ok ? (
      <p role="status" className="ok-note">
        {t("routines.calendar.saved")}
      </p>
    ) : null;
  const failed = (intent: string) => (actionData?.intent === intent ? actionData.error?.message : undefined);
  return (
    <div className="stack">
      <h1>{t("routines.calendar.title")}</h1>
      <p className="muted">{t("routines.calendar.lead")}</p>
      {canEdit ? null : <p className="note">{t("routines.calendar.readOnly")}</p>}
      <p data-testid="activated-on">
        {history.activatedOn
          ? t("routines.calendar.activatedOn", { date: history.activatedOn })
          : t("routines.calendar.noActivation")}
      </p>
      <p className="note">{t("routines.calendar.closedNote", { date: history.firstOpenDay })}</p>
      <Form method="post" className="routine-form">
        <input type="hidden" name="intent" value="settings" />
        <fieldset className="check-list" disabled={!canEdit}>
          <legend>{t("routines.calendar.weekdays")}</legend>
          {([1, 2, 3, 4, 5, 6, 7] as const).map((d) => (
            <label key={d}>
              <input type="checkbox" name="weekdays" value={d} defaultChecked={settings.weekdays.includes(d)} />
              {t(`routines.calendar.weekdayNames.${d}`)}
            </label>
          ))}
        </fieldset>
        <label className="choice">
          <input
            type="checkbox"
            name="followsPublicHolidays"
            defaultChecked={settings.followsPublicHolidays}
            disabled={!canEdit}
          />
          {t("routines.calendar.followsPublicHolidays")}
        </label>
        <div className="field">
          <label htmlFor="c-working">{t("routines.calendar.workingDays")}</label>
          <textarea
            id="c-working"
            name="workingDays"
            rows={3}
            defaultValue={settings.workingDays.join("\n")}
            disabled={!canEdit}
            aria-invalid={fieldError("workingDays") ? true : undefined}
          />
          {fieldError("workingDays") ? (
            <p className="field-error" role="alert">
              {fieldError("workingDays")}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="c-rest">{t("routines.calendar.restDays")}</label>
          <textarea
            id="c-rest"
            name="restDays"
            rows={3}
            defaultValue={settings.restDays.join("\n")}
            disabled={!canEdit}
            aria-invalid={fieldError("restDays") ? true : undefined}
          />
          {fieldError("restDays") ? (
            <p className="field-error" role="alert">
              {fieldError("restDays")}
            </p>
          ) : null}
        </div>
        <FormAlert message={failed("settings")} />
        {saved("settings")}
        {canEdit ? (
          <button type="submit" className="primary" disabled={pending}>
            {pending ? t("routines.common.saving") : t("routines.common.save")}
          </button>
        ) : null}
      </Form>
      {canActivate ? (
        <Form method="post" className="routine-form">
          <h2>{t("routines.calendar.activationTitle")}</h2>
          <p className="muted">{t("routines.calendar.activationLead")}</p>
          <input type="hidden" name="intent" value="activation" />
          <DateField
            id="c-activated"
            name="activatedOn"
            label={t("routines.calendar.activationDate")}
            max={history.today}
            error={fieldError("activatedOn", "activation")}
          />
          <TextField id="c-activation-reason" name="reason" label={t("routines.calendar.reason")} />
          <FormAlert message={failed("activation")} />
          {saved("activation")}
          <button type="submit" disabled={pending}>
            {t("routines.calendar.activationSubmit")}
          </button>
        </Form>
      ) : null}
      {canAmend ? (
        <Form method="post" className="routine-form">
          <h2>{t("routines.calendar.amendTitle")}</h2>
          <p className="muted">{t("routines.calendar.amendLead")}</p>
          <input type="hidden" name="intent" value="amend" />
          <DateField
            id="c-amend-day"
            name="day"
            label={t("routines.calendar.amendDay")}
            error={fieldError("day", "amend")}
          />
          <fieldset className="check-list">
            <legend>{t("routines.calendar.amendTo")}</legend>
            <label>
              <input type="radio" name="working" value="rest" defaultChecked />
              {t("routines.calendar.rest")}
            </label>
            <label>
              <input type="radio" name="working" value="working" />
              {t("routines.calendar.working")}
            </label>
          </fieldset>
          {fieldError("working", "amend") ? (
            <p className="field-error" role="alert">
              {fieldError("working", "amend")}
            </p>
          ) : null}
          <TextField id="c-amend-reason" name="reason" label={t("routines.calendar.reason")} />
          <FormAlert message={failed("amend")} />
          {saved("amend")}
          <button type="submit" disabled={pending}>
            {t("routines.calendar.amendSubmit")}
          </button>
        </Form>
      ) : null}
      <section>
        <h2>{t("routines.calendar.amendments")}</h2>
        {history.amendments.length === 0 ? (
          <p className="muted">{t("routines.common.none")}</p>
        ) : (
          <ul data-testid="calendar-amendments">
            {history.amendments.map((a) => (
              <li key={a.id}>
                {t("routines.calendar.amendmentLine", {
                  day: a.day,
                  from: a.wasWorking ? t("routines.calendar.working") : t("routines.calendar.rest"),
                  to: a.nowWorking ? t("routines.calendar.working") : t("routines.calendar.rest"),
                  name: a.amendedByName,
                  reason: a.reason,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function DateField(props: { id: string; name: string; label: string; max?: string; error?: string | undefined }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.name}
        type="date"
        required
        max={props.max}
        aria-invalid={props.error ? true : undefined}
      />
      {props.error ? (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function TextField(props: { id: string; name: string; label: string }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <textarea id={props.id} name={props.name} rows={2} required maxLength={500} />
    </div>
  );
}
