// The director files 《每周质量安全排查治理报告》: the week's figures pre-filled (daily checks per
// officer, problems with their hazards, hazards opened/closed/overdue, ERP inspection failures),
// then the assessment, measures and next week's focus, and the signature.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HazardSeverity, RiskStage, WeeklyRating, isoWeekKey } from "@anzhi/contracts";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { useCheckedForm } from "../lib/checked-form.ts";
import { attempt, parseForm } from "../lib/forms.server.ts";
import { errorPage, orThrowResponse } from "../lib/trpc.server.ts";
import { CheckList, SignFooter, memberOptions } from "../components/routines/PeriodForm.tsx";
import { SignatureField } from "../components/signatures/SignatureField.tsx";
import { WeekFigures } from "../components/routines/WeekFigures.tsx";
import { Field, FieldError } from "../components/Field.tsx";
import { TextArea } from "../components/hazards/inputs.tsx";
import styles from "../styles/routines.css?url";
import { WeeklyNewFormSchema } from "./app.weekly.new.form.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("weeklyNew");

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org, user } = await requireMember(request);
  // Only they may file (routines.weekly.file): say so before anyone fills the form, not after.
  if (!hasRole(org, "director", "principal")) throw errorPage("ROLE_REQUIRED", { roles: ["director", "principal"] });
  const today = org.today;
  const week = new URL(request.url).searchParams.get("week") ?? isoWeekKey(today);
  const [prefill, people, sites] = await Promise.all([
    orThrowResponse(caller.routines.weekly.prefill({ week })),
    caller.routines.people(),
    caller.routines.sites(),
  ]);
  return { prefill, people, sites, today, me: user.id, myName: user.name };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const result = await attempt(request, () => caller.routines.weekly.file(parseForm(form, WeeklyNewFormSchema)));
  if (result.ok) return redirect(`/app/weekly/${result.value.id}`);
  return { error: result.error };
}

export default function WeeklyNew() {
  const { prefill, people, sites, today, me, myName } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const { props, errorOf } = useCheckedForm(WeeklyNewFormSchema, actionData?.error.fields);
  const screening = prefill.end < today ? prefill.end : today;
  const hazardError = ["description", "measure", "dueDate"].map((k) => errorOf(`hazardsFound.0.${k}`)).find(Boolean);
  return (
    <div className="stack">
      <h1>{t("routines.weekly.fileWeek", { week: prefill.week })}</h1>
      <p className="muted">
        {prefill.start} ~ {prefill.end}
      </p>
      <section className="card" aria-labelledby="prefill-h">
        <h2 id="prefill-h">{t("routines.weekly.prefill")}</h2>
        <WeekFigures figures={prefill} />
      </section>
      <Form method="post" className="routine-form" aria-label={t("routines.weekly.docTitle")} {...props}>
        <input type="hidden" name="week" value={prefill.week} />
        <Field
          id="w-screeningDate"
          type="date"
          name="screeningDate"
          label={t("routines.weekly.screeningDate")}
          defaultValue={screening}
          required
          error={errorOf("screeningDate")}
        />
        <CheckList
          name="siteIds"
          legend={t("routines.weekly.sites")}
          options={sites.map((s) => ({ value: s.id, label: s.name, checked: true }))}
          error={errorOf("siteIds")}
        />
        <CheckList
          name="participantUserIds"
          legend={t("routines.weekly.participants")}
          options={memberOptions(people, (p) => p.id === me || p.roles.includes("officer"))}
          error={errorOf("participantUserIds")}
        />
        <TextArea
          name="lastWeekFollowUp"
          label={t("routines.weekly.lastWeekFollowUp")}
          error={errorOf("lastWeekFollowUp")}
          rows={3}
        />
        <details className="card" open={hazardError ? true : undefined}>
          <summary>{t("routines.weekly.newHazard")}</summary>
          <div className="routine-form">
            <TextArea
              name="hzDescription"
              label={t("routines.weekly.hazardDescription")}
              error={errorOf("hazardsFound.0.description")}
              rows={3}
            />
            <label htmlFor="w-hzStage">{t("routines.weekly.stage")}</label>
            <select id="w-hzStage" name="hzStage" defaultValue="management">
              {RiskStage.options.map((s) => (
                <option key={s} value={s}>
                  {t(`riskList.stages.${s}`, { defaultValue: s })}
                </option>
              ))}
            </select>
            <label htmlFor="w-hzSeverity">{t("routines.today.severity")}</label>
            <select id="w-hzSeverity" name="hzSeverity" defaultValue="general">
              {HazardSeverity.options.map((s) => (
                <option key={s} value={s}>
                  {t(`routines.severity.${s}`)}
                </option>
              ))}
            </select>
            <TextArea
              name="hzMeasure"
              label={t("routines.weekly.hazardMeasure")}
              error={errorOf("hazardsFound.0.measure")}
              rows={3}
            />
            <label htmlFor="w-hzOwner">{t("routines.today.owner")}</label>
            <select id="w-hzOwner" name="hzOwner" defaultValue={me}>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            <label htmlFor="w-hzDue">{t("routines.today.hazardDue")}</label>
            <input id="w-hzDue" type="date" name="hzDue" />
            <FieldError message={errorOf("hazardsFound.0.dueDate")} />
          </div>
        </details>
        {prefill.findings.length === 0 ? (
          // Asked for only when the week found nothing; a screening hazard above makes it moot.
          <TextArea
            name="noHazardStatement"
            label={t("routines.weekly.noHazardStatementIfNone")}
            error={errorOf("noHazardStatement")}
            rows={3}
          />
        ) : null}
        <TextArea
          name="managementEvaluation"
          label={t("routines.weekly.assessment")}
          error={errorOf("managementEvaluation")}
          rows={3}
        />
        <div className="field">
          <label htmlFor="w-rating">{t("routines.weekly.rating")}</label>
          <select id="w-rating" name="overallRating" defaultValue="generally_good">
            {WeeklyRating.options.map((r) => (
              <option key={r} value={r}>
                {t(`routines.weekly.ratings.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <TextArea
          name="nextWeekPriorities"
          label={t("routines.weekly.nextWeekFocus")}
          error={errorOf("nextWeekPriorities")}
          rows={3}
        />
        <SignatureField id="sig-weekly" signerName={myName} />
        <SignFooter lead={t("routines.weekly.signLead")} error={actionData?.error.message} />
      </Form>
    </div>
  );
}
