// /reset/:token — choose a new password with a single-use reset link (e-mailed, or issued by an
// admin or the operator). Saving ends every session of the account; the person then signs in.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormAlert } from "../components/Field.tsx";
import { attempt, formValues } from "../lib/forms.server.ts";
import { callerForRequest } from "../lib/trpc.server.ts";
import { useIsPending } from "../lib/pending.ts";
import { pageTitle } from "../lib/meta.ts";

// the token is in the path: never hand it to another site in a Referer
export const meta = pageTitle("resetPassword", [{ name: "referrer", content: "no-referrer" }]);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const caller = await callerForRequest(request);
  const status = await attempt(request, () => caller.auth.resetLinkStatus({ token: params.token ?? "" }));
  return status.ok && status.value.valid
    ? { valid: true, email: status.value.email ?? "" }
    : { valid: false, email: "" };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const values = formValues(await request.formData());
  const resHeaders = new Headers();
  const caller = await callerForRequest(request, resHeaders);
  const result = await attempt(request, () =>
    caller.auth.resetPassword({ token: params.token ?? "", newPassword: values.newPassword ?? "" }),
  );
  if (!result.ok) return data({ error: result.error }, { status: 400 });
  return redirect("/login?reset=1", { headers: resHeaders });
}

export default function ResetPassword() {
  const { valid, email } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const busy = useIsPending({}, { state: "submitting" });
  if (!valid) {
    return (
      <div className="auth-page">
        <h1>{t("reset.title")}</h1>
        <p role="alert">{t("reset.invalid")}</p>
        <p>
          <Link to="/forgot-password">{t("reset.askAgain")}</Link>
        </p>
      </div>
    );
  }
  const fields = actionData?.error.fields ?? {};
  return (
    <div className="auth-page">
      <h1>{t("reset.title")}</h1>
      <p>{t("reset.lead", { email })}</p>
      <Form method="post" className="stack" noValidate>
        <FormAlert message={actionData && !fields.newPassword ? actionData.error.message : undefined} />
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <Field
          name="newPassword"
          type="password"
          label={t("reset.newPassword")}
          hint={t("reset.newPasswordHint")}
          autoComplete="new-password"
          required
          minLength={10}
          error={fields.newPassword}
        />
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {busy ? t("reset.saving") : t("reset.submit")}
        </button>
      </Form>
    </div>
  );
}
