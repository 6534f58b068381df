// /forgot-password — asks for a reset link by e-mail (when this installation sends e-mail); the
// answer is the same whether or not the address is registered. Without e-mail it says who can
// issue a link instead (an organisation admin, or the operator's `pnpm anzhi user reset-link`).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormAlert } from "../components/Field.tsx";
import { requireAnonymous } from "../lib/auth.server.ts";
import { attempt, formValues } from "../lib/forms.server.ts";
import { callerForRequest } from "../lib/trpc.server.ts";
import { useIsPending } from "../lib/pending.ts";
import { pageTitle } from "../lib/meta.ts";

export const meta = pageTitle("forgotPassword");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const caller = await callerForRequest(request);
  return { byEmail: (await caller.auth.passwordResetByEmail()).available };
}

export async function action({ request }: ActionFunctionArgs) {
  const values = formValues(await request.formData());
  const caller = await callerForRequest(request);
  const email = values.email ?? "";
  const result = await attempt(request, () => caller.auth.requestPasswordReset({ email }));
  if (!result.ok) return data({ error: result.error, sentTo: null }, { status: 400 });
  return { error: null, sentTo: result.value.accepted ? email.trim() : null };
}

export default function ForgotPassword() {
  const { byEmail } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const busy = useIsPending({}, { state: "submitting" });
  return (
    <div className="auth-page">
      <h1>{t("reset.forgotTitle")}</h1>
      {!byEmail ? (
        <p role="status">{t("reset.noMail")}</p>
      ) : actionData?.sentTo ? (
        <p role="status" className="notice">
          {t("reset.requested", { email: actionData.sentTo })}
        </p>
      ) : (
        <Form method="post" className="stack" noValidate>
          <p>{t("reset.forgotLead")}</p>
          <FormAlert message={actionData?.error?.message} />
          <Field
            name="email"
            type="email"
            label={t("auth.email")}
            autoComplete="username"
            required
            error={actionData?.error?.fields.email}
          />
          <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
            {busy ? t("reset.sending") : t("reset.submitRequest")}
          </button>
        </Form>
      )}
      <p>
        <Link to="/login">{t("auth.loginLink")}</Link>
      </p>
    </div>
  );
}
