// 《每周质量安全排查治理报告》 — a signed weekly report in its statutory layout (the shared
// WeeklyReportSheet, also the print view), with its amendments and, for the director, the
// amendment form.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt, changedTextFields } from "../lib/forms.server.ts";
import { amendmentsAt, text } from "../lib/routines.server.ts";
import { formatInstant } from "../lib/format.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { AmendForm, TextFieldAmendments } from "../components/records/AmendForm.tsx";
import { RecordBar } from "../components/routines/Signature.tsx";
import {
  WEEKLY_FIELDS as FIELDS,
  WeeklyReportSheet,
  useWeeklyLabels,
} from "../components/records/WeeklyReportSheet.tsx";
import styles from "../styles/routines.css?url";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("weekly");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  const r = await orThrowResponse(caller.routines.weekly.get({ id: params.id ?? "" }));
  return {
    r: {
      ...r,
      signedAtText: formatInstant(r.signedAt, org.timeZone),
      ackAtText: formatInstant(r.ackAt, org.timeZone),
      amendments: amendmentsAt(r.amendments, org.timeZone),
    },
    canAmend: hasRole(org, "director"),
    canReadSign: r.status !== "draft" && r.ackAt === null && hasRole(org, "principal"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  if (form.get("intent") === "readSign") {
    const read = await attempt(request, () => caller.routines.weekly.readSign({ ids: [params.id ?? ""] }));
    return read.ok ? { error: null } : { error: read.error };
  }
  const changes = changedTextFields(form, FIELDS);
  const result = await attempt(request, () =>
    caller.routines.weekly.amend({ id: params.id ?? "", reason: text(form, "reason") ?? "", changes }),
  );
  return result.ok ? { error: null } : { error: result.error };
}

export default function WeeklyReport() {
  const { r, canAmend, canReadSign } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const labels = useWeeklyLabels();
  return (
    <div className="stack">
      <RecordBar
        back="/app/weekly"
        readSign={canReadSign ? { label: t("routines.weekly.readSign"), error: actionData?.error?.message } : null}
      />
      <WeeklyReportSheet r={r} hazardHref={(id) => `/app/hazards/${id}`} />
      {canAmend ? (
        <AmendForm error={actionData?.error?.message}>
          <TextFieldAmendments fields={FIELDS} labels={labels} values={r} />
        </AmendForm>
      ) : null}
    </div>
  );
}
