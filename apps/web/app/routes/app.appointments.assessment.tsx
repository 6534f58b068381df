// /app/appointments/assessment — record a market regulator's 监督抽查考核 of the appointed director
// and officers: authority, reference, each person's result, follow-up and the notice as a file
// (multipart). Principals, directors and admins record; the register shows the results.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormAlert } from "../components/Field.tsx";
import { PeopleResults } from "../components/PeopleResults.tsx";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt, formValues, parseForm } from "../lib/forms.server.ts";
import { errorPage } from "../lib/trpc.server.ts";
import { fileOf, readUploadForm } from "../lib/uploads.server.ts";
import { useIsPending } from "../lib/pending.ts";
import { AssessmentFormSchema } from "./app.appointments.assessment.form.ts";
import { pageTitle } from "../lib/meta.ts";

export const meta = pageTitle("assessment");

export async function loader({ request }: LoaderFunctionArgs) {
  const { org, caller } = await requireMember(request);
  if (!(org.isAdmin || hasRole(org, "principal", "director"))) throw errorPage("FORBIDDEN");
  const list = await caller.appointments.list();
  return {
    people: list
      .filter((a) => a.endedOn === null && (a.role === "director" || a.role === "officer"))
      .map((a) => ({ id: a.id, name: a.personName, role: a.role })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const { form, refused } = await readUploadForm(request);
  const result = refused
    ? { ok: false as const, error: refused }
    : await attempt(request, async () =>
        caller.appointments.createAssessment({
          ...parseForm(form, AssessmentFormSchema),
          evidence: await fileOf(form, "evidence"),
        }),
      );
  if (!result.ok) return data({ error: result.error, values: formValues(form) }, { status: 400 });
  return redirect("/app/appointments");
}

export default function Assessment() {
  const { people } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const pending = useIsPending();
  const { t } = useTranslation();
  const fields = actionData?.error.fields ?? {};
  const v = actionData?.values ?? {};
  const resultsError = Object.entries(fields).find(([k]) => k.startsWith("results"))?.[1];
  return (
    <div className="stack">
      <h1>{t("training.assessment.add")}</h1>
      <p className="muted">{t("training.assessment.lead")}</p>
      <Form method="post" encType="multipart/form-data" className="stack" noValidate>
        <FormAlert message={actionData && Object.keys(fields).length === 0 ? actionData.error.message : undefined} />
        <Field
          name="assessedOn"
          type="date"
          required
          label={t("training.assessment.assessedOn")}
          defaultValue={v.assessedOn ?? ""}
          error={fields.assessedOn}
        />
        <Field
          name="authority"
          required
          label={t("training.assessment.authority")}
          defaultValue={v.authority ?? ""}
          error={fields.authority}
        />
        <Field
          name="authorityRef"
          label={t("training.assessment.authorityRef")}
          defaultValue={v.authorityRef ?? ""}
          error={fields.authorityRef}
        />
        <Field name="topic" label={t("training.assessment.topic")} defaultValue={v.topic ?? ""} error={fields.topic} />
        <Field
          name="followUp"
          label={t("training.assessment.followUp")}
          defaultValue={v.followUp ?? ""}
          error={fields.followUp}
        />
        <PeopleResults
          name="results"
          legend={t("training.assessment.people")}
          people={people.map((p) => ({ id: p.id, name: `${p.name}（${t(`roles.${p.role}`)}）` }))}
          passedLabel={t("training.assessment.passed")}
          error={resultsError}
        />
        <Field
          name="evidence"
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          label={t("training.assessment.evidence")}
          error={fields.evidence}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={pending}>
            {t("training.assessment.save")}
          </button>
          <Link className="button" to="/app/appointments">
            {t("routines.common.back")}
          </Link>
        </div>
      </Form>
    </div>
  );
}
