// The principal chairs and signs 《每月质量安全调度会议纪要》: the month's review pre-filled
// (daily records, weekly reports, open hazards), the director's report, the decisions — each with
// an optional owner and due date that make it a task in the hazard ledger — and next month's plan.
import type { RouterInputs } from "@anzhi/api";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { KeyIn } from "../i18n/index.ts";
import { requireMember } from "../lib/auth.server.ts";
import { attempt } from "../lib/forms.server.ts";
import { text } from "../lib/routines.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { FormAlert } from "../components/Field.tsx";
import styles from "../styles/routines.css?url";
import { useIsPending } from "../lib/pending.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "月调度会议纪要 — 安质" }];

const DECISIONS = 3;

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org, user } = await requireMember(request);
  const today = org.today;
  const month = new URL(request.url).searchParams.get("month") ?? today.slice(0, 7);
  const [review, people] = await Promise.all([
    orThrowResponse(caller.routines.monthly.prefill({ month })),
    caller.routines.people(),
  ]);
  return { review, people, me: { id: user.id, name: user.name }, today, timeZone: org.timeZone };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller, user, org } = await requireMember(request);
  const form = await request.formData();
  const strings = (name: string) => form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
  const decisions = Array.from({ length: DECISIONS }, (_, i) => ({
    content: text(form, `d${i}-content`),
    ownerUserId: text(form, `d${i}-owner`),
    dueDate: text(form, `d${i}-due`),
  })).filter((d) => d.content !== undefined);
  const when = text(form, "meetingAt");
  const result = await attempt(request, () =>
    caller.routines.monthly.sign({
      month: text(form, "month"),
      meetingAt: when ? `${when}:00${offsetOf(org.timeZone, when)}` : undefined,
      place: text(form, "place"),
      chairUserId: user.id,
      recorder: text(form, "recorder"),
      attendeeUserIds: strings("attendeeUserIds"),
      directorReport: text(form, "directorReport"),
      mainProblems: text(form, "mainProblems"),
      rectificationProgress: text(form, "rectificationProgress"),
      unresolvedIssues: text(form, "unresolvedIssues"),
      schedulingMatters: text(form, "schedulingMatters"),
      decisions,
      nextMonthPlan: text(form, "nextMonthPlan"),
    } as RouterInputs["routines"]["monthly"]["sign"]),
  );
  if (result.ok) return redirect(`/app/monthly/${result.value.id}`);
  return { error: result.error };
}

