// /signup — registers the company and its first user (principal + admin) in one step, then
// opens the dashboard. Each error shows next to its field; typed values are kept (not passwords).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormAlert } from "../components/Field.tsx";
import { SizePreview } from "../components/SizePreview.tsx";
import { RegionPicker } from "../components/RegionPicker.tsx";
import { requireAnonymous } from "../lib/auth.server.ts";
import { attempt, formValues, parseForm } from "../lib/forms.server.ts";
import { callerForRequest } from "../lib/trpc.server.ts";
import { useIsPending } from "../lib/pending.ts";
import { SignUpFormSchema } from "./signup.form.ts";
import { pageTitle } from "../lib/meta.ts";

export const meta = pageTitle("signup");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

const TIME_ZONES = ["Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei"] as const;
const KINDS = ["producer", "seller", "both"] as const;
const CHANNELS = ["wholesale", "retail", "both", "online"] as const;

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const resHeaders = new Headers();
  const caller = await callerForRequest(request, resHeaders);
  const result = await attempt(request, () => caller.auth.signUp(parseForm(form, SignUpFormSchema)));
  if (!result.ok) {
    const { password: _password, ...kept } = formValues(form);
    return data({ error: result.error, values: kept }, { status: 400 });
  }
  return redirect("/app", { headers: resHeaders });
}

export default function SignUp() {
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const busy = useIsPending({}, { state: "submitting" });
  const fields = actionData?.error.fields ?? {};
  const v = actionData?.values ?? {};
  const generic = actionData && Object.keys(fields).length === 0 ? actionData.error.message : undefined;
  return (
    <div className="form-page">
      <h1>{t("signup.title")}</h1>
      <p className="lead">{t("signup.lead")}</p>
      <Form method="post" className="stack" noValidate>
        <FormAlert message={generic} />
        <input type="hidden" name="locale" value={i18n.language === "en" ? "en" : "zh-CN"} />
        <fieldset>
          <legend>{t("signup.orgSection")}</legend>
          <div className={fields.kind ? "field field-invalid" : "field"}>
            <span className="label" id="kind-label">
              {t("signup.kind")}
            </span>
            <div role="radiogroup" aria-labelledby="kind-label" className="choices">
              {KINDS.map((k) => (
                <label key={k} className="choice">
                  <input type="radio" name="kind" value={k} defaultChecked={(v.kind ?? "producer") === k} />
                  {t(`orgKinds.${k}`)}
                </label>
              ))}
            </div>
            {fields.kind ? (
              <p className="field-error" role="alert">
                {fields.kind}
              </p>
            ) : null}
          </div>
          <Field
            name="name"
            label={t("signup.name")}
            hint={t("signup.nameHint")}
            required
            defaultValue={v.name}
            error={fields.name}
            autoComplete="organization"
          />
          <Field
            name="uscc"
            label={t("signup.uscc")}
            hint={t("signup.usccHint")}
            required
            defaultValue={v.uscc}
            error={fields.uscc}
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={24}
          />
          <RegionPicker defaultCode={v.regionCode ?? ""} error={fields.regionCode} />
          <Field
            name="address"
            label={t("signup.address")}
            required
            defaultValue={v.address}
            error={fields.address}
            autoComplete="street-address"
          />
          <div className={fields.timeZone ? "field field-invalid" : "field"}>
            <label htmlFor="f-timeZone">{t("signup.timeZone")}</label>
            <select id="f-timeZone" name="timeZone" defaultValue={v.timeZone ?? "Asia/Shanghai"}>
              {TIME_ZONES.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
            {fields.timeZone ? (
              <p className="field-error" role="alert">
                {fields.timeZone}
              </p>
            ) : null}
          </div>
          <Field
            name="legalRepresentative"
            label={t("signup.legalRepresentative")}
            defaultValue={v.legalRepresentative}
            error={fields.legalRepresentative}
          />
        </fieldset>
        <fieldset>
          <legend>{t("signup.sizeSection")}</legend>
          <SizePreview
            defaults={{
              kind: v.kind ?? "producer",
              employeeCount: v.employeeCount ?? "",
              annualRevenueWanYuan: v.annualRevenueWanYuan ?? "",
              salesChannel: v.salesChannel ?? "",
            }}
            errors={{
              employeeCount: fields.employeeCount,
              annualRevenueWanYuan: fields.annualRevenueWanYuan,
              salesChannel: fields.salesChannel,
            }}
            channels={CHANNELS}
          />
        </fieldset>
        <fieldset>
          <legend>{t("signup.userSection")}</legend>
          <Field
            name="userName"
            label={t("signup.userName")}
            required
            defaultValue={v.userName}
            error={fields.userName}
            autoComplete="name"
          />
          <Field
            name="email"
            type="email"
            label={t("signup.email")}
            required
            defaultValue={v.email}
            error={fields.email}
            autoComplete="email"
          />
          <Field
            name="password"
            type="password"
            label={t("signup.password")}
            hint={t("signup.passwordHint")}
            required
            minLength={10}
            error={fields.password}
            autoComplete="new-password"
          />
        </fieldset>
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {busy ? t("signup.submitting") : t("signup.submit")}
        </button>
      </Form>
      <p>
        {t("auth.haveAccount")} <Link to="/login">{t("auth.loginLink")}</Link>
      </p>
    </div>
  );
}
