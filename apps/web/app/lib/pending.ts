// Is a form of this page on its way? One reading of Remix's navigation for every busy button and
// "loading…" hint, instead of each route restating `navigation.state !== "idle" && formData…`.
import { useNavigation } from "@remix-run/react";

export interface PendingOptions {
  /**
   * Which part of the round trip counts: `"non-idle"` (default) from the submit until the page has
   * reloaded its data, `"submitting"` only while the action runs, `"loading"` only while loaders run
   * (a GET filter form, or the reload after an action).
   */
  state?: "non-idle" | "submitting" | "loading";
  /** Only a navigation to this action (`"/login"`). */
  formAction?: string;
  /** Only a navigation with this method (`"POST"`). */
  formMethod?: "GET" | "POST";
  /** Only when the navigation is to this path (a GET form on its own page). */
  pathname?: string;
}

function inState(state: "idle" | "submitting" | "loading", wanted: PendingOptions["state"] = "non-idle"): boolean {
  return wanted === "non-idle" ? state !== "idle" : state === wanted;
}

/** The fields of the form being submitted, or `null` when none is pending in the given state. */
export function usePendingForm(options: PendingOptions = {}): FormData | null {
  const navigation = useNavigation();
  if (!inState(navigation.state, options.state)) return null;
  if (options.formAction !== undefined && navigation.formAction !== options.formAction) return null;
  if (options.formMethod !== undefined && navigation.formMethod !== options.formMethod) return null;
  if (options.pathname !== undefined && navigation.location?.pathname !== options.pathname) return null;
  return navigation.formData ?? new FormData();
}

/**
 * True while a navigation is pending that matches `options` and whose form carries every field of
 * `fields` with that value (`{ intent: "approve" }`, `{ riskItemId: item.riskItemId }`).
 */
export function useIsPending(fields: Readonly<Record<string, string>> = {}, options: PendingOptions = {}): boolean {
  const form = usePendingForm(options);
  if (form === null) return false;
  return Object.entries(fields).every(([name, value]) => (form.get(name) ?? "") === value);
}

/**
 * True once the page's last navigation has settled. Remix hands a page its action's answer as soon
 * as the action returns, while its loaders are still reloading: a "done" notice shown then would
 * stand beside the data from before the action, so it waits for this.
 */
export function useSettled(): boolean {
  return useNavigation().state === "idle";
}
