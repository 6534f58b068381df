// Add ("new") or edit a control item. Saving makes a new version of the list with the reason given;
// an edit retires the old row and adds a superseding one. Director and principal only.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireMember } from "../lib/auth.server.ts";
import { attempt, formValues } from "../lib/forms.server.ts";
import { riskItemFromForm } from "../lib/risk-list-form.ts";
import { errorPage, orThrowResponse } from "../lib/trpc.server.ts";
import { RiskItemFields } from "../components/risk-list/item-fields.tsx";
import { FormAlert } from "../components/Field.tsx";
import styles from "../styles/risk-list.css?url";
import { useIsPending } from "../lib/pending.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("riskListItem");

async function load(request: Request, itemId: string | undefined) {
  const { caller } = await requireMember(request);
  const doc = await orThrowResponse(caller.riskList.get());
  if (!doc.canEdit || doc.currentVersion === 0) throw redirect("/app/risk-list");
  const item = itemId === "new" ? null : (doc.items.find((i) => i.id === itemId) ?? null);
  if (itemId !== "new" && !item) throw errorPage("NOT_FOUND");
  return { caller, item };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller, item } = await load(request, params.itemId);
  return { item, assignees: await caller.riskList.assignees() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { caller, item } = await load(request, params.itemId);
  const values = formValues(await request.formData());
  const input = { reason: values.reason ?? "", item: riskItemFromForm(values) };
  const result = await attempt(request, () =>
    item ? caller.riskList.editItem({ itemId: item.id, ...input }) : caller.riskList.addItem(input),
  );
  if (result.ok) return redirect("/app/risk-list");
  return { values, error: result.error };
}

export default function RiskItemPage() {
  const { item, assignees } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const saving = useIsPending({}, { formMethod: "POST" });
  const fields = result?.error.fields ?? {};
  const hasFieldErrors = Object.keys(fields).length > 0;
  return (
    <div className="form-page">
      <h1>{item ? t("riskList.form.editTitle") : t("riskList.form.addTitle")}</h1>
      {item ? <p className="muted">{t("riskList.form.editNote")}</p> : null}
      <Form method="post" className="stack" noValidate>
        <FormAlert message={result && !hasFieldErrors ? result.error.message : undefined} />
        <RiskItemFields item={item} values={result?.values ?? null} errors={fields} assignees={assignees} />
        <div className={fields.reason ? "field field-invalid" : "field"}>
          <label htmlFor="f-reason">{t("riskList.form.reason")}</label>
          <textarea
            id="f-reason"
            name="reason"
            required
            maxLength={500}
            defaultValue={result?.values.reason ?? ""}
            aria-invalid={fields.reason ? true : undefined}
            aria-describedby={fields.reason ? "f-reason-error" : undefined}
          />
          {fields.reason ? (
            <p id="f-reason-error" className="field-error" role="alert">
              {fields.reason}
            </p>
          ) : null}
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t("riskList.form.saving") : t("riskList.form.save")}
          </button>
          <Link className="button" to="/app/risk-list">
            {t("riskList.form.cancel")}
          </Link>
        </div>
      </Form>
    </div>
  );
}
