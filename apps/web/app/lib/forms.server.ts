// Runs a mutation for a form action and turns a user-facing failure (bad input, wrong password,
// lock, conflict …) into `{ error }` with per-field messages in the user's language, so the
// route can re-render the form with the values kept. Unexpected errors still throw.
import { parseWithZod } from "@conform-to/zod/v4";
import { z } from "zod";
import { formErrorOf, type FormError } from "@anzhi/api";
import { getLocale } from "./locale.server.ts";

export type FormResult<T> = { ok: true; value: T } | { ok: false; error: FormError };

export async function attempt<T>(request: Request, run: () => Promise<T>): Promise<FormResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: formErrorOf(error, getLocale(request)) };
  }
}

/**
 * A form post (or a query string) read with the route's intent schema, the module its form and its
 * action share (`*.form.ts`, built from the procedures' contracts schemas). Conform gives the
 * fields the schema's shape (dotted names nest, a blank field is absent, a ticked box is `true`,
 * numbers are numbers); the schema then checks them exactly as the procedure will. A refusal is
 * thrown as the schema's issues, so inside `attempt` it becomes the same per-field `FormError`, in
 * the user's language, as the procedure's own; an intent the schema does not know is a 400.
 */
export function parseForm<S extends z.ZodType>(form: FormData | URLSearchParams, schema: S): z.output<S> {
  const submission = parseWithZod(form, { schema, formatError: (issues: z.core.$ZodIssue[]) => issues });
  if (submission.status === "success") return submission.value;
  const issues = Object.values(submission.error ?? {}).flatMap((list) => list ?? []);
  if (issues.some((i) => i.code === "invalid_union" && i.path.length === 1 && i.path[0] === "intent"))
    throw new Response("Unknown intent", { status: 400 });
  throw new z.ZodError(issues);
}

/** Form fields as plain strings (files and repeated keys aside). */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !(key in values)) values[key] = value;
  }
  return values;
}

/** The text fields a `TextFieldAmendments` form changed: `{ field: newValue }` for each edit. */
export function changedTextFields(form: FormData, fields: readonly string[]): Record<string, string> {
  const changes: Record<string, string> = {};
  for (const f of fields) {
    const v = form.get(f);
    if (typeof v === "string" && form.get(`orig-${f}`) !== v) changes[f] = v;
  }
  return changes;
}

/** A parsed intent's procedure input: the form's `intent` taken off (procedure schemas are strict). */
export function inputOf<T extends { intent: string }>(form: T): Omit<T, "intent"> {
  const { intent: _intent, ...input } = form;
  return input;
}

/**
 * The parsed form as one of the intents an action's branch handles, for actions that pick their
 * branch (and the shape of their answer) from the posted intent before parsing; the schema
 * discriminates on that same field, so another intent here is a malformed post.
 */
export function intended<T extends { intent: string }, N extends T["intent"]>(
  form: T,
  ...intents: N[]
): Extract<T, { intent: N }> {
  if (!(intents as readonly string[]).includes(form.intent)) throw new Response("Unknown intent", { status: 400 });
  return form as Extract<T, { intent: N }>;
}
