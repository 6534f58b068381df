// /orgs — the organisation chooser: lists the person's active memberships; POST switches the
// session to one (also used by the shell's switcher).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert } from "../components/Field.tsx";
import { requireUser } from "../lib/auth.server.ts";
import { safeRedirect } from "../lib/safe-redirect.ts";
import { attempt } from "../lib/forms.server.ts";
import { pageTitle } from "../lib/meta.ts";

export const meta = pageTitle("orgs");

export async function loader({ request }: LoaderFunctionArgs) {
  const { organizations, activeOrganizationId } = await requireUser(request);
  return { organizations, activeOrganizationId };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller, resHeaders } = await requireUser(request);
  const form = await request.formData();
  const organizationId = String(form.get("organizationId") ?? "");
  const result = await attempt(request, () => caller.auth.switchOrganization({ organizationId }));
  if (!result.ok) return data({ error: result.error }, { status: 403 });
  const to = safeRedirect(form.get("redirectTo"));
  return redirect(to, { headers: resHeaders });
}

export default function ChooseOrganization() {
  const { organizations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const redirectTo = safeRedirect(params.get("redirectTo"));
  return (
    <div className="auth-page">
      <h1>{t("orgs.title")}</h1>
      <FormAlert message={actionData?.error.message} />
      {params.get("reason") === "inactive" ? <p role="alert">{t("orgs.inactive")}</p> : null}
      {organizations.length === 0 ? (
        <p role="status">
          {t("orgs.none")} <Link to="/signup">{t("auth.signupLink")}</Link>
        </p>
      ) : (
        <>
          <p>{t("orgs.lead")}</p>
          <ul className="org-list">
            {organizations.map((o) => (
              <li key={o.id} className="card">
                <Form method="post">
                  <input type="hidden" name="organizationId" value={o.id} />
                  <input type="hidden" name="redirectTo" value={redirectTo} />
                  <h2>{o.name}</h2>
                  <p className="muted">
                    {t(`orgKinds.${o.kind}`)} · {o.roles.map((r) => t(`roles.${r}`)).join(t("app.listSep"))}
                  </p>
                  <button type="submit" className="primary" aria-label={`${t("orgs.enter")} ${o.name}`}>
                    {t("orgs.enter")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
