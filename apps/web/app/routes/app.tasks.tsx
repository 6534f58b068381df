// 调度任务台账: the monthly meetings' decisions to carry out — owner, due date, progress and the
// closing note — apart from the hazard ledger (docs/decisions/024). The owner, the principal and
// the director record progress and completion here; open tasks reappear in the next minutes.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MeetingTaskStatus } from "@anzhi/contracts";
import { requireMember } from "../lib/auth.server.ts";
import { attempt, inputOf, parseForm } from "../lib/forms.server.ts";
import { formatInstant } from "../lib/format.ts";
import { FormAlert } from "../components/Field.tsx";
import { TextArea } from "../components/hazards/inputs.tsx";
import { usePendingForm } from "../lib/pending.ts";
import styles from "../styles/ledger.css?url";
import { TaskFormSchema } from "./app.tasks.form.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("tasks");

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org, user } = await requireMember(request);
  const status = MeetingTaskStatus.safeParse(new URL(request.url).searchParams.get("status") ?? undefined);
  const tasks = await caller.routines.tasks.list(status.success ? { status: status.data } : {});
  const manager = org.roles.includes("principal") || org.roles.includes("director");
  return { tasks, me: user.id, manager, status: status.success ? status.data : null, timeZone: org.timeZone };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const taskId = String(form.get("taskId") ?? "");
  const result = await attempt(request, () => caller.routines.tasks.update(inputOf(parseForm(form, TaskFormSchema))));
  if (!result.ok) return data({ error: result.error, taskId }, { status: 400 });
  return { error: null, taskId };
}

export default function Tasks() {
  const { tasks, me, manager, status, timeZone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const pending = usePendingForm({ state: "submitting" })?.get("taskId");
  const { t } = useTranslation();
  return (
    <div className="stack">
      <h1>{t("routines.tasks.title")}</h1>
      <p className="lead">{t("routines.tasks.lead")}</p>
      <Form method="get" className="actions" aria-label={t("routines.tasks.filter")}>
        <label htmlFor="task-status">{t("routines.tasks.status")}</label>
        <select id="task-status" name="status" defaultValue={status ?? ""}>
          <option value="">{t("routines.tasks.all")}</option>
          {MeetingTaskStatus.options.map((s) => (
            <option key={s} value={s}>
              {t(`routines.tasks.statuses.${s}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="secondary">
          {t("routines.tasks.filter")}
        </button>
      </Form>
      {tasks.length === 0 ? <p className="muted">{t("routines.tasks.empty")}</p> : null}
      <ul className="item-cards" data-testid="tasks">
        {tasks.map((x) => {
          const mayUpdate = x.status !== "done" && (manager || x.owner?.id === me);
          const errors = result?.error && result.taskId === x.id ? result.error : null;
          const f = errors?.fields ?? {};
          const busy = pending === x.id;
          return (
            <li key={x.id} className="item-card" data-testid={`task-${x.id}`}>
              <p className="muted">
                {t("routines.tasks.meeting")} <Link to={`/app/monthly/${x.meetingId}`}>{x.month}</Link> · #{x.seq} ·{" "}
                <strong>{t(`routines.tasks.statuses.${x.status}`)}</strong>
                {x.overdue ? <strong className="badge badge-warn"> {t("routines.tasks.overdue")}</strong> : null}
              </p>
              <p>{x.content}</p>
              <dl className="hz-facts">
                <dt>{t("routines.tasks.owner")}</dt>
                <dd>{x.owner?.name ?? "—"}</dd>
                <dt>{t("routines.tasks.dueDate")}</dt>
                <dd>{x.dueDate ?? "—"}</dd>
                {x.progressNote ? (
                  <>
                    <dt>{t("routines.tasks.progress")}</dt>
                    <dd>
                      {x.progressNote} <span className="muted">{formatInstant(x.progressAt, timeZone)}</span>
                    </dd>
                  </>
                ) : null}
                {x.closingNote ? (
                  <>
                    <dt>{t("routines.tasks.closingNote")}</dt>
                    <dd>{x.closingNote}</dd>
                    <dt>{t("routines.tasks.closedBy")}</dt>
                    <dd>
                      {x.closedBy?.name ?? ""} {formatInstant(x.closedAt, timeZone)}
                    </dd>
                  </>
                ) : null}
                {x.legacyHazard ? (
                  <>
                    <dt>{t("routines.tasks.legacyHazard")}</dt>
                    <dd>
                      <Link to={`/app/hazards/${x.legacyHazard.id}`}>{x.legacyHazard.hazardNo}</Link>
                    </dd>
                  </>
                ) : null}
              </dl>
              {mayUpdate ? (
                <details open={errors !== null}>
                  <summary>{t("routines.tasks.update")}</summary>
                  <Form method="post" className="stack">
                    <FormAlert message={errors?.message} />
                    <input type="hidden" name="intent" value="update" />
                    <input type="hidden" name="taskId" value={x.id} />
                    <label htmlFor={`task-${x.id}-status`}>{t("routines.tasks.status")}</label>
                    <select id={`task-${x.id}-status`} name="status" defaultValue="in_progress">
                      {MeetingTaskStatus.options.map((s) => (
                        <option key={s} value={s}>
                          {t(`routines.tasks.statuses.${s}`)}
                        </option>
                      ))}
                    </select>
                    <TextArea
                      name="progressNote"
                      id={`task-${x.id}-progress`}
                      label={t("routines.tasks.progress")}
                      defaultValue={x.progressNote ?? undefined}
                      error={f.progressNote}
                    />
                    <TextArea
                      name="closingNote"
                      id={`task-${x.id}-closing`}
                      label={t("routines.tasks.closingNote")}
                      error={f.closingNote}
                    />
                    <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
                      {t("routines.tasks.save")}
                    </button>
                  </Form>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
