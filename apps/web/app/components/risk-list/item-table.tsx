// The control items of a version as one table: dense and sortable on a desktop (the column headers
// are links, so sorting works without JavaScript; aria-sort on the active one), the same rows as
// compact cards below 48rem (CSS only, each cell labelled by data-label), so nothing renders twice.
// Editors get a checkbox of the bulk assignment, "edit" (a page) and "retire" (a disclosure with the
// required reason) on each row.
import { Form, Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { useIsPending } from "../../lib/pending.ts";
import { ASSIGN_FORM_ID } from "./assign-form.tsx";
import { statusOf, type SortKey } from "./table-view.ts";

/** A control item of the list as the page shows it. */
export type TableRowItem = RouterOutputs["riskList"]["get"]["items"][number];

type RowError = { message: string; fields: Record<string, string> } | null;

interface Props {
  items: readonly TableRowItem[];
  shown: number;
  sort: SortKey;
  canEdit: boolean;
  groupName: (id: string | null) => string;
  errorOf: (itemId: string) => RowError;
}

export function RiskItemTable({ items, shown, sort, canEdit, groupName, errorOf }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const sortHref = (key: SortKey) => {
    const params = new URLSearchParams(location.search);
    if (key === "seq") params.delete("sort");
    else params.set("sort", key);
    return `?${params.toString()}`;
  };
  const header = (key: SortKey | null, label: string) =>
    key === null ? (
      <th scope="col">{label}</th>
    ) : (
      <th scope="col" aria-sort={sort === key ? "ascending" : undefined}>
        <Link to={sortHref(key)} aria-current={sort === key ? "true" : undefined} replace>
          {label}
          {sort === key ? <span aria-hidden="true"> ▲</span> : null}
        </Link>
      </th>
    );
  return (
    <div className="risk-table-wrap">
      <table className="risk-table" data-testid="risk-table">
        <caption className="visually-hidden">{t("riskList.version", { version: shown })}</caption>
        <thead>
          <tr>
            {header("seq", t("riskList.columns.seq"))}
            {header("productGroup", t("riskList.columns.productGroup"))}
            {header(null, t("riskList.columns.riskPoint"))}
            {header("riskLevel", t("riskList.columns.riskLevel"))}
            {header(null, t("riskList.columns.controlMeasure"))}
            {header("role", t("riskList.columns.role"))}
            {header("status", t("riskList.columns.status"))}
            {canEdit ? <th scope="col">{t("riskList.columns.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <RiskItemRow
              key={item.id}
              item={item}
              shown={shown}
              canEdit={canEdit}
              group={groupName(item.productGroupId)}
              error={errorOf(item.id)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RiskItemRow({
  item,
  shown,
  canEdit,
  group,
  error,
}: {
  item: TableRowItem;
  shown: number;
  canEdit: boolean;
  group: string;
  error: RowError;
}) {
  const { t } = useTranslation();
  const retiring = useIsPending({ itemId: item.id }, { state: "submitting" });
  const reasonError = error?.fields.reason;
  const status = statusOf(item, shown);
  return (
    <tr data-testid="risk-item">
      <td className="risk-seq">
        {canEdit ? (
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
      </td>
      <td data-label={t("riskList.columns.productGroup")}>{group}</td>
      <th scope="row" className="risk-point">
        <span data-testid="risk-point">{item.riskPoint}</span>
        <span className="risk-sub">
          {t(`riskList.stages.${item.stage}`, { defaultValue: item.stage })}
          {t("app.listSep")}
          {item.riskCategory}
        </span>
      </th>
      <td data-label={t("riskList.columns.riskLevel")} data-testid="risk-level">
        {item.riskLevel ? (
          <span className={`risk-level risk-level-${item.riskLevel}`}>
            {t(`riskList.riskLevels.${item.riskLevel}`, { defaultValue: item.riskLevel })}
          </span>
        ) : (
          t("riskList.noLevel")
        )}
      </td>
      <td data-label={t("riskList.columns.controlMeasure")} className="risk-measure">
        {item.controlMeasure}
        <span className="risk-sub" data-testid="risk-frequency">
          {item.trigger
            ? t(`riskList.catalogTriggers.${item.trigger}`, { defaultValue: item.trigger })
            : t(`riskList.frequencies.${item.frequency}`, { defaultValue: item.frequency })}
        </span>
      </td>
      <td data-label={t("riskList.columns.role")}>
        {t(`riskList.roles.${item.responsibleRole}`, { defaultValue: item.responsibleRole })}
        <span className="risk-sub">{item.responsibleName ?? t("riskList.unassigned")}</span>
      </td>
      <td data-label={t("riskList.columns.status")} data-testid="risk-status">
        <span className={status === "unchanged" ? "risk-status" : "badge"}>
          {status === "retiredLater"
            ? t("riskList.itemStatus.retiredLater", { version: item.retiredInVersion })
            : t(`riskList.itemStatus.${status}`)}
        </span>
      </td>
      {canEdit ? (
        <td className="item-actions no-print">
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
        </td>
      ) : null}
    </tr>
  );
}
