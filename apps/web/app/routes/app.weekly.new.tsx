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
import { MAX_HAZARDS_FOUND, WeeklyNewFormSchema, hazardRowsOf } from "./app.weekly.new.form.ts";
import { RowList } from "../components/routines/RowList.tsx";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("weeklyNew");

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org, user } = await requireMember(request);
  // Only they may file (routines.weekly.file): say so before anyone fills the form, not after.
  if (!hasRole(org, "director", "principal")) throw errorPage("ROLE_REQUIRED", { roles: ["director", "principal"] });
  const today = org.today;
  const url = new URL(request.url);
  const week = url.searchParams.get("week") ?? isoWeekKey(today);
  const hazardRows = hazardRowsOf(url.searchParams.get("hazards"));
  const [prefill, people, sites] = await Promise.all([
    orThrowResponse(caller.routines.weekly.prefill({ week })),
    caller.routines.people(),
    caller.routines.sites(),
  ]);
  return { prefill, people, sites, today, me: user.id, hazardRows, myName: user.name };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const result = await attempt(request, () => caller.routines.weekly.file(parseForm(form, WeeklyNewFormSchema)));
  if (result.ok) return redirect(`/app/weekly/${result.value.id}`);
  return { error: result.error };
}

export default function WeeklyNew() {
  const { prefill, people, sites, today, me, hazardRows, myName } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const { props, errorOf } = useCheckedForm(WeeklyNewFormSchema, actionData?.error.fields);
  const screening = prefill.end < today ? prefill.end : today;
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
        <fieldset className="card stack">
          <legend>{t("routines.weekly.newHazard")}</legend>
          <FieldError message={errorOf("hazardsFound")} />
          <RowList
            initial={hazardRows}
            min={0}
            max={MAX_HAZARDS_FOUND}
            param="hazards"
            addLabel={t("routines.weekly.addHazard")}
            removeLabel={(n) => t("routines.weekly.removeHazard", { n })}
            removeText={t("routines.weekly.remove")}
            testId="hazard-rows"
          >
            {(i) => {
              const err = (k: string) => errorOf(`hazardsFound.${i}.${k}`);
              const a11y = (k: string) => ({
                id: `h${i}-${k}`,
                name: `hazardsFound[${i}].${k}`,
                "aria-invalid": err(k) ? true : undefined,
                "aria-describedby": err(k) ? `h${i}-${k}-error` : undefined,
              });
              return (
                <fieldset className="routine-form">
                  <legend>{t("routines.weekly.hazardN", { n: i + 1 })}</legend>
                  <TextArea
                    id={`h${i}-description`}
                    name={`hazardsFound[${i}].description`}
                    label={t("routines.weekly.hazardDescription")}
                    error={err("description")}
                    rows={3}
                  />
                  <label htmlFor={`h${i}-stage`}>{t("routines.weekly.stage")}</label>
                  <select {...a11y("stage")} defaultValue="management">
                    {RiskStage.options.map((s) => (
                      <option key={s} value={s}>
                        {t(`riskList.stages.${s}`, { defaultValue: s })}
                      </option>
                    ))}
                  </select>
                  <FieldError id={`h${i}-stage-error`} message={err("stage")} />
                  <label htmlFor={`h${i}-severity`}>{t("routines.today.severity")}</label>
                  <select {...a11y("severity")} defaultValue="general">
                    {HazardSeverity.options.map((s) => (
                      <option key={s} value={s}>
                        {t(`routines.severity.${s}`)}
                      </option>
                    ))}
                  </select>
                  <FieldError id={`h${i}-severity-error`} message={err("severity")} />
                  <TextArea
                    id={`h${i}-measure`}
                    name={`hazardsFound[${i}].measure`}
                    label={t("routines.weekly.hazardMeasure")}
                    error={err("measure")}
                    rows={3}
                  />
                  <label htmlFor={`h${i}-ownerUserId`}>{t("routines.today.owner")}</label>
                  <select {...a11y("ownerUserId")} defaultValue={me}>
                    {people.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                  <FieldError id={`h${i}-ownerUserId-error`} message={err("ownerUserId")} />
                  <label htmlFor={`h${i}-dueDate`}>{t("routines.today.hazardDue")}</label>
                  <input {...a11y("dueDate")} type="date" />
                  <FieldError id={`h${i}-dueDate-error`} message={err("dueDate")} />
                </fieldset>
              );
            }}
          </RowList>
        </fieldset>
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
