import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormAlert } from "../components/Field.tsx";
import { requireAnonymous, safeRedirect } from "../lib/auth.server.ts";
import { attempt, formValues } from "../lib/forms.server.ts";
import { callerForRequest } from "../lib/trpc.server.ts";
import { useIsPending } from "../lib/pending.ts";
import { pageTitle } from "../lib/meta.ts";

export const meta = pageTitle("login");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const values = formValues(form);
  const resHeaders = new Headers();
  const caller = await callerForRequest(request, resHeaders);
  const result = await attempt(request, () =>
    caller.auth.login({ email: values.email ?? "", password: values.password ?? "" }),
  );
  if (!result.ok) return data({ error: result.error, email: values.email ?? "" }, { status: 400 });
  const target = safeRedirect(values.redirectTo);
  // Inspectors have no organisation: they work in the regulator portal.
  if (result.value.isRegulator)
    return redirect(target.startsWith("/regulator") ? target : "/regulator", { headers: resHeaders });
  // Without an active organisation, pages under /app go through the chooser first.
  const to =
    result.value.activeOrganizationId || !target.startsWith("/app")
      ? target
      : `/orgs?redirectTo=${encodeURIComponent(target)}`;
  return redirect(to, { headers: resHeaders });
}

export default function Login() {
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const busy = useIsPending({}, { formAction: "/login" });
  const fields = actionData?.error.fields ?? {};
  return (
    <div className="auth-page">
      <h1>{t("auth.loginTitle")}</h1>
      {params.get("loggedOut") ? <p role="status">{t("auth.loggedOut")}</p> : null}
      {params.get("reset") ? <p role="status">{t("auth.passwordReset")}</p> : null}
      <Form method="post" className="stack" noValidate>
        <FormAlert message={actionData?.error.message} />
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/app"} />
        <Field
          name="email"
          type="email"
          label={t("auth.email")}
          autoComplete="username"
          required
          defaultValue={actionData?.email ?? ""}
          error={fields.email}
        />
        <Field
          name="password"
          type="password"
          label={t("auth.password")}
          autoComplete="current-password"
          required
          error={fields.password}
        />
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {busy ? t("auth.loggingIn") : t("auth.submitLogin")}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">{t("auth.forgotLink")}</Link>
      </p>
      <p>
        {t("auth.noAccount")} <Link to="/signup">{t("auth.signupLink")}</Link>
      </p>
    </div>
  );
}
