// The officer's item saves that have not reached the server yet (docs/decisions/034): kept on the
// device in IndexedDB (idb-keyval), photos as the Blobs the form picked, one save per item line (a
// newer save of the line replaces the older). Each save carries its client-made saveKey, so a
// replay whose answer was lost is answered by the server from the stored line, not applied twice.
// The server stays the judge: a refused save stays here, marked with the server's error, until the
// item is saved again — it is shown on its card, never dropped.
import { useEffect, useState } from "react";
import { clear, createStore, del, entries, get, set, type UseStore } from "idb-keyval";
import type { FormError } from "./api-types.ts";

export interface QueuedSave {
  /** The item line: site, day, risk item and batch. */
  line: string;
  saveKey: string;
  /** The form's fields as posted, files as Blobs. */
  fields: Array<[string, FormDataEntryValue]>;
  /** Its place in the queue (saves replay in the order they were made). */
  order: number;
  /** The server's refusal, once it has answered a replay with one. */
  refused: FormError | null;
}

let store: UseStore | undefined;
const db = () => (store ??= createStore("anzhi-offline", "saves"));

/** Rounds of syncing: a new round starts when the network returns, on a timer, and after each settled save. */
let round = 0;
const CHANGED = "anzhi:offline-queue";
const changed = (next: boolean) => {
  if (next) round += 1;
  window.dispatchEvent(new Event(CHANGED));
};

export function lineOf(form: { get(name: string): FormDataEntryValue | null }): string {
  return ["siteId", "checkDate", "riskItemId", "batchRef"].map((k) => String(form.get(k) ?? "")).join("|");
}

/** A key for one save: random, URL-safe (crypto.randomUUID needs a secure context, this does not). */
export function newSaveKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Keeps a save on the device (replacing an older one of the same item). */
export async function enqueue(form: FormData): Promise<void> {
  const line = lineOf(form);
  const all = await entries<string, QueuedSave>(db());
  const before = all.find(([key]) => key === line)?.[1];
  const saveKey = String(form.get("saveKey") ?? "");
  await set(
    line,
    {
      line,
      saveKey,
      fields: [...form.entries()],
      order: before?.saveKey === saveKey ? before.order : Math.max(0, ...all.map(([, s]) => s.order)) + 1,
      refused: null,
    } satisfies QueuedSave,
    db(),
  );
  changed(false);
}

/**
 * The server has answered a save of this line: saved (the queued copy, or an older refusal, goes)
 * or refused (a queued copy of this very save stays, marked with the error).
 */
export async function settle(form: FormData, refused: FormError | null): Promise<void> {
  const line = lineOf(form);
  const queued = await get<QueuedSave>(line, db());
  if (!queued) return;
  const same = queued.saveKey === String(form.get("saveKey") ?? "");
  if (refused === null && (same || queued.refused)) await del(line, db());
  else if (refused !== null && same) await set(line, { ...queued, refused }, db());
  else return;
  changed(true);
}

/** A (client) action's answer that sent nothing to the server: a save kept here, or a post refused offline. */
export function isUnsent(result: unknown): boolean {
  return typeof result === "object" && result !== null && ("queued" in result || "offline" in result);
}

export function formOf(save: QueuedSave): FormData {
  const form = new FormData();
  for (const [name, value] of save.fields) form.append(name, value);
  return form;
}

/** Who made a save: the user and organisation of the session (the card posts it as `savedBy`). */
export function ownerOf(save: QueuedSave): string {
  return String(save.fields.find(([name]) => name === "savedBy")?.[1] ?? "");
}

/** Every save kept on this device, whoever made it (sign-out asks before they go). */
export async function allSaves(): Promise<QueuedSave[]> {
  return (await entries<string, QueuedSave>(db())).map(([, s]) => s);
}

const DRAFT = "anzhi-draft|";

/** Text typed into an item's card but not saved yet, per line (survives a reload of the tab). */
export function saveDraft(line: string, name: string, value: string): void {
  sessionStorage.setItem(DRAFT + line, JSON.stringify({ ...draftOf(line), [name]: value }));
}

export function draftOf(line: string): Record<string, string> {
  try {
    return JSON.parse(sessionStorage.getItem(DRAFT + line) ?? "{}") as Record<string, string>;
  } catch {
    return {};
  }
}

