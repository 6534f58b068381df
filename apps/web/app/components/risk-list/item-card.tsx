// One control item as a card: risk point, measure, the model form's other columns (category, level,
// consequence, check method, criterion, frequency with its trigger, role and person), and for
// editors a checkbox of the bulk assignment, "edit" (a page) and "retire" (a disclosure with the
// required reason).
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { useIsPending } from "../../lib/pending.ts";
import { riskCriterion } from "@anzhi/contracts";
import { ASSIGN_FORM_ID } from "./assign-form.tsx";

/** A control item of the list as the page shows it. */
export type CardItem = RouterOutputs["riskList"]["get"]["items"][number];

interface Props {
  item: CardItem;
  canEdit: boolean;
  /** A checkbox of the bulk-assignment form. */
  selectable: boolean;
  error: { message: string; fields: Record<string, string> } | null;
}

export function RiskItemCard({ item, canEdit, selectable, error }: Props) {
  const { t } = useTranslation();
  const retiring = useIsPending({ itemId: item.id }, { state: "submitting" });
  const reasonError = error?.fields.reason;
  const criterion = riskCriterion(item);
  return (
    <li className="risk-item" data-testid="risk-item">
      <h3>
        {selectable ? (
          <input
            type="checkbox"
            className="select-item no-print"
            name="itemIds"
            value={item.id}
            form={ASSIGN_FORM_ID}
            aria-label={t("riskList.assign.selectItem", { seq: item.seq })}
          />
        ) : null}
        <span className="seq">{item.seq}</span>
        {item.riskPoint}
      </h3>
      <p>{item.controlMeasure}</p>
      <dl>
        <div>
          <dt>{t("riskList.columns.riskCategory")}</dt>
          <dd>{item.riskCategory}</dd>
        </div>
        {item.riskLevel ? (
          <div>
            <dt>{t("riskList.columns.riskLevel")}</dt>
            <dd data-testid="risk-level">
              {t(`riskList.riskLevels.${item.riskLevel}`, { defaultValue: item.riskLevel })}
            </dd>
          </div>
        ) : null}
        {item.consequence ? (
          <div>
            <dt>{t("riskList.columns.consequence")}</dt>
            <dd>{item.consequence}</dd>
          </div>
        ) : null}
        {item.checkMethod ? (
          <div>
            <dt>{t("riskList.columns.checkMethod")}</dt>
            <dd>{t(`riskList.checkMethods.${item.checkMethod}`, { defaultValue: item.checkMethod })}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("riskList.columns.frequency")}</dt>
          <dd data-testid="risk-frequency">
            {item.trigger
              ? t(`riskList.catalogTriggers.${item.trigger}`, { defaultValue: item.trigger })
              : t(`riskList.frequencies.${item.frequency}`, { defaultValue: item.frequency })}
          </dd>
        </div>
        <div>
          <dt>{t("riskList.columns.role")}</dt>
          <dd>{t(`riskList.roles.${item.responsibleRole}`, { defaultValue: item.responsibleRole })}</dd>
        </div>
        <div>
          <dt>{t("riskList.columns.person")}</dt>
          <dd>{item.responsibleName ?? t("riskList.unassigned")}</dd>
        </div>
        {criterion ? (
          <div>
            <dt>{t("riskList.columns.criterion")}</dt>
            <dd>{criterion}</dd>
          </div>
        ) : null}
      </dl>
      {canEdit ? (
        <div className="item-actions no-print">
          <Link className="button" to={`/app/risk-list/items/${item.id}`}>
            {t("riskList.edit")}
          </Link>
          <details open={error !== null}>
            <summary>{t("riskList.retire")}</summary>
            <Form method="post" className="stack" aria-label={t("riskList.retireTitle")}>
              <input type="hidden" name="intent" value="retire" />
              <input type="hidden" name="itemId" value={item.id} />
              <div className={reasonError ? "field field-invalid" : "field"}>
                <label htmlFor={`reason-${item.id}`}>{t("riskList.retireReason")}</label>
                <textarea
                  id={`reason-${item.id}`}
                  name="reason"
                  required
                  maxLength={500}
                  aria-invalid={reasonError ? true : undefined}
                  aria-describedby={reasonError ? `reason-${item.id}-error` : undefined}
                />
                {reasonError ? (
                  <p id={`reason-${item.id}-error`} className="field-error" role="alert">
                    {reasonError}
                  </p>
                ) : null}
              </div>
              {error && !reasonError ? (
                <p className="form-alert" role="alert">
                  {error.message}
                </p>
              ) : null}
              <div>
                <button type="submit" className="danger" disabled={retiring}>
                  {retiring ? t("riskList.retiring") : t("riskList.retireConfirm")}
                </button>
              </div>
            </Form>
          </details>
        </div>
      ) : null}
    </li>
  );
}
