// The director files 《每周质量安全排查治理报告》: the week's figures pre-filled (daily checks per
// officer, problems with their hazards, hazards opened/closed/overdue, ERP inspection failures),
// then the assessment, measures and next week's focus, and the signature.
import type { RouterInputs } from "@anzhi/api";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HazardSeverity, RiskStage, WeeklyRating, isoWeekKey } from "@anzhi/contracts";
import { requireMember } from "../lib/auth.server.ts";
import { attempt } from "../lib/forms.server.ts";
import { text } from "../lib/routines.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { FormAlert } from "../components/Field.tsx";
import { WeekFigures } from "../components/routines/WeekFigures.tsx";
import styles from "../styles/routines.css?url";
import { useIsPending } from "../lib/pending.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "周排查报告 — 安质" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org, user } = await requireMember(request);
  const today = org.today;
  const week = new URL(request.url).searchParams.get("week") ?? isoWeekKey(today);
  const [prefill, people, sites] = await Promise.all([
    orThrowResponse(caller.routines.weekly.prefill({ week })),
    caller.routines.people(),
    caller.routines.sites(),
  ]);
  return { prefill, people, sites, today, me: user.id };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const strings = (name: string) => form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
  const hazard = text(form, "hzDescription")
    ? [
        {
          description: text(form, "hzDescription"),
          stage: text(form, "hzStage"),
          severity: text(form, "hzSeverity"),
          measure: text(form, "hzMeasure"),
          ownerUserId: text(form, "hzOwner"),
          dueDate: text(form, "hzDue"),
        },
      ]
    : [];
  const result = await attempt(request, () =>
    caller.routines.weekly.file({
      week: text(form, "week"),
      screeningDate: text(form, "screeningDate"),
      siteIds: strings("siteIds"),
      participantUserIds: strings("participantUserIds"),
      lastWeekFollowUp: text(form, "lastWeekFollowUp"),
      hazardsFound: hazard,
      noHazardStatement: text(form, "noHazardStatement"),
      managementEvaluation: text(form, "managementEvaluation"),
      overallRating: text(form, "overallRating"),
      nextWeekPriorities: text(form, "nextWeekPriorities"),
    } as RouterInputs["routines"]["weekly"]["file"]),
  );
  if (result.ok) return redirect(`/app/weekly/${result.value.id}`);
  return { error: result.error };
}

function Area({
  name,
  label,
  error,
  defaultValue,
}: {
  name: string;
  label: string;
  error?: string | undefined;
  defaultValue?: string;
}) {
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={`w-${name}`}>{label}</label>
      <textarea
        id={`w-${name}`}
        name={name}
        rows={3}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `w-${name}-error` : undefined}
      />
      {error ? (
        <p id={`w-${name}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export default function WeeklyNew() {
  const { prefill, people, sites, today, me } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const pending = useIsPending();
  const { t } = useTranslation();
  const f = actionData?.error.fields ?? {};
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
      <Form method="post" className="routine-form" aria-label={t("routines.weekly.docTitle")}>
        <input type="hidden" name="week" value={prefill.week} />
        <div className="field">
          <label htmlFor="w-screeningDate">{t("routines.weekly.screeningDate")}</label>
          <input id="w-screeningDate" type="date" name="screeningDate" defaultValue={screening} required />
        </div>
        <fieldset className="check-list">
          <legend>{t("routines.weekly.sites")}</legend>
          {sites.map((s) => (
            <label key={s.id}>
              <input type="checkbox" name="siteIds" value={s.id} defaultChecked />
              {s.name}
            </label>
          ))}
        </fieldset>
        <fieldset className="check-list">
          <legend>{t("routines.weekly.participants")}</legend>
          {people
            .filter((p) => p.roles.some((r) => r !== "viewer"))
            .map((p) => (
              <label key={p.id}>
                <input
                  type="checkbox"
                  name="participantUserIds"
                  value={p.id}
                  defaultChecked={p.id === me || p.roles.includes("officer")}
                />
                {p.name}
              </label>
            ))}
        </fieldset>
        <Area name="lastWeekFollowUp" label={t("routines.weekly.lastWeekFollowUp")} error={f.lastWeekFollowUp} />
        <details className="card">
          <summary>{t("routines.weekly.newHazard")}</summary>
          <div className="routine-form">
            <Area
              name="hzDescription"
              label={t("routines.weekly.hazardDescription")}
              error={f["hazardsFound.0.description"]}
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
            <Area name="hzMeasure" label={t("routines.weekly.hazardMeasure")} error={f["hazardsFound.0.measure"]} />
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
          </div>
        </details>
        {prefill.findings.length === 0 ? (
          // Asked for only when the week found nothing; a screening hazard above makes it moot.
          <Area
            name="noHazardStatement"
            label={t("routines.weekly.noHazardStatementIfNone")}
            error={f.noHazardStatement}
          />
        ) : null}
        <Area name="managementEvaluation" label={t("routines.weekly.assessment")} error={f.managementEvaluation} />
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
        <Area name="nextWeekPriorities" label={t("routines.weekly.nextWeekFocus")} error={f.nextWeekPriorities} />
        <p className="hint">{t("routines.weekly.signLead")}</p>
        <FormAlert message={actionData?.error.message} />
        <button type="submit" className="primary big" disabled={pending}>
          {pending ? t("routines.common.signing") : t("routines.common.sign")}
        </button>
      </Form>
    </div>
  );
}
