// The principal chairs and signs 《每月质量安全调度会议纪要》: the month's review pre-filled
// (daily records, weekly reports, open hazards), the director's report, the decisions — each with
// an optional owner and due date that make it a task in the hazard ledger — and next month's plan.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { KeyIn } from "../i18n/index.ts";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { useCheckedForm } from "../lib/checked-form.ts";
import { attempt, parseForm } from "../lib/forms.server.ts";
import { errorPage, orThrowResponse } from "../lib/trpc.server.ts";
import { Field, FieldError } from "../components/Field.tsx";
import { CheckList, SignFooter, memberOptions } from "../components/routines/PeriodForm.tsx";
import { SignatureField } from "../components/signatures/SignatureField.tsx";
import { TextArea } from "../components/hazards/inputs.tsx";
import styles from "../styles/routines.css?url";
import { MAX_DECISIONS, decisionRowsOf, monthlyNewFormSchema } from "./app.monthly.new.form.ts";
import { RowList } from "../components/routines/RowList.tsx";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("monthlyNew");

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org, user } = await requireMember(request);
  // Only the principal signs the minutes (routines.monthly.sign): say so before the form is filled.
  if (!hasRole(org, "principal")) throw errorPage("ROLE_REQUIRED", { roles: ["principal"] });
  const today = org.today;
  const url = new URL(request.url);
  const month = url.searchParams.get("month") ?? today.slice(0, 7);
  const decisionRows = decisionRowsOf(url.searchParams.get("decisions"));
  const [review, people] = await Promise.all([
    orThrowResponse(caller.routines.monthly.prefill({ month })),
    caller.routines.people(),
  ]);
  return { review, people, me: { id: user.id, name: user.name }, today, timeZone: org.timeZone, decisionRows };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller, user, org } = await requireMember(request);
  const form = await request.formData();
  const result = await attempt(request, () =>
    caller.routines.monthly.sign({ ...parseForm(form, monthlyNewFormSchema(org.timeZone)), chairUserId: user.id }),
  );
  if (result.ok) return redirect(`/app/monthly/${result.value.id}`);
  return { error: result.error };
}

