// 《每月质量安全调度会议纪要》 — signed minutes in their statutory layout (the shared
// MonthlyMinutesSheet, also the print view):
// attendees, the month's review, the director's report, decisions with the ledger task each became,
// next month's plan, the principal's signature and any amendments.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt, changedTextFields } from "../lib/forms.server.ts";
import { amendmentsAt, text } from "../lib/routines.server.ts";
import { formatInstant } from "../lib/format.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { AmendForm, TextFieldAmendments } from "../components/records/AmendForm.tsx";
import { RecordBar } from "../components/routines/Signature.tsx";
import {
  MONTHLY_FIELDS as FIELDS,
  MonthlyMinutesSheet,
  useMonthlyLabels,
} from "../components/records/MonthlyMinutesSheet.tsx";
import styles from "../styles/routines.css?url";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("monthly");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  const m = await orThrowResponse(caller.routines.monthly.get({ id: params.id ?? "" }));
  return {
    m: {
      ...m,
      meetingAtText: formatInstant(m.meetingAt, org.timeZone),
      signedAtText: formatInstant(m.signedAt, org.timeZone),
      amendments: amendmentsAt(m.amendments, org.timeZone),
    },
    canAmend: hasRole(org, "principal"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const changes = changedTextFields(form, FIELDS);
  const result = await attempt(request, () =>
    caller.routines.monthly.amend({ id: params.id ?? "", reason: text(form, "reason") ?? "", changes }),
  );
  return result.ok ? { error: null } : { error: result.error };
}

export default function MonthlyMeeting() {
  const { m, canAmend } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const labels = useMonthlyLabels();
  return (
    <div className="stack">
      <RecordBar back="/app/monthly" readSign={null} />
      <MonthlyMinutesSheet m={m} hazardHref={(id) => `/app/hazards/${id}`} />
      {canAmend ? (
        <AmendForm error={actionData?.error?.message}>
          <TextFieldAmendments fields={FIELDS} labels={labels} values={m} />
        </AmendForm>
      ) : null}
    </div>
  );
}
