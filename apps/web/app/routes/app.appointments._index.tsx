// /app/appointments — the appointment register: current appointments with their scope, duty
// acknowledgement (signed by the appointee themselves: "确认岗位职责" on their own entry), signed
// document and training; an entry registered without an account says so and, for those who record
// appointments, offers to link it to a member's account (关联账号); past appointments below;
// training records.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FormError } from "../lib/api-types.ts";
import type { KeyIn } from "../i18n/index.ts";
import { Field, FieldError, FormAlert } from "../components/Field.tsx";
import { TrainingForm } from "../components/TrainingForm.tsx";
import { attendeeText, resultText, trainingTopicText } from "../lib/training-words.ts";
import { SignatureErrors, SignatureField, SignedMarks } from "../components/signatures/SignatureField.tsx";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt, inputOf, intended, parseForm } from "../lib/forms.server.ts";
import { AppointmentsFormSchema } from "./app.appointments._index.form.ts";
import { pageTitle } from "../lib/meta.ts";
import { useSettled } from "../lib/pending.ts";
import { formatInstant } from "../lib/format.ts";

export const meta = pageTitle("appointments");

export async function loader({ request }: LoaderFunctionArgs) {
  const { org, caller, user } = await requireMember(request);
  const [appointments, trainings] = await Promise.all([caller.appointments.list(), caller.appointments.trainings()]);
  const canManage = org.isAdmin || hasRole(org, "principal", "director");
  // The active members an unlinked entry can be linked to, read only when there is one to link.
  const unlinked = appointments.some((a) => a.endedOn === null && a.userId === null);
  const members = canManage && unlinked ? (await caller.appointments.scopeOptions()).members : [];
  return { org, appointments, trainings, canManage, members, me: { id: user.id, name: user.name } };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const entry = String(form.get("id") ?? "");
  // One answer per intent: the notice that says it was done, or the refusal on that entry's form.
  const answer = async <D extends string>(intent: string, done: D, run: () => Promise<unknown>) => {
    const result = await attempt(request, run);
    return result.ok
      ? { intent, error: null, done }
      : data({ intent, error: result.error, done: null }, { status: 400 });
  };
  const input = <I extends "acknowledge" | "link" | "end" | "training">(intent: I) =>
    inputOf(intended(parseForm(form, AppointmentsFormSchema), intent));
  switch (form.get("intent")) {
    case "acknowledge":
      return answer(`acknowledge:${entry}`, "appointments.acknowledged", () =>
        caller.appointments.acknowledge(input("acknowledge")),
      );
    case "link":
      return answer(`link:${entry}`, "appointments.linked", () => caller.appointments.linkAccount(input("link")));
    case "end":
      return answer(`end:${entry}`, "appointments.ended", () => caller.appointments.end(input("end")));
    default:
      return answer("training", "training.saved", () => caller.appointments.createTraining(input("training")));
  }
}