/** "+08:00" for a zone at a local wall-clock time (China has no DST; other zones approximate). */
function offsetOf(timeZone: string, local: string): string {
  const name =
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(new Date(`${local}:00Z`))
      .find((p) => p.type === "timeZoneName")?.value ?? "GMT+08:00";
  const m = /GMT([+-]\d{2}:\d{2})/.exec(name);
  return m?.[1] ?? "+00:00";
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
      <label htmlFor={`m-${name}`}>{label}</label>
      <textarea
        id={`m-${name}`}
        name={name}
        rows={3}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `m-${name}-error` : undefined}
      />
      {error ? (
        <p id={`m-${name}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export default function MonthlyNew() {
  const { review, people, me, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const pending = useIsPending();
  const { t } = useTranslation();
  const f = actionData?.error.fields ?? {};
  const members = people.filter((p) => p.roles.some((r) => r !== "viewer"));
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
          {t("routines.monthly.weeklyReports")}：
          {review.weeklyReports.map((w) => (
            <span key={w.week} className={`status-${w.status}`}>
              {w.week} {t(`routines.periodStatus.${w.status as KeyIn<"routines.periodStatus">}`)}；
            </span>
          ))}
        </p>
        <details>
          <summary>
            {t("routines.monthly.openHazards")}（{review.openHazards.length}）
          </summary>
          <ul>
            {review.openHazards.map((h) => (
              <li key={h.id}>
                <a href={`/app/hazards/${h.id}`}>{h.hazardNo}</a> {h.title}（
                {t(`routines.severity.${h.severity as KeyIn<"routines.severity">}`)}，{h.dueDate}）
              </li>
            ))}
          </ul>
        </details>
        <details open={review.openTasks.length > 0}>
          <summary>
            {t("routines.tasks.openFromEarlier")}（{review.openTasks.length}）
          </summary>
          <ul data-testid="month-open-tasks">
            {review.openTasks.map((x) => (
              <li key={x.id}>
                <a href="/app/tasks">
                  {x.month}-{x.seq}
                </a>{" "}
                {x.content}（{x.owner?.name ?? ""}，{x.dueDate ?? ""}，{t(`routines.tasks.statuses.${x.status}`)}）
              </li>
            ))}
          </ul>
        </details>
      </section>
      <Form method="post" className="routine-form" aria-label={t("routines.monthly.docTitle")}>
        <input type="hidden" name="month" value={review.month} />
        <div className="field">
          <label htmlFor="m-meetingAt">{t("routines.monthly.meetingAt")}</label>
          <input id="m-meetingAt" type="datetime-local" name="meetingAt" defaultValue={`${today}T15:00`} required />
        </div>
        <div className="field">
          <label htmlFor="m-place">{t("routines.monthly.place")}</label>
          <input id="m-place" name="place" required aria-invalid={f.place ? true : undefined} />
        </div>
        <p>
          {t("routines.monthly.chair")}：{me.name}
        </p>
        <div className="field">
          <label htmlFor="m-recorder">{t("routines.monthly.recorder")}</label>
          <input id="m-recorder" name="recorder" required />
        </div>
        <fieldset className="check-list">
          <legend>{t("routines.monthly.attendees")}</legend>
          {members.map((p) => (
            <label key={p.id}>
              <input
                type="checkbox"
                name="attendeeUserIds"
                value={p.id}
                defaultChecked={p.roles.some((r) => r === "principal" || r === "director") || p.id === me.id}
              />
              {p.name}
            </label>
          ))}
        </fieldset>
        <Area name="directorReport" label={t("routines.monthly.directorReport")} error={f.directorReport} />
        <Area name="mainProblems" label={t("routines.monthly.mainProblems")} error={f.mainProblems} />
        <Area
          name="rectificationProgress"
          label={t("routines.monthly.rectificationProgress")}
          error={f.rectificationProgress}
          defaultValue={review.openTasks
            .map((x) => `${x.month}-${x.seq} ${x.content}：${x.progressNote ?? t("routines.tasks.statuses.open")}`)
            .join("\n")}
        />
        <Area
          name="unresolvedIssues"
          label={t("routines.monthly.unresolvedIssues")}
          error={f.unresolvedIssues}
          defaultValue={review.openHazards.map((h) => `${h.hazardNo} ${h.title}`).join("\n")}
        />
        <Area name="schedulingMatters" label={t("routines.monthly.schedulingMatters")} error={f.schedulingMatters} />
        <fieldset className="stack">
          <legend>{t("routines.monthly.decisions")}</legend>
          {f.decisions ? (
            <p className="field-error" role="alert">
              {f.decisions}
            </p>
          ) : null}
          {Array.from({ length: DECISIONS }, (_, i) => (
            <div className="decision" key={i}>
              <label htmlFor={`d${i}-content`}>{t("routines.monthly.decision", { n: i + 1 })}</label>
              <textarea id={`d${i}-content`} name={`d${i}-content`} rows={2} />
              <label htmlFor={`d${i}-owner`}>{t("routines.monthly.decisionOwner")}</label>
              <select id={`d${i}-owner`} name={`d${i}-owner`} defaultValue="">
                <option value="">—</option>
                {members.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
              <label htmlFor={`d${i}-due`}>{t("routines.monthly.decisionDue")}</label>
              <input id={`d${i}-due`} type="date" name={`d${i}-due`} />
            </div>
          ))}
        </fieldset>
        <Area name="nextMonthPlan" label={t("routines.monthly.nextMonthPlan")} error={f.nextMonthPlan} />
        <p className="hint">{t("routines.monthly.signLead")}</p>
        <FormAlert message={actionData?.error.message} />
        <button type="submit" className="primary big" disabled={pending}>
          {pending ? t("routines.common.signing") : t("routines.common.sign")}
        </button>
      </Form>
    </div>
  );
}
