// 生产日历: the enterprise's working calendar — normal production weekdays, whether it follows the
// public holidays and 调休 days, and its own extra production / rest days. Everyone can read it;
// the principal, the director or an admin can change it.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt } from "../lib/forms.server.ts";
import { FormAlert } from "../components/Field.tsx";
import styles from "../styles/routines.css?url";
import { useIsPending } from "../lib/pending.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "生产日历 — 安质" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  return {
    settings: await caller.routines.calendar.get(),
    canEdit: hasRole(org, "principal", "director") || org.isAdmin,
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
  const result = await attempt(request, () =>
    caller.routines.calendar.update({
      weekdays: form.getAll("weekdays").map(Number),
      followsPublicHolidays: form.get("followsPublicHolidays") === "on",
      workingDays: lines(form.get("workingDays")),
      restDays: lines(form.get("restDays")),
    }),
  );
  return result.ok ? { ok: true as const, error: null } : { ok: false as const, error: result.error };
}

export default function Calendar() {
  const { settings, canEdit } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const pending = useIsPending();
  const { t } = useTranslation();
  const fieldError = (prefix: string) =>
    Object.entries(actionData?.error?.fields ?? {}).find(([k]) => k.startsWith(prefix))?.[1];
  return (
    <div className="stack">
      <h1>{t("routines.calendar.title")}</h1>
      <p className="muted">{t("routines.calendar.lead")}</p>
      {canEdit ? null : <p className="note">{t("routines.calendar.readOnly")}</p>}
      <Form method="post" className="routine-form">
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
        <FormAlert message={actionData?.error?.message} />
        {actionData?.ok ? (
          <p role="status" className="ok-note">
            {t("routines.calendar.saved")}
          </p>
        ) : null}
        {canEdit ? (
          <button type="submit" className="primary" disabled={pending}>
            {pending ? t("routines.common.saving") : t("routines.common.save")}
          </button>
        ) : null}
      </Form>
    </div>
  );
}
