// /app/account — change password (needs the current one; other sessions are signed out).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormAlert } from "../components/Field.tsx";
import { requireUser } from "../lib/auth.server.ts";
import { attempt, formValues } from "../lib/forms.server.ts";
import { useIsPending } from "../lib/pending.ts";
import { pageTitle } from "../lib/meta.ts";

export const meta = pageTitle("account");

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request);
  return { email: user.email };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireUser(request);
  const values = formValues(await request.formData());
  const result = await attempt(request, () =>
    caller.auth.changePassword({
      currentPassword: values.currentPassword ?? "",
      newPassword: values.newPassword ?? "",
    }),
  );
  if (!result.ok) return data({ error: result.error, ended: null }, { status: 400 });
  return { error: null, ended: result.value.otherSessionsEnded };
}

export default function Account() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const busy = useIsPending({}, { state: "submitting" });
  const fields = actionData?.error?.fields ?? {};
  return (
    <div className="narrow">
      <h1>{t("account.title")}</h1>
      {actionData && actionData.ended !== null ? (
        <p role="status" className="notice">
          {t("account.changed", { count: actionData.ended })}
        </p>
      ) : null}
      <Form method="post" className="stack" noValidate key={actionData?.ended ?? "form"}>
        <FormAlert
          message={actionData?.error && !actionData.error.fields.currentPassword ? actionData.error.message : undefined}
        />
        <Field
          name="currentPassword"
          type="password"
          label={t("account.currentPassword")}
          autoComplete="current-password"
          required
          error={fields.currentPassword}
        />
        <Field
          name="newPassword"
          type="password"
          label={t("account.newPassword")}
          hint={t("account.newPasswordHint")}
          autoComplete="new-password"
          required
          minLength={10}
          error={fields.newPassword}
        />
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {busy ? t("account.submitting") : t("account.submit")}
        </button>
      </Form>
    </div>
  );
}
