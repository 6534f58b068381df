// /app/appointments/new[?supersedes=id] — record an appointment, or change one (the current
// appointment ends on the new one's date and stays in the history). Multipart form: the signed
// document is uploaded with it.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormAlert } from "../components/Field.tsx";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt, formValues, parseForm } from "../lib/forms.server.ts";
import { errorPage } from "../lib/trpc.server.ts";
import { fileOf, readUploadForm } from "../lib/uploads.server.ts";
import { useIsPending } from "../lib/pending.ts";
import { AppointmentNewFormSchema } from "./app.appointments.new.form.ts";
import { pageTitle } from "../lib/meta.ts";

export const meta = pageTitle("appointmentNew");

export async function loader({ request }: LoaderFunctionArgs) {
  const { org, caller } = await requireMember(request);
  if (!(org.isAdmin || hasRole(org, "principal", "director"))) throw errorPage("FORBIDDEN");
  const supersedesId = new URL(request.url).searchParams.get("supersedes");
  const [options, list] = await Promise.all([caller.appointments.scopeOptions(), caller.appointments.list()]);
  const previous = supersedesId ? (list.find((a) => a.id === supersedesId && a.endedOn === null) ?? null) : null;
  return { options, previous };
}

const strings = (form: FormData, key: string) =>
  form.getAll(key).filter((x): x is string => typeof x === "string" && x !== "");

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const { form, refused } = await readUploadForm(request);
  const result = refused
    ? { ok: false as const, error: refused }
    : await attempt(request, async () =>
        caller.appointments.create({
          ...parseForm(form, AppointmentNewFormSchema),
          document: await fileOf(form, "document"),
        }),
      );
  if (!result.ok) {
    const { idNumber: _id, ...kept } = formValues(form);
    return data(
      {
        error: result.error,
        values: kept,
        checked: [...strings(form, "siteIds"), ...strings(form, "productIds"), ...strings(form, "riskItemIds")],
      },
      { status: 400 },
    );
  }
  return redirect("/app/appointments");
}

function Checks({
  name,
  legend,
  items,
  checked,
}: {
  name: string;
  legend: string;
  items: { id: string; label: string }[];
  checked: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    <div className="scope-group" role="group" aria-label={legend}>
      <span className="label">{legend}</span>
      {items.length === 0 ? <span className="muted">{t("appointments.noOptions")}</span> : null}
      {items.map((i) => (
        <label key={i.id} className="choice">
          <input type="checkbox" name={name} value={i.id} defaultChecked={checked.includes(i.id)} />
          {i.label}
        </label>
      ))}
    </div>
  );
}