export default function MonthlyNew() {
  const { review, people, me, today, timeZone, decisionRows } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const schema = useMemo(() => monthlyNewFormSchema(timeZone), [timeZone]);
  const { props, errorOf } = useCheckedForm(schema, actionData?.error.fields);
  return (
    <div className="stack">
      <h1>{t("routines.monthly.fileMonth", { month: review.month })}</h1>
      <section className="card" aria-labelledby="review-h" data-testid="month-review">
        <h2 id="review-h">{t("routines.monthly.review")}</h2>
        <p>
          {t("routines.monthly.dailyRecords")} {review.dailyRecords} · {t("routines.monthly.zeroRiskDays")}{" "}
          {review.zeroRiskDays} · {t("routines.weekly.late")} {review.lateRecords} ·{" "}
          {t("routines.weekly.hazardsOpened")} {review.hazardsOpened} · {t("routines.weekly.hazardsClosed")}{" "}
          {review.hazardsClosed} ·{" "}
          <span className={review.overdue > 0 ? "status-overdue" : undefined}>
            {t("routines.weekly.hazardsOverdue")} {review.overdue}
          </span>
        </p>
        <p>
          {t("app.colon", { label: t("routines.monthly.weeklyReports") })}
          {review.weeklyReports.map((w, i) => (
            <span key={w.week} className={`status-${w.status}`}>
              {i > 0 ? t("app.listSep") : ""}
              {w.week} {t(`routines.periodStatus.${w.status as KeyIn<"routines.periodStatus">}`)}
            </span>
          ))}
        </p>
        <details>
          <summary>
            {t("routines.monthly.openHazards")}
            {t("app.paren", { text: review.openHazards.length })}
          </summary>
          <ul>
            {review.openHazards.map((h) => (
              <li key={h.id}>
                <a href={`/app/hazards/${h.id}`}>{h.hazardNo}</a> {h.title}
                {t("app.paren", {
                  text: [t(`routines.severity.${h.severity as KeyIn<"routines.severity">}`), h.dueDate].join(
                    t("app.listSep"),
                  ),
                })}
              </li>
            ))}
          </ul>
        </details>
        <details open={review.openTasks.length > 0}>
          <summary>
            {t("routines.tasks.openFromEarlier")}
            {t("app.paren", { text: review.openTasks.length })}
          </summary>
          <ul data-testid="month-open-tasks">
            {review.openTasks.map((x) => (
              <li key={x.id}>
                <a href="/app/tasks">
                  {x.month}-{x.seq}
                </a>{" "}
                {x.content}
                {t("app.paren", {
                  text: [x.owner?.name, x.dueDate, t(`routines.tasks.statuses.${x.status}`)]
                    .filter(Boolean)
                    .join(t("app.listSep")),
                })}
              </li>
            ))}
          </ul>
        </details>
      </section>
      <Form method="post" className="routine-form" aria-label={t("routines.monthly.docTitle")} {...props}>
        <input type="hidden" name="month" value={review.month} />
        <Field
          id="m-meetingAt"
          type="datetime-local"
          name="meetingAt"
          label={t("routines.monthly.meetingAt")}
          defaultValue={`${today}T15:00`}
          required
          error={errorOf("meetingAt")}
        />
        <Field id="m-place" name="place" label={t("routines.monthly.place")} required error={errorOf("place")} />
        <p>
          {t("app.colon", { label: t("routines.monthly.chair") })}
          {me.name}
        </p>
        <Field
          id="m-recorder"
          name="recorder"
          label={t("routines.monthly.recorder")}
          required
          error={errorOf("recorder")}
        />
        <CheckList
          name="attendeeUserIds"
          legend={t("routines.monthly.attendees")}
          options={memberOptions(
            people,
            (p) => p.roles.some((r) => r === "principal" || r === "director") || p.id === me.id,
          )}
          error={errorOf("attendeeUserIds")}
        />
        <TextArea
          name="directorReport"
          label={t("routines.monthly.directorReport")}
          error={errorOf("directorReport")}
          rows={3}
        />
        <TextArea
          name="mainProblems"
          label={t("routines.monthly.mainProblems")}
          error={errorOf("mainProblems")}
          rows={3}
        />
        <TextArea
          name="rectificationProgress"
          label={t("routines.monthly.rectificationProgress")}
          error={errorOf("rectificationProgress")}
          rows={3}
          defaultValue={review.openTasks
            .map(
              (x) =>
                `${x.month}-${x.seq} ${t("app.colon", { label: x.content })}${x.progressNote ?? t("routines.tasks.statuses.open")}`,
            )
            .join("\n")}
        />
        <TextArea
          name="unresolvedIssues"
          label={t("routines.monthly.unresolvedIssues")}
          error={errorOf("unresolvedIssues")}
          defaultValue={review.openHazards.map((h) => `${h.hazardNo} ${h.title}`).join("\n")}
          rows={3}
        />
        <TextArea
          name="schedulingMatters"
          label={t("routines.monthly.schedulingMatters")}
          error={errorOf("schedulingMatters")}
          rows={3}
        />
        <fieldset className="stack">
          <legend>{t("routines.monthly.decisions")}</legend>
          <FieldError message={errorOf("decisions")} />
          <RowList
            initial={decisionRows}
            min={1}
            max={MAX_DECISIONS}
            param="decisions"
            addLabel={t("routines.monthly.addDecision")}
            removeLabel={(n) => t("routines.monthly.removeDecision", { n })}
            removeText={t("routines.monthly.remove")}
            testId="decision-rows"
          >
            {(i) => {
              const err = (k: string) => errorOf(`decisions.${i}.${k}`);
              const a11y = (k: string) => ({
                id: `d${i}-${k}`,
                name: `decisions[${i}].${k}`,
                "aria-invalid": err(k) ? true : undefined,
                "aria-describedby": err(k) ? `d${i}-${k}-error` : undefined,
              });
              return (
                <div className="decision">
                  <label htmlFor={`d${i}-content`}>{t("routines.monthly.decision", { n: i + 1 })}</label>
                  <textarea {...a11y("content")} rows={2} required />
                  <FieldError id={`d${i}-content-error`} message={err("content")} />
                  <label htmlFor={`d${i}-ownerUserId`}>{t("routines.monthly.decisionOwner")}</label>
                  <select {...a11y("ownerUserId")} defaultValue="">
                    <option value="">—</option>
                    {memberOptions(people, () => false).map((p) => (
                      <option key={p.value} value={p.value}>
                        {p.label}
                      </option>
                    ))}
                  </select>
                  <FieldError id={`d${i}-ownerUserId-error`} message={err("ownerUserId")} />
                  <label htmlFor={`d${i}-dueDate`}>{t("routines.monthly.decisionDue")}</label>
                  <input {...a11y("dueDate")} type="date" />
                  <FieldError id={`d${i}-dueDate-error`} message={err("dueDate")} />
                </div>
              );
            }}
          </RowList>
        </fieldset>
        <TextArea
          name="nextMonthPlan"
          label={t("routines.monthly.nextMonthPlan")}
          error={errorOf("nextMonthPlan")}
          rows={3}
        />
        <SignatureField id="sig-monthly" signerName={me.name} />
        <SignFooter lead={t("routines.monthly.signLead")} error={actionData?.error.message} />
      </Form>
    </div>
  );
}
