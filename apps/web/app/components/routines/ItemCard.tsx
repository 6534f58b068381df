// One risk-list item on the officer's phone: the result as three big choices, the note, the reason
// (not applicable) or the action taken and an optional hazard (problem), and camera photos.
// The problem/N.A. fields show through CSS :has() when that choice is checked. The card saves in
// place through its own fetcher (nothing typed elsewhere on the page is lost); without a network the
// route's clientAction keeps the save on the device, and the card replays it when its turn comes
// (docs/decisions/034). What the server answered — or a refusal of a queued save — shows here.
import { useEffect, useMemo, useRef } from "react";
import { useFetcher } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { KeyIn } from "../../i18n/index.ts";
import { HAZARD_SEVERITIES } from "@anzhi/contracts";
import type { DayEntry, DayItem, FormError } from "../../lib/api-types.ts";
import {
  clearDraft,
  draftOf,
  fillForm,
  formOf,
  lineOf,
  newSaveKey,
  saveDraft,
  type QueuedSave,
} from "../../lib/offline-queue.ts";
import { PhotoInput } from "./PhotoInput.tsx";

/** What the page's (client) action answered for this item: saved, kept on the device, or refused. */
interface Outcome {
  ok: boolean;
  queued?: boolean;
  error: FormError | null;
}

/** The card's text fields whose unsaved typing is kept as a draft. */
const DRAFTED = new Set(["note", "naReason", "immediateAction"]);

export function ItemCard(props: {
  item: DayItem;
  entry: DayEntry | null;
  siteId: string;
  checkDate: string;
  owners: Array<{ id: string; name: string }>;
  defaultDue: string;
  /** The session's user and organisation, posted with each save (docs/decisions/034). */
  savedBy: string;
  /** Set once the device's queue has been read (the card then puts a waiting save back in its inputs). */
  queueLoaded: boolean;
  /** This item's save waiting on the device (or refused on replay), if any. */
  queued: QueuedSave | null;
  /** Set when this card's queued save is the next to replay: the sync round it is due in. */
  replayRound: number | null;
}) {
  const { item, entry, queued, replayRound } = props;
  const { t } = useTranslation();
  const fetcher = useFetcher<Outcome>();
  const saving = fetcher.state !== "idle";
  const formRef = useRef<HTMLFormElement>(null);
  const replayed = useRef<number | null>(null);
  const restored = useRef(false);
  const line = lineOf({
    get: (name) =>
      ({ siteId: props.siteId, checkDate: props.checkDate, riskItemId: item.riskItemId, batchRef: item.batchRef })[
        name
      ] ?? null,
  });
  // Opened while a save of this card waits on the device: its values go back into the inputs, and
  // text typed but not saved (a draft of this tab) over them — never the server's older state.
  useEffect(() => {
    const form = formRef.current;
    if (!props.queueLoaded || restored.current || !form) return;
    restored.current = true;
    if (queued) fillForm(form, queued.fields);
    for (const [name, value] of Object.entries(draftOf(line))) {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) field.value = value;
    }
  }, [props.queueLoaded, queued, line]);
  // An accepted save (on the server or kept on the device) holds what was typed: the draft goes.
  useEffect(() => {
    if (fetcher.state === "idle" && fetcher.data?.ok) clearDraft(line);
  }, [fetcher.state, fetcher.data, line]);
  const queuedPhotos = useMemo(
    () =>
      (queued?.fields ?? [])
        .filter(([name, v]) => name === "photos" && v instanceof Blob && v.size > 0)
        .map(([, v]) => v as Blob),
    [queued],
  );
  // One replay per sync round: a replay that finds no network waits for the next round.
  useEffect(() => {
    if (queued === null || replayRound === null || replayed.current === replayRound || fetcher.state !== "idle") return;
    replayed.current = replayRound;
    fetcher.submit(formOf(queued), { method: "post", encType: "multipart/form-data" });
  }, [queued, replayRound, fetcher]);
  // A saved photo is not sent again with the next save of the card.
  useEffect(() => {
    if (fetcher.state === "idle" && fetcher.data?.ok && !fetcher.data.queued)
      formRef.current?.querySelectorAll<HTMLInputElement>('input[type="file"]').forEach((i) => (i.value = ""));
  }, [fetcher.state, fetcher.data]);
  const result: Outcome | null =
    fetcher.data ??
    (queued?.refused ? { ok: false, error: queued.refused } : queued ? { ok: true, queued: true, error: null } : null);
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
      <fetcher.Form
        ref={formRef}
        method="post"
        encType="multipart/form-data"
        aria-labelledby={id("title")}
        onInput={(event) => {
          const field = event.target;
          if ((field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) && DRAFTED.has(field.name))
            saveDraft(line, field.name, field.value);
        }}
        onSubmit={(event) => {
          // Every save gets its own key (a replay of it is answered, not applied twice).
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          form.set("saveKey", newSaveKey());
          fetcher.submit(form, { method: "post", encType: "multipart/form-data" });
        }}
      >
        <input type="hidden" name="intent" value="answer" />
        <input type="hidden" name="siteId" value={props.siteId} />
        <input type="hidden" name="checkDate" value={props.checkDate} />
        <input type="hidden" name="riskItemId" value={item.riskItemId} />
        <input type="hidden" name="batchRef" value={item.batchRef} />
        <input type="hidden" name="savedBy" value={props.savedBy} />
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
          {queued && !queued.refused ? (
            <span className="badge badge-queued" data-testid="item-queued">
              {t("routines.today.queuedItem")}
            </span>
          ) : null}
        </p>
        {/* Keyed by the stored result: a save elsewhere (其余正常) checks the matching choice. */}
        <fieldset className="result-choices" key={entry?.result ?? ""}>
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
        <PhotoInput id={id("photos")} count={entry?.photos.length ?? 0} error={err("photos")} queued={queuedPhotos} />
        {result?.error ? (
          <p className="form-alert" role="alert" data-testid="item-refused">
            {Object.keys(result.error.fields).length === 0 ? result.error.message : t("routines.today.refused")}
          </p>
        ) : null}
        {result?.queued ? (
          <p className="hint" role="status">
            {t("routines.today.queuedHint")}
          </p>
        ) : null}
        <button type="submit" className="primary big" disabled={saving}>
          {saving ? t("routines.common.saving") : t("routines.today.saveItem")}
        </button>
      </fetcher.Form>
    </li>
  );
}
