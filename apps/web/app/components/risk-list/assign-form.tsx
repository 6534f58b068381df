// 批量指定责任人: one person for every ticked item card (their checkboxes belong to this form through
// its id), with one reason — one new version of the list.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useIsPending } from "../../lib/pending.ts";

/** The form's id: each card's checkbox names it in its `form` attribute. */
export const ASSIGN_FORM_ID = "risk-assign";

interface Props {
  assignees: readonly { userId: string; name: string; roles: readonly string[] }[];
  error: { message: string; fields: Record<string, string> } | null;
}

export function AssignForm({ assignees, error }: Props) {
  const { t } = useTranslation();
  const saving = useIsPending({ intent: "assign" }, { state: "submitting" });
  const fields = error?.fields ?? {};
  const general = error && !fields.responsibleUserId && !fields.reason ? (fields.itemIds ?? error.message) : null;
  return (
    <details className="section-block no-print" open={error !== null}>
      <summary>{t("riskList.assign.title")}</summary>
      <Form method="post" id={ASSIGN_FORM_ID} className="stack" aria-label={t("riskList.assign.title")}>
        <input type="hidden" name="intent" value="assign" />
        <p className="muted">{t("riskList.assign.hint")}</p>
        {general ? (
          <p className="form-alert" role="alert">
            {general}
          </p>
        ) : null}
        <div className={fields.responsibleUserId ? "field field-invalid" : "field"}>
          <label htmlFor="assign-person">{t("riskList.assign.person")}</label>
          <select
            id="assign-person"
            name="responsibleUserId"
            required
            defaultValue=""
            aria-invalid={fields.responsibleUserId ? true : undefined}
            aria-describedby={fields.responsibleUserId ? "assign-person-error" : undefined}
          >
            <option value="" disabled>
              {t("riskList.unassigned")}
            </option>
            {assignees.map((a) => (
              <option key={a.userId} value={a.userId}>
                {a.name}
                {t("app.paren", {
                  text: a.roles.map((r) => t(`riskList.roles.${r}`, { defaultValue: r })).join(t("app.listSep")),
                })}
              </option>
            ))}
          </select>
          {fields.responsibleUserId ? (
            <p id="assign-person-error" className="field-error" role="alert">
              {fields.responsibleUserId}
            </p>
          ) : null}
        </div>
        <div className={fields.reason ? "field field-invalid" : "field"}>
          <label htmlFor="assign-reason">{t("riskList.assign.reason")}</label>
          <textarea
            id="assign-reason"
            name="reason"
            required
            maxLength={500}
            aria-invalid={fields.reason ? true : undefined}
            aria-describedby={fields.reason ? "assign-reason-error" : undefined}
          />
          {fields.reason ? (
            <p id="assign-reason-error" className="field-error" role="alert">
              {fields.reason}
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t("riskList.assign.saving") : t("riskList.assign.submit")}
          </button>
        </div>
      </Form>
    </details>
  );
}
