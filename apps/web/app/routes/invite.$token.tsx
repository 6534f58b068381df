// /invite/:token — accept an invitation: a signed-in person joins with their account; anyone
// else registers here (name, e-mail, password) and is signed in to the organisation.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormAlert } from "../components/Field.tsx";
import { getUser } from "../lib/auth.server.ts";
import { attempt, formValues } from "../lib/forms.server.ts";
import { callerForRequest } from "../lib/trpc.server.ts";
import { useIsPending } from "../lib/pending.ts";
import { pageTitle } from "../lib/meta.ts";

export const meta = pageTitle("invite", [{ name: "referrer", content: "no-referrer" }]);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const viewer = await getUser(request);
  const caller = viewer?.caller ?? (await callerForRequest(request));
  const preview = await attempt(request, () => caller.members.previewInvitation({ token }));
  return {
    preview: preview.ok ? preview.value : null,
    problem: preview.ok ? null : preview.error.message,
    viewer: viewer ? { name: viewer.user.name, email: viewer.user.email } : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const values = formValues(await request.formData());
  const resHeaders = new Headers();
  const caller = await callerForRequest(request, resHeaders);
  if (values.intent === "join") {
    const joined = await attempt(request, () => caller.members.acceptAsUser({ token }));
    if (!joined.ok) return data({ error: joined.error, values: {} as Record<string, string> }, { status: 400 });
    return redirect("/app", { headers: resHeaders });
  }
  const result = await attempt(request, () =>
    caller.members.acceptAsNewUser({
      token,
      name: values.name ?? "",
      email: values.email ?? "",
      password: values.password ?? "",
      locale: values.locale === "en" ? "en" : "zh-CN",
    }),
  );
  if (!result.ok) {
    const { password: _p, ...kept } = values;
    return data({ error: result.error, values: kept }, { status: 400 });
  }
  return redirect("/app", { headers: resHeaders });
}

export default function AcceptInvitation() {
  const { preview, problem, viewer } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const busy = useIsPending({}, { state: "submitting" });
  const redirectTo = useLocation().pathname;
  if (!preview) {
    return (
      <div className="auth-page">
        <h1>{t("invite.invalid")}</h1>
        <p role="alert">{problem}</p>
      </div>
    );
  }
  const fields = actionData?.error.fields ?? {};
  const v = actionData?.values ?? {};
  const roles = [...preview.roles.map((r) => t(`roles.${r}`)), ...(preview.isAdmin ? [t("roles.admin")] : [])].join(
    "、",
  );
  return (
    <div className="auth-page stack">
      <h1>{t("invite.title", { org: preview.organizationName })}</h1>
      <p>{t("invite.lead", { roles })}</p>
      <FormAlert message={actionData && Object.keys(fields).length === 0 ? actionData.error.message : undefined} />
      {viewer ? (
        <Form method="post">
          <input type="hidden" name="intent" value="join" />
          <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
            {busy ? t("invite.joining") : t("invite.joinAs", { name: viewer.name })}
          </button>
        </Form>
      ) : (
        <>
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="register" />
            <input type="hidden" name="locale" value={i18n.language === "en" ? "en" : "zh-CN"} />
            <h2>{t("invite.orRegister")}</h2>
            <Field
              name="name"
              label={t("invite.name")}
              required
              autoComplete="name"
              defaultValue={v.name}
              error={fields.name}
            />
            <Field
              name="email"
              type="email"
              label={t("auth.email")}
              required
              autoComplete="email"
              defaultValue={v.email ?? preview.email ?? ""}
              error={fields.email}
            />
            <Field
              name="password"
              type="password"
              label={t("auth.password")}
              hint={t("signup.passwordHint")}
              required
              minLength={10}
              autoComplete="new-password"
              error={fields.password}
            />
            <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
              {busy ? t("invite.joining") : t("invite.submit")}
            </button>
          </Form>
          <p>
            {t("invite.haveAccount")}{" "}
            <Link to={`/login?redirectTo=${encodeURIComponent(redirectTo)}`}>{t("invite.loginFirst")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