export default function NewAppointment() {
  const { options, previous } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const busy = useIsPending({}, { state: "submitting" });
  const fields = actionData?.error.fields ?? {};
  const v: Record<string, string | undefined> = actionData?.values ?? {};
  const checked = actionData?.checked ?? [
    ...(previous?.sites.map((s) => s.id) ?? []),
    ...(previous?.products.map((p) => p.id) ?? []),
    ...(previous?.riskItems.map((r) => r.id) ?? []),
  ];
  const role = v.role ?? previous?.role ?? "officer";
  const scopeError = Object.entries(fields).find(([k]) => /^(siteIds|productIds|riskItemIds)/.test(k))?.[1];
  return (
    <div className="form-page stack">
      <p>
        <Link to="/app/appointments">← {t("appointments.back")}</Link>
      </p>
      <h1>{previous ? t("appointments.changeOf", { name: previous.personName }) : t("appointments.add")}</h1>
      {previous ? <p className="notice">{t("appointments.changing")}</p> : null}
      <Form method="post" encType="multipart/form-data" className="stack" noValidate>
        <FormAlert message={actionData && Object.keys(fields).length === 0 ? actionData.error.message : undefined} />
        {previous ? <input type="hidden" name="supersedesId" value={previous.id} /> : null}
        <fieldset>
          <legend>{t("appointments.role")}</legend>
          <div className="choices">
            {(["principal", "director", "officer"] as const).map((r) => (
              <label key={r} className="choice">
                <input type="radio" name="role" value={r} defaultChecked={role === r} />
                {t(`roles.${r}`)}
              </label>
            ))}
          </div>
          {fields.role ? (
            <p className="field-error" role="alert">
              {fields.role}
            </p>
          ) : null}
        </fieldset>
        <Field
          name="personName"
          label={t("appointments.personName")}
          required
          defaultValue={v.personName ?? previous?.personName ?? ""}
          error={fields.personName}
        />
        <div className="field">
          <label htmlFor="f-userId">{t("appointments.member")}</label>
          <select id="f-userId" name="userId" defaultValue={v.userId ?? previous?.userId ?? ""}>
            <option value="">{t("appointments.noMember")}</option>
            {options.members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
          </select>
          {fields.userId ? (
            <p className="field-error" role="alert">
              {fields.userId}
            </p>
          ) : null}
        </div>
        <fieldset>
          <legend>{t("appointments.employment")}</legend>
          <div className="choices">
            {(["full_time", "part_time"] as const).map((e) => (
              <label key={e} className="choice">
                <input
                  type="radio"
                  name="employment"
                  value={e}
                  defaultChecked={(v.employment ?? previous?.employment ?? "full_time") === e}
                />
                {t(`appointments.employments.${e}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field
          name="phone"
          type="tel"
          label={t("appointments.phone")}
          required
          autoComplete="off"
          defaultValue={v.phone ?? ""}
          error={fields.phone}
        />
        <Field
          name="idNumber"
          label={t("appointments.idNumber")}
          autoComplete="off"
          spellCheck={false}
          maxLength={18}
          error={fields.idNumber}
        />
        <Field
          name="appointedOn"
          type="date"
          label={t("appointments.appointedOn")}
          required
          defaultValue={v.appointedOn ?? ""}
          error={fields.appointedOn}
        />
        <Field
          name="education"
          label={t("appointments.education")}
          defaultValue={v.education ?? ""}
          error={fields.education}
        />
        <Field
          name="professionalTitle"
          label={t("appointments.professionalTitle")}
          defaultValue={v.professionalTitle ?? ""}
          error={fields.professionalTitle}
        />
        <Field
          name="yearsExperience"
          type="number"
          min={0}
          max={70}
          label={t("appointments.yearsExperience")}
          defaultValue={v.yearsExperience ?? ""}
          error={fields.yearsExperience}
        />
        <fieldset>
          <legend>{t("appointments.scope")}</legend>
          <Checks
            name="siteIds"
            legend={t("appointments.sites")}
            items={options.sites.map((s) => ({ id: s.id, label: s.name }))}
            checked={checked}
          />
          <Checks
            name="productIds"
            legend={t("appointments.products")}
            items={options.products.map((p) => ({ id: p.id, label: `${p.name} ${p.model}` }))}
            checked={checked}
          />
          <Checks
            name="riskItemIds"
            legend={t("appointments.riskItems")}
            items={options.riskItems.map((r) => ({ id: r.id, label: r.riskPoint }))}
            checked={checked}
          />
          {scopeError ? (
            <p className="field-error" role="alert">
              {scopeError}
            </p>
          ) : null}
        </fieldset>
        <div className={fields.document ? "field field-invalid" : "field"}>
          <label htmlFor="f-document">{t("appointments.document")}</label>
          <input
            id="f-document"
            type="file"
            name="document"
            accept="application/pdf,image/jpeg,image/png"
            aria-invalid={fields.document ? true : undefined}
          />
          {fields.document ? (
            <p className="field-error" role="alert">
              {fields.document}
            </p>
          ) : null}
        </div>
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {busy ? t("appointments.saving") : t("appointments.save")}
        </button>
      </Form>
    </div>
  );
}
