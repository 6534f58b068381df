// One major-risk report: the draft (pre-filled from the hazard) the principal or director edits,
// and the principal's signed submission; a submitted report is shown as kept.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { t as translate } from "@anzhi/contracts";
import { requireMember } from "../lib/auth.server.ts";
import { getLocale } from "../lib/locale.server.ts";
import { attempt, formValues } from "../lib/forms.server.ts";
import { formatInstant } from "../lib/format.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { Field, FormAlert } from "../components/Field.tsx";
import { TextArea } from "../components/hazards/inputs.tsx";
import styles from "../styles/ledger.css?url";
import { useIsPending } from "../lib/pending.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("majorReport");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, caller } = await requireMember(request);
  const report = await orThrowResponse(caller.hazards.majorReports.get({ reportId: params.reportId ?? "" }));
  const choices = report.status === "draft" && report.canEdit ? await caller.hazards.majorReports.agencies() : null;
  return { report, agencies: choices?.agencies ?? [], timeZone: org.timeZone };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const reportId = params.reportId ?? "";
  const v = formValues(await request.formData());
  const result = await attempt(request, async () => {
    await caller.hazards.majorReports.saveDraft({
      reportId,
      title: v.title ?? "",
      content: v.content ?? "",
      ...(v.agencyId ? { agencyId: v.agencyId } : {}),
    });
    if (v.intent === "submit" && v.confirm === "on") await caller.hazards.majorReports.submit({ reportId });
  });
  if (!result.ok) return data({ error: result.error, values: v }, { status: 400 });
  if (v.intent === "submit" && v.confirm !== "on") {
    // The draft is saved; submitting needs the principal's explicit confirmation.
    const message = translate("proposal.confirm_required", getLocale(request));
    return data(
      {
        error: { code: "VALIDATION_FAILED", message, fields: { confirm: message } as Record<string, string> },
        values: v,
      },
      { status: 400 },
    );
  }
  return redirect(`/app/major-reports/${reportId}`);
}

export default function MajorReport() {
  const { report: r, agencies, timeZone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const busy = useIsPending({}, { state: "submitting" });
  const f = result?.error.fields ?? {};
  const v = result?.values ?? {};
  const draft = r.status === "draft";
  return (
    <div className="form-page stack">
      <div>
        <p className="muted">
          {t(`majorReport.statuses.${r.status}`)}
          {r.hazard ? (
            <>
              {" · "}
              {t("majorReport.hazard")}：<Link to={`/app/hazards/${r.hazard.id}`}>{r.hazard.hazardNo}</Link>
            </>
          ) : null}
        </p>
        <h1>{r.title}</h1>
      </div>
      <FormAlert message={result?.error.message} />
      {draft && r.canEdit ? (
        <Form method="post" className="stack" noValidate>
          <Field
            name="title"
            label={t("majorReport.reportTitle")}
            required
            defaultValue={v.title ?? r.title}
            error={f.title}
          />
          <TextArea
            name="content"
            rows={16}
            label={t("majorReport.content")}
            required
            defaultValue={v.content ?? r.content}
            error={f.content}
          />
          <p className={r.gaps.length > 0 ? "hint status-overdue" : "hint"} data-testid="report-gaps">
            {r.gaps.length > 0
              ? t("majorReport.gaps", { sections: r.gaps.join(t("app.listSep")) })
              : t("majorReport.complete")}
          </p>
          <div className={f.agencyId ? "field field-invalid" : "field"}>
            <label htmlFor="report-agency">{t("majorReport.agency")}</label>
            <select
              id="report-agency"
              name="agencyId"
              defaultValue={v.agencyId ?? r.agency?.id ?? ""}
              aria-invalid={f.agencyId ? true : undefined}
              aria-describedby={f.agencyId ? "report-agency-hint report-agency-error" : "report-agency-hint"}
            >
              <option value="">{t("majorReport.agencyNone")}</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                  {a.jurisdictional ? `（${t("majorReport.jurisdictional")}）` : ""}
                </option>
              ))}
            </select>
            <p id="report-agency-hint" className="hint">
              {t("majorReport.agencyHint")}
            </p>
            {f.agencyId ? (
              <p id="report-agency-error" className="field-error" role="alert">
                {f.agencyId}
              </p>
            ) : null}
          </div>
          <div className="actions">
            <button type="submit" name="intent" value="save" className="secondary" disabled={busy}>
              {t("majorReport.saveDraft")}
            </button>
          </div>
          {r.canSubmit ? (
            <fieldset>
              <label className="choice">
                <input
                  type="checkbox"
                  name="confirm"
                  aria-invalid={f.confirm ? true : undefined}
                  aria-describedby={f.confirm ? "confirm-error" : undefined}
                />
                {t("majorReport.submitConfirm")}
              </label>
              {f.confirm ? (
                <p id="confirm-error" className="field-error" role="alert">
                  {f.confirm}
                </p>
              ) : null}
              <button type="submit" name="intent" value="submit" className="primary" disabled={busy} aria-busy={busy}>
                {busy ? t("hazard.saving") : t("majorReport.submit")}
              </button>
            </fieldset>
          ) : (
            <p className="muted">{t("majorReport.onlyPrincipal")}</p>
          )}
        </Form>
      ) : (
        <article className="print-sheet">
          {r.agency ? (
            <p>
              {t("majorReport.agency")}：{r.agency.name}
            </p>
          ) : null}
          <p style={{ whiteSpace: "pre-wrap" }}>{r.content}</p>
          {r.submittedBy ? (
            <p>
              {t("majorReport.submittedBy")}：{r.submittedBy.name} · {t("majorReport.submittedAt")}：
              {formatInstant(r.submittedAt, timeZone)}
            </p>
          ) : null}
          {!draft ? <p className="muted">{t("majorReport.readOnly")}</p> : null}
        </article>
      )}
    </div>
  );
}
