// Loader and action of /app/billing (admins; 404 while billing is off).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { InvoiceDetailsSchema } from "@anzhi/contracts";
import type { FormError } from "@anzhi/api";
import { requireMember } from "../lib/auth.server.ts";
import { attempt, inputOf, intended, parseForm } from "../lib/forms.server.ts";
import { errorPage } from "../lib/trpc.server.ts";
import { BillingFormSchema } from "./app.billing.form.ts";

async function requireBillingAdmin(request: Request) {
  const member = await requireMember(request);
  if (!(await member.caller.billing.enabled())) throw errorPage("NOT_FOUND");
  if (!member.org.isAdmin) throw errorPage("ADMIN_REQUIRED");
  return member;
}

export async function billingLoader({ request }: LoaderFunctionArgs) {
  const { org, caller } = await requireBillingAdmin(request);
  const overview = await caller.billing.overview();
  const checkoutDone = new URL(request.url).searchParams.get("checkout") === "done";
  return { timeZone: org.timeZone, overview, checkoutDone };
}

type Intent = "upgrade" | "portal" | "details";
interface Answer {
  intent: Intent;
  error: FormError | null;
  message: "transferStarted" | "saved" | null;
}
const answer = (intent: Intent): Answer => ({ intent, error: null, message: null });

export async function billingAction({ request }: ActionFunctionArgs) {
  const { caller } = await requireBillingAdmin(request);
  const form = await request.formData();
  const parsed = parseForm(form, BillingFormSchema);
  if (parsed.intent === "upgrade") {
    const result = await attempt(request, () => caller.billing.upgrade(inputOf(intended(parsed, "upgrade"))));
    if (!result.ok) return data({ ...answer("upgrade"), error: result.error }, { status: 400 });
    if (result.value.checkoutUrl) return redirect(result.value.checkoutUrl);
    return { ...answer("upgrade"), message: "transferStarted" } satisfies Answer;
  }
  if (parsed.intent === "portal") {
    const result = await attempt(request, () => caller.billing.portal());
    if (!result.ok) return data({ ...answer("portal"), error: result.error }, { status: 400 });
    return redirect(result.value.url);
  }
  const fields = new FormData();
  for (const [k, v] of form.entries()) if (k !== "intent") fields.append(k, v);
  const result = await attempt(request, () =>
    caller.billing.saveInvoiceDetails(parseForm(fields, InvoiceDetailsSchema)),
  );
  if (!result.ok) return data({ ...answer("details"), error: result.error }, { status: 400 });
  return { ...answer("details"), message: "saved" } satisfies Answer;
}
