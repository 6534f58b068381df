// The officer's item saves that have not reached the server yet (docs/decisions/034): kept on the
// device in IndexedDB (idb-keyval), photos as the Blobs the form picked, one save per item line (a
// newer save of the line replaces the older). Each save carries its client-made saveKey, so a
// replay whose answer was lost is answered by the server from the stored line, not applied twice.
// The server stays the judge: a refused save stays here, marked with the server's error, until the
// item is saved again — it is shown on its card, never dropped.
import { useEffect, useState } from "react";
import { createStore, del, entries, get, set, type UseStore } from "idb-keyval";
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

/** The device's saves, oldest first, and the current sync round; follows every change (use it once per page). */
export function useOfflineQueue(): { saves: QueuedSave[]; online: boolean; round: number } {
  const [state, setState] = useState<{ saves: QueuedSave[]; online: boolean; round: number }>({
    saves: [],
    online: true,
    round: 0,
  });
  useEffect(() => {
    let live = true;
    const read = () =>
      void entries<string, QueuedSave>(db())
        .then((all) => {
          if (live)
            setState({
              saves: all.map(([, s]) => s).sort((a, b) => a.order - b.order),
              online: navigator.onLine,
              round,
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
  }, []);
  return state;
}
