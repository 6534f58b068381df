// 《每月质量安全调度会议纪要》 — signed minutes in their statutory layout (also the print view):
// attendees, the month's review, the director's report, decisions with the ledger task each became,
// next month's plan, the principal's signature and any amendments.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt } from "../lib/forms.server.ts";
import { formatAt, text } from "../lib/routines.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { FormAlert } from "../components/Field.tsx";
import { Amendments, PrintButton, SignatureLine } from "../components/routines/Signature.tsx";
import styles from "../styles/routines.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "每月质量安全调度会议纪要 — 安质" }];

const FIELDS = ["directorReport", "mainProblems", "rectificationProgress", "unresolvedIssues", "schedulingMatters", "otherMatters", "nextMonthPlan"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  const m = await orThrowResponse(caller.routines.monthly.get({ id: params.id ?? "" }));
  return {
    m: { ...m, meetingAtText: formatAt(m.meetingAt, org.timeZone), signedAtText: formatAt(m.signedAt, org.timeZone), amendments: m.amendments.map((a) => ({ ...a, at: formatAt(a.at, org.timeZone) })) },
    canAmend: hasRole(org, "principal"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const changes: Record<string, string> = {};
  for (const f of FIELDS) {
    const v = form.get(f);
    if (typeof v === "string" && form.get(`orig-${f}`) !== v) changes[f] = v;
  }
  const result = await attempt(request, () => caller.routines.monthly.amend({ id: params.id ?? "", reason: text(form, "reason") ?? "", changes }));
  return result.ok ? { error: null } : { error: result.error };
}

export default function MonthlyMeeting() {
  const { m, canAmend } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const labels: Record<(typeof FIELDS)[number], string> = {
    directorReport: t("routines.monthly.directorReport"),
    mainProblems: t("routines.monthly.mainProblems"),
    rectificationProgress: t("routines.monthly.rectificationProgress"),
    unresolvedIssues: t("routines.monthly.unresolvedIssues"),
    schedulingMatters: t("routines.monthly.schedulingMatters"),
    otherMatters: t("routines.monthly.otherMatters"),
    nextMonthPlan: t("routines.monthly.planItems"),
  };
  const review = m.review as { dailyRecords?: number; zeroRiskDays?: number; hazardsOpened?: number; hazardsClosed?: number; overdue?: number };
  return (
    <div className="stack">
      <div className="actions no-print">
        <PrintButton />
        <Link className="button" to="/app/monthly">
          {t("routines.common.back")}
        </Link>
      </div>
      <article className="print-doc" aria-labelledby="doc-title" data-testid="print-doc">
        <h1 id="doc-title">{t("routines.monthly.docTitle")}</h1>
        <p className="doc-meta">
          <span>{t("routines.daily.enterprise")}：{m.organizationName}</span>
          <span>{t("routines.monthly.month")}：{m.month}</span>
          <span>{t("routines.monthly.meetingAt")}：{m.meetingAtText}</span>
          <span>{t("routines.monthly.place")}：{m.place}</span>
          <span>{t("routines.monthly.chair")}：{m.chairName}</span>
          <span>{t("routines.monthly.recorder")}：{m.recorderName}</span>
          {m.late ? <strong className="badge badge-warn">{t("routines.common.late")}</strong> : null}
          {m.status === "amended" ? <strong className="badge">{t("routines.common.amended")}</strong> : null}
        </p>
        <p className="doc-section-title">{t("routines.monthly.attendees")}</p>
        <p className="doc-section">{m.attendees.map((a) => a.name).join("、")}</p>
        <p className="doc-section-title">{t("routines.monthly.review")}</p>
        <p className="doc-section">
          {t("routines.monthly.dailyRecords")} {review.dailyRecords ?? 0} · {t("routines.monthly.zeroRiskDays")} {review.zeroRiskDays ?? 0} · {t("routines.weekly.hazardsOpened")} {review.hazardsOpened ?? 0} ·{" "}
          {t("routines.weekly.hazardsClosed")} {review.hazardsClosed ?? 0} · {t("routines.weekly.hazardsOverdue")} {review.overdue ?? 0}
        </p>
        {FIELDS.filter((f) => f !== "nextMonthPlan").map((f) =>
          m[f] ? (
            <div key={f}>
              <p className="doc-section-title">{labels[f]}</p>
              <p className="doc-section">{m[f]}</p>
            </div>
          ) : null,
        )}
        <p className="doc-section-title">{t("routines.monthly.decisions")}</p>
        <ol className="doc-section" data-testid="decisions">
          {m.decisions.map((d) => (
            <li key={d.seq}>
              {d.content}
              {d.ownerName ? `（${d.ownerName}，${d.dueDate ?? ""}）` : ""}
              {d.hazard ? (
                <>
                  {" "}
                  <a href={`/app/hazards/${d.hazard.id}`}>{t("routines.monthly.task", { no: d.hazard.hazardNo })}</a>
                </>
              ) : null}
            </li>
          ))}
        </ol>
        <p className="doc-section-title">{t("routines.monthly.planItems")}</p>
        <ol className="doc-section">
          {m.planItems.map((p) => (
            <li key={p.seq}>
              {p.content}（{p.forMonth}）
            </li>
          ))}
        </ol>
        <div className="sig-lines">
          <SignatureLine label={t("routines.monthly.principalSign")} name={m.signedByName} at={m.signedAtText} />
          <SignatureLine label={t("routines.monthly.recorder")} name={m.recorderName} at="" />
        </div>
        <Amendments rows={m.amendments} format={(at) => at} />
      </article>
      {canAmend ? (
        <details className="card no-print">
          <summary>{t("routines.common.amend")}</summary>
          <p className="hint">{t("routines.common.amendLead")}</p>
          <Form method="post" className="routine-form">
            {FIELDS.map((f) => (
              <div className="field" key={f}>
                <input type="hidden" name={`orig-${f}`} value={m[f] ?? ""} />
                <label htmlFor={`a-${f}`}>{labels[f]}</label>
                <textarea id={`a-${f}`} name={f} defaultValue={m[f] ?? ""} rows={2} />
              </div>
            ))}
            <div className="field">
              <label htmlFor="a-reason">{t("routines.common.amendReason")}</label>
              <input id="a-reason" name="reason" required />
            </div>
            <FormAlert message={actionData?.error?.message} />
            <button type="submit" className="primary" disabled={navigation.state !== "idle"}>
              {t("routines.common.amend")}
            </button>
          </Form>
        </details>
      ) : null}
    </div>
  );
}
