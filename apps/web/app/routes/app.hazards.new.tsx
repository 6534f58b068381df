// 登记隐患: a hazard recorded by hand (source manual), with evidence photos (camera on a phone).
// A major hazard needs its containment and gets a draft major-risk report at once.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HazardSeverity, addDays } from "@anzhi/contracts";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt, formValues } from "../lib/forms.server.ts";
import { filesOf, readUploadForm } from "../lib/uploads.server.ts";
import { Field, FormAlert } from "../components/Field.tsx";
import { PhotoInput, SelectField, TextArea } from "../components/hazards/inputs.tsx";
import styles from "../styles/ledger.css?url";
import { useIsPending } from "../lib/pending.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("hazardNew");

export async function loader({ request }: LoaderFunctionArgs) {
  const { org, user, caller } = await requireMember(request);
  if (!hasRole(org, "principal", "director", "officer")) throw redirect("/app/hazards");
  return { options: await caller.hazards.options(), me: user.id, defaultDue: addDays(org.today, 7) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const { form, refused } = await readUploadForm(request);
  const v = formValues(form);
  if (refused) return data({ error: refused, values: v }, { status: 400 });
  const opt = (key: string) => (v[key] ? v[key] : undefined);
  // Values go as posted (typed as the input only to compile): the procedure's schema checks them.
  const result = await attempt(request, async () => {
    return caller.hazards.create({
      source: "manual",
      title: v.title ?? "",
      description: v.description ?? "",
      severity: (v.severity ?? "") as HazardSeverity,
      ownerUserId: v.ownerUserId ?? "",
      dueDate: v.dueDate ?? "",
      siteId: opt("siteId"),
      productId: opt("productId"),
      riskItemId: opt("riskItemId"),
      containment: opt("containment"),
      cause: opt("cause"),
      correctiveAction: opt("correctiveAction"),
      evidence: await filesOf(form, "evidence"),
    });
  });
  if (!result.ok) return data({ error: result.error, values: v }, { status: 400 });
  return redirect(`/app/hazards/${result.value.id}`);
}

export default function NewHazard() {
  const { options, me, defaultDue } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const busy = useIsPending({}, { state: "submitting" });
  const f = result?.error.fields ?? {};
  const v = result?.values ?? {};
  return (
    <div className="form-page">
      <h1>{t("hazard.newTitle")}</h1>
      <Form method="post" encType="multipart/form-data" className="stack" noValidate>
        <FormAlert message={result?.error.message} />
        <Field
          name="title"
          label={t("hazard.titleField")}
          required
          maxLength={100}
          defaultValue={v.title ?? ""}
          error={f.title}
        />
        <TextArea
          name="description"
          label={t("hazard.description")}
          required
          defaultValue={v.description ?? ""}
          error={f.description}
        />
        <fieldset>
          <legend>{t("hazard.severity")}</legend>
          <div className="choices">
            {HazardSeverity.options.map((s) => (
              <label key={s} className="choice">
                <input type="radio" name="severity" value={s} defaultChecked={(v.severity ?? "general") === s} />
                {t(`hazard.severities.${s}`)}
              </label>
            ))}
          </div>
          {f.severity ? (
            <p className="field-error" role="alert">
              {f.severity}
            </p>
          ) : null}
        </fieldset>
        <TextArea
          name="containment"
          label={t("hazard.containment")}
          hint={t("hazard.containmentHint")}
          defaultValue={v.containment ?? ""}
          error={f.containment}
        />
        <SelectField
          name="ownerUserId"
          label={t("hazard.owner")}
          required
          defaultValue={v.ownerUserId ?? me}
          options={options.owners.map((o) => ({ value: o.id, label: o.name }))}
          error={f.ownerUserId}
        />
        <Field
          name="dueDate"
          type="date"
          label={t("hazard.dueDate")}
          required
          defaultValue={v.dueDate ?? defaultDue}
          error={f.dueDate}
        />
        <SelectField
          name="siteId"
          label={t("hazard.site")}
          empty={t("hazard.none")}
          defaultValue={v.siteId ?? ""}
          options={options.sites.map((s) => ({ value: s.id, label: s.name }))}
          error={f.siteId}
        />
        <SelectField
          name="productId"
          label={t("hazard.product")}
          empty={t("hazard.none")}
          defaultValue={v.productId ?? ""}
          options={options.products.map((p) => ({ value: p.id, label: `${p.name} ${p.model}` }))}
          error={f.productId}
        />
        <SelectField
          name="riskItemId"
          label={t("hazard.riskItem")}
          empty={t("hazard.none")}
          defaultValue={v.riskItemId ?? ""}
          options={options.riskItems.map((r) => ({ value: r.id, label: `${r.seq}. ${r.riskPoint}` }))}
          error={f.riskItemId}
        />
        <TextArea name="cause" label={t("hazard.cause")} defaultValue={v.cause ?? ""} error={f.cause} />
        <TextArea
          name="correctiveAction"
          label={t("hazard.correctiveAction")}
          defaultValue={v.correctiveAction ?? ""}
          error={f.correctiveAction}
        />
        <PhotoInput name="evidence" label={t("hazard.evidence")} hint={t("hazard.evidenceHint")} error={f.evidence} />
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {busy ? t("hazard.saving") : t("hazard.save")}
        </button>
      </Form>
    </div>
  );
}