export function clearDraft(line: string): void {
  sessionStorage.removeItem(DRAFT + line);
}

/**
 * Puts a save's values back into its card's inputs (result, texts, hazard fields, the photos as
 * the Blobs kept): a page opened while the save waits shows what will be sent, not the server's
 * older state. The line's hidden fields are the card's own and stay.
 */
export function fillForm(form: HTMLFormElement, fields: Array<[string, FormDataEntryValue]>): void {
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement))
      continue;
    if (!el.name || (el.type === "hidden" && el.name !== "photoMeta")) continue;
    const values = fields.filter(([name]) => name === el.name).map(([, v]) => v);
    if (el instanceof HTMLInputElement && el.type === "radio") el.checked = values.includes(el.value);
    else if (el instanceof HTMLInputElement && el.type === "checkbox") el.checked = values.length > 0;
    else if (el instanceof HTMLInputElement && el.type === "file") {
      const files = new DataTransfer();
      for (const v of values) if (v instanceof File && v.size > 0) files.items.add(v);
      el.files = files.files;
    } else el.value = typeof values[0] === "string" ? values[0] : "";
  }
}

// "Sync, then sign out": asked in the account menu, carried out by 今日检查 (which replays the
// queue) once nothing waits; kept for this tab, so a reload or a dropped network does not lose it.
const AFTER_SYNC = "anzhi-sign-out-after-sync";

/**
 * Leaves nothing of the signed-in person on the device: the queue, the drafts and the service
 * worker's copy of 今日检查 (docs/decisions/034). Sign-out runs it before it posts.
 */
export async function clearDevice(): Promise<void> {
  await clear(db()).catch(() => undefined);
  for (const key of Object.keys(sessionStorage))
    if (key.startsWith(DRAFT) || key === AFTER_SYNC) sessionStorage.removeItem(key);
  if ("caches" in window) await caches.delete("anzhi-today").catch(() => undefined);
}

/** Clears the device, then posts the sign-out (a full page load, as the menu's form does). */
export async function signOutNow(): Promise<void> {
  await clearDevice();
  const form = document.createElement("form");
  form.method = "post";
  form.action = "/logout";
  document.body.append(form);
  form.submit();
}

export function askSignOutAfterSync(asked: boolean): void {
  if (asked) sessionStorage.setItem(AFTER_SYNC, "1");
  else sessionStorage.removeItem(AFTER_SYNC);
  changed(false);
}

/** Whether sign-out waits on the sync; follows `askSignOutAfterSync`. */
export function useSignOutAfterSync(): boolean {
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    const read = () => setAsked(sessionStorage.getItem(AFTER_SYNC) === "1");
    read();
    window.addEventListener(CHANGED, read);
    return () => window.removeEventListener(CHANGED, read);
  }, []);
  return asked;
}

/**
 * This session's saves on the device, oldest first, and the current sync round; follows every
 * change (use it once per page). Saves another person made on this phone are not shown or replayed.
 */
export function useOfflineQueue(owner: string): {
  saves: QueuedSave[];
  online: boolean;
  round: number;
  loaded: boolean;
} {
  const [state, setState] = useState<{ saves: QueuedSave[]; online: boolean; round: number; loaded: boolean }>({
    saves: [],
    online: true,
    round: 0,
    loaded: false,
  });
  useEffect(() => {
    let live = true;
    const read = () =>
      void entries<string, QueuedSave>(db())
        .then((all) => {
          if (live)
            setState({
              saves: all
                .map(([, s]) => s)
                .filter((s) => ownerOf(s) === owner)
                .sort((a, b) => a.order - b.order),
              online: navigator.onLine,
              round,
              loaded: true,
            });
        })
        .catch(() => undefined);
    const nextRound = () => changed(true);
    read();
    window.addEventListener(CHANGED, read);
    window.addEventListener("online", nextRound);
    window.addEventListener("offline", read);
    const timer = window.setInterval(() => {
      if (navigator.onLine) nextRound();
    }, 20_000);
    return () => {
      live = false;
      window.removeEventListener(CHANGED, read);
      window.removeEventListener("online", nextRound);
      window.removeEventListener("offline", read);
      window.clearInterval(timer);
    };
  }, [owner]);
  return state;
}