export default function Appointments() {
  const { org, appointments, trainings, canManage, members, me } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const settled = useSettled();
  const { t } = useTranslation();
  const current = appointments.filter((a) => a.endedOn === null);
  const past = appointments.filter((a) => a.endedOn !== null);
  const when = (d: string | Date) => formatInstant(d, org.timeZone);
  /** The post's duties document in the page's language (the domain's `dutyDoc` is its Chinese title). */
  const dutyDocName = (role: string) => t(`appointments.dutyDocs.${role as KeyIn<"appointments.dutyDocs">}`);
  return (
    <div className="stack">
      <h1>{t("appointments.title")}</h1>
      <p className="muted">{t("appointments.lead")}</p>
      {actionData?.done && settled ? (
        <p role="status" className="notice">
          {t(actionData.done)}
        </p>
      ) : null}
      {canManage ? (
        <p>
          <Link className="button primary" to="/app/appointments/new">
            {t("appointments.add")}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="current-title">
        <h2 id="current-title">{t("appointments.current")}</h2>
        {current.length === 0 ? <p className="muted">{t("appointments.none")}</p> : null}
        <ul className="member-list">
          {current.map((a) => {
            const endError = actionData?.intent === `end:${a.id}` ? actionData.error : null;
            const ackError = actionData?.intent === `acknowledge:${a.id}` ? actionData.error : null;
            const linkError = actionData?.intent === `link:${a.id}` ? actionData.error : null;
            return (
              <li key={a.id} className="card member" data-testid={`appointment-${a.personName}`}>
                <div className="member-head">
                  <strong>{a.personName}</strong>
                  <span className="chip">{t(`roles.${a.role}`)}</span>
                  <span className="muted">
                    {t(`appointments.employments.${a.employment}`)} · {t("appointments.from", { date: a.appointedOn })}
                  </span>
                </div>
                <dl className="facts">
                  <dt>{t("appointments.phone")}</dt>
                  <dd>{a.phone}</dd>
                  {a.idNumber ? (
                    <>
                      <dt>{t("appointments.idNumber")}</dt>
                      <dd>{a.idNumber}</dd>
                    </>
                  ) : null}
                  {a.sites.length + a.products.length + a.riskItems.length > 0 ? (
                    <>
                      <dt>{t("appointments.scope")}</dt>
                      <dd>
                        {[
                          ...a.sites.map((s) => s.name),
                          ...a.products.map((p) => p.name),
                          ...a.riskItems.map((r) => r.riskPoint),
                        ].join(t("app.listSep"))}
                      </dd>
                    </>
                  ) : null}
                  {a.documents.length > 0 ? (
                    <>
                      <dt>{t("appointments.documents")}</dt>
                      <dd>
                        {a.documents.map((d) => (
                          <a key={d.id} href={`/app/appointments/doc/${d.id}`}>
                            {d.fileName}
                          </a>
                        ))}
                      </dd>
                    </>
                  ) : null}
                  {a.trainings.length > 0 ? (
                    <>
                      <dt>{t("appointments.trainings")}</dt>
                      <dd>
                        {a.trainings
                          .map((tr) =>
                            [tr.date, trainingTopicText(t, tr.topic), resultText(t, tr)].filter(Boolean).join(" "),
                          )
                          .join(t("app.listSep"))}
                      </dd>
                    </>
                  ) : null}
                </dl>
                {a.dutyDoc ? (
                  <div data-testid="duty-ack">
                    <p className={a.dutyDocAckAt ? "muted" : "field-error"}>
                      {a.dutyDocAckAt
                        ? t("appointments.dutyAckAt", { doc: dutyDocName(a.role), at: when(a.dutyDocAckAt) })
                        : t("appointments.dutyNotAck", { doc: dutyDocName(a.role) })}
                    </p>
                    {a.dutyDocAckAt ? (
                      <SignedMarks signatures={a.acknowledgement} none={t("appointments.dutyAckTicked")} />
                    ) : null}
                  </div>
                ) : null}
                {a.userId === null ? (
                  <div className="stack" data-testid="unlinked">
                    <p className="field-error">
                      {a.dutyDoc ? t("appointments.unlinked") : t("appointments.unlinkedNoDuties")}
                    </p>
                    {canManage ? <LinkAccountForm appointmentId={a.id} members={members} error={linkError} /> : null}
                  </div>
                ) : null}
                {a.dutyDoc && a.acknowledgement.length === 0 && a.userId === me.id ? (
                  <details className="disclosure" open={ackError ? true : undefined}>
                    <summary>{t("appointments.acknowledge")}</summary>
                    <Form method="post" className="stack">
                      <input type="hidden" name="intent" value="acknowledge" />
                      <input type="hidden" name="id" value={a.id} />
                      <p>{t("appointments.acknowledgeLead", { doc: dutyDocName(a.role) })}</p>
                      <FormAlert
                        message={ackError && Object.keys(ackError.fields).length === 0 ? ackError.message : undefined}
                      />
                      <SignatureField id={`sig-ack-${a.id}`} signerName={me.name} />
                      <SignatureErrors fields={ackError?.fields ?? {}} />
                      <button type="submit" className="primary">
                        {t("appointments.acknowledgeSubmit")}
                      </button>
                    </Form>
                  </details>
                ) : null}
                {canManage ? (
                  <div className="member-actions">
                    <Link className="button" to={`/app/appointments/new?supersedes=${a.id}`}>
                      {t("appointments.change")}
                    </Link>
                    <details className="disclosure" open={endError ? true : undefined}>
                      <summary>{t("appointments.end")}</summary>
                      <Form method="post" className="stack">
                        <input type="hidden" name="intent" value="end" />
                        <input type="hidden" name="id" value={a.id} />
                        <FormAlert
                          message={endError && Object.keys(endError.fields).length === 0 ? endError.message : undefined}
                        />
                        <Field
                          name="endedOn"
                          id={`endedOn-${a.id}`}
                          type="date"
                          label={t("appointments.endedOn")}
                          required
                          error={endError?.fields.endedOn}
                        />
                        <Field
                          name="endReason"
                          id={`endReason-${a.id}`}
                          label={t("appointments.endReason")}
                          required
                          error={endError?.fields.endReason}
                        />
                        <button type="submit" className="danger">
                          {t("appointments.end")}
                        </button>
                      </Form>
                    </details>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
      {past.length > 0 ? (
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t("appointments.history")}</h2>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t("appointments.personName")}</th>
                  <th scope="col">{t("appointments.role")}</th>
                  <th scope="col">{t("appointments.appointedOn")}</th>
                  <th scope="col">{t("appointments.endReason")}</th>
                </tr>
              </thead>
              <tbody>
                {past.map((a) => (
                  <tr key={a.id}>
                    <td>{a.personName}</td>
                    <td>{t(`roles.${a.role}`)}</td>
                    <td>{t("appointments.period", { from: a.appointedOn, to: a.endedOn })}</td>
                    <td>{a.endReason === "superseded" ? t("appointments.superseded") : a.endReason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      <section aria-labelledby="trainings-title" className="stack">
        <h2 id="trainings-title">{t("appointments.trainings")}</h2>
        {trainings.length === 0 ? <p className="muted">{t("appointments.noTrainings")}</p> : null}
        {trainings.length > 0 ? (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t("training.date")}</th>
                  <th scope="col">{t("training.topic")}</th>
                  <th scope="col">{t("training.attendees")}</th>
                </tr>
              </thead>
              <tbody>
                {trainings.map((tr) => (
                  <tr key={tr.id}>
                    <td>{tr.trainingDate}</td>
                    <td>
                      {trainingTopicText(t, tr.topic)}
                      {tr.assessmentMethod
                        ? ` (${t(`training.methods.${tr.assessmentMethod as KeyIn<"training.methods">}`)})`
                        : ""}
                    </td>
                    <td>{tr.attendees.map((p) => attendeeText(t, p)).join(t("app.listSep"))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {canManage && current.length > 0 ? (
          <TrainingForm
            people={current.map((a) => ({ id: a.id, name: a.personName }))}
            error={actionData?.intent === "training" ? actionData.error : null}
          />
        ) : null}
        {canManage && current.length > 0 ? (
          <p>
            <Link className="button" to="/app/appointments/assessment">
              {t("training.assessment.add")}
            </Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}

/** 关联账号: the select of the organisation's active members and the button, errors on the field. */
function LinkAccountForm({
  appointmentId,
  members,
  error,
}: {
  appointmentId: string;
  members: { userId: string; name: string }[];
  error: FormError | null;
}) {
  const { t } = useTranslation();
  const selectId = `link-user-${appointmentId}`;
  // The refusals of the entry itself (ended, already linked) sit on `id`, the person's on `userId`.
  const fieldError = error ? (error.fields.userId ?? error.fields.id) : undefined;
  const formError = error && Object.keys(error.fields).length === 0 ? error.message : undefined;
  return (
    <Form method="post" className="link-account">
      <input type="hidden" name="intent" value="link" />
      <input type="hidden" name="id" value={appointmentId} />
      <FormAlert message={formError} />
      <div className={fieldError ? "field field-invalid" : "field"}>
        <label htmlFor={selectId}>{t("appointments.linkMember")}</label>
        <select
          id={selectId}
          name="userId"
          required
          defaultValue=""
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${selectId}-error` : undefined}
        >
          <option value="" disabled>
            {t("appointments.linkChoose")}
          </option>
          {members.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
        </select>
        <FieldError id={`${selectId}-error`} message={fieldError} />
      </div>
      <button type="submit">{t("appointments.link")}</button>
    </Form>
  );
}
