// One risk-list item on the officer's phone: the result as three big choices, the note, the reason
// (not applicable) or the action taken and an optional hazard (problem), and camera photos (PhotoInput).
// The problem/N.A. fields show through CSS :has() when that choice is checked.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { KeyIn } from "../../i18n/index.ts";
import { HAZARD_SEVERITIES } from "@anzhi/contracts";
import type { DayEntry, DayItem, FormError } from "../../lib/api-types.ts";
import { useIsPending } from "../../lib/pending.ts";
import { PhotoInput } from "./PhotoInput.tsx";

/** What the page's action answered for this item: saved (with the hazard it opened) or refused. */
interface Outcome {
  ok: boolean;
  hazardNo: string | null;
  error: FormError | null;
}

export function ItemCard(props: {
  item: DayItem;
  entry: DayEntry | null;
  siteId: string;
  checkDate: string;
  owners: Array<{ id: string; name: string }>;
  defaultDue: string;
  result: Outcome | null;
}) {
  const { item, entry, result } = props;
  const { t } = useTranslation();
  const saving = useIsPending({ riskItemId: item.riskItemId, batchRef: item.batchRef });
  // A per-batch item has a card per batch: the batch is part of the card's ids.
  const lineId = item.batchRef
    ? `${item.riskItemId}-${item.batchRef.replace(/[^A-Za-z0-9_-]/g, "-")}`
    : item.riskItemId;
  const id = (name: string) => `${name}-${lineId}`;
  const err = (field: string) => result?.error?.fields[field];
  return (
    <li
      className={`item-card${entry ? ` answered answered-${entry.result}` : ""}`}
      id={`item-${lineId}`}
      data-testid="item-card"
    >
      <Form method="post" encType="multipart/form-data" aria-labelledby={id("title")}>
        <input type="hidden" name="intent" value="answer" />
        <input type="hidden" name="siteId" value={props.siteId} />
        <input type="hidden" name="checkDate" value={props.checkDate} />
        <input type="hidden" name="riskItemId" value={item.riskItemId} />
        <input type="hidden" name="batchRef" value={item.batchRef} />
        <h3 id={id("title")}>
          {item.seq}. {item.riskPoint}
        </h3>
        {item.batchLabel ? (
          <p className="batch" data-testid="batch-label">
            {t("app.colon", { label: t("routines.today.batch") })}
            {item.batchLabel}
          </p>
        ) : null}
        <p className="measure">{item.controlMeasure}</p>
        <p className="item-meta">
          <span className="badge">{t(`routines.frequency.${item.frequency as KeyIn<"routines.frequency">}`)}</span>{" "}
          {item.state === "due_today" ? (
            <span className="badge badge-strong">{t("routines.today.dueToday")}</span>
          ) : (
            <span className="badge">{t("routines.today.optional", { date: item.dueDate ?? "" })}</span>
          )}
          {entry ? (
            <span className="badge badge-done">
              ✓ {t(`routines.result.${entry.result as KeyIn<"routines.result">}`)}
            </span>
          ) : null}
        </p>
        <fieldset className="result-choices">
          <legend className="visually-hidden">{item.riskPoint}</legend>
          {(["ok", "problem", "not_applicable"] as const).map((r) => (
            <label key={r} className={`choice-big choice-${r}`}>
              <input type="radio" name="result" value={r} defaultChecked={entry?.result === r} required />
              {t(`routines.result.${r}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={id("note")}>{t("routines.today.note")}</label>
          <textarea
            id={id("note")}
            name="note"
            rows={2}
            maxLength={2000}
            defaultValue={entry?.note ?? ""}
            placeholder={t("routines.today.notePlaceholder")}
            aria-invalid={err("note") ? true : undefined}
          />
          {err("note") ? (
            <p className="field-error" role="alert">
              {err("note")}
            </p>
          ) : null}
        </div>
        <div className="field only-na">
          <label htmlFor={id("na")}>{t("routines.today.naReason")}</label>
          <input
            id={id("na")}
            name="naReason"
            maxLength={500}
            defaultValue={entry?.naReason ?? ""}
            aria-invalid={err("naReason") ? true : undefined}
          />
          {err("naReason") ? (
            <p className="field-error" role="alert">
              {err("naReason")}
            </p>
          ) : null}
        </div>
        <div className="only-problem">
          <div className="field">
            <label htmlFor={id("action")}>{t("routines.today.action")}</label>
            <textarea
              id={id("action")}
              name="immediateAction"
              rows={2}
              maxLength={2000}
              defaultValue={entry?.immediateAction ?? ""}
              aria-invalid={err("immediateAction") ? true : undefined}
            />
            {err("immediateAction") ? (
              <p className="field-error" role="alert">
                {err("immediateAction")}
              </p>
            ) : null}
          </div>
          {entry?.hazard ? (
            <p className="hazard-link">
              <a href={`/app/hazards/${entry.hazard.id}`}>
                {t("routines.today.hazardOpened", { no: entry.hazard.hazardNo })}
              </a>
            </p>
          ) : (
            <fieldset className="hazard-fields">
              <legend>
                <label className="choice">
                  <input type="checkbox" name="openHazard" defaultChecked />
                  {t("routines.today.openHazard")}
                </label>
              </legend>
              <label htmlFor={id("sev")}>{t("routines.today.severity")}</label>
              <select id={id("sev")} name="severity" defaultValue="general">
                {HAZARD_SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {t(`routines.severity.${s}`)}
                  </option>
                ))}
              </select>
              <label htmlFor={id("due")}>{t("routines.today.hazardDue")}</label>
              <input id={id("due")} type="date" name="hazardDue" defaultValue={props.defaultDue} />
              <label htmlFor={id("owner")}>{t("routines.today.owner")}</label>
              <select id={id("owner")} name="ownerUserId" defaultValue="">
                <option value="">—</option>
                {props.owners.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </fieldset>
          )}
        </div>
        <PhotoInput id={id("photos")} count={entry?.photos.length ?? 0} error={err("photos")} />
        {result?.error && Object.keys(result.error.fields).length === 0 ? (
          <p className="form-alert" role="alert">
            {result.error.message}
          </p>
        ) : null}
        {result?.ok && result.hazardNo ? (
          <p role="status" className="ok-note">
            {t("routines.today.hazardOpened", { no: result.hazardNo })}
          </p>
        ) : null}
        <button type="submit" className="primary big" disabled={saving}>
          {saving ? t("routines.common.saving") : t("routines.today.saveItem")}
        </button>
      </Form>
    </li>
  );
}
