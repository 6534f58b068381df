// 《每日质量安全检查记录》 — one signed daily record in its statutory layout (the shared
// DailyRecordSheet, also the print view),
// with its amendments (original values kept) and, for the signer or a director/principal, the
// amendment form. Signed records are never edited in place.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt } from "../lib/forms.server.ts";
import { amendmentsAt, text } from "../lib/routines.server.ts";
import { formatInstant } from "../lib/format.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { AmendForm } from "../components/records/AmendForm.tsx";
import { RecordBar } from "../components/routines/Signature.tsx";
import { DailyRecordSheet } from "../components/records/DailyRecordSheet.tsx";
import styles from "../styles/routines.css?url";
import { pageTitle } from "../lib/meta.ts";
import { memberPhotoHref } from "../lib/photo-href.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("daily");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller, org, user } = await requireMember(request);
  const run = await orThrowResponse(caller.routines.daily.get({ runId: params.runId ?? "" }));
  return {
    run: {
      ...run,
      signedAtText: formatInstant(run.signedAt, org.timeZone),
      reviewedAtText: formatInstant(run.reviewedAt, org.timeZone),
      reportedAtText: formatInstant(run.reportedAt, org.timeZone),
      amendments: amendmentsAt(run.amendments, org.timeZone),
    },
    timeZone: org.timeZone,
    canAmend: run.status !== "draft" && (hasRole(org, "director", "principal") || user.id === run.officerUserId),
    canReadSign: run.status !== "draft" && run.reviewedAt === null && hasRole(org, "director", "principal"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  if (form.get("intent") === "readSign") {
    const read = await attempt(request, () => caller.routines.daily.readSign({ ids: [params.runId ?? ""] }));
    return read.ok ? { ok: true as const, error: null } : { ok: false as const, error: read.error };
  }
  const entries = form.getAll("entryId").flatMap((id) => {
    const note = text(form, `note-${String(id)}`);
    return typeof id === "string" && note !== undefined ? [{ entryId: id, note }] : [];
  });
  const result = await attempt(request, () =>
    caller.routines.daily.amend({
      runId: params.runId ?? "",
      reason: text(form, "reason") ?? "",
      remarks: text(form, "remarks"),
      entries: entries.length > 0 ? entries : undefined,
    }),
  );
  return result.ok ? { ok: true as const, error: null } : { ok: false as const, error: result.error };
}

export default function DailyRecord() {
  const { run, canAmend, canReadSign, timeZone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="stack">
      <RecordBar
        back="/app/daily"
        readSign={canReadSign ? { label: t("routines.daily.readSign"), error: actionData?.error?.message } : null}
      />
      <DailyRecordSheet
        run={run}
        hazardHref={(id) => `/app/hazards/${id}`}
        photos={{ href: memberPhotoHref, timeZone }}
      />
      {canAmend ? (
        <AmendForm error={actionData?.error?.message} reasonInvalid={Boolean(actionData?.error?.fields.reason)}>
          {run.entries.map((e) => (
            <div className="field" key={e.id}>
              <input type="hidden" name="entryId" value={e.id} />
              <label htmlFor={`note-${e.id}`}>
                {e.seq}. {e.riskPoint} — {t("routines.today.note")}
              </label>
              <input id={`note-${e.id}`} name={`note-${e.id}`} defaultValue={e.note ?? ""} />
            </div>
          ))}
          <div className="field">
            <label htmlFor="a-remarks">{t("routines.today.remarks")}</label>
            <textarea id="a-remarks" name="remarks" defaultValue={run.remarks ?? ""} rows={2} />
          </div>
        </AmendForm>
      ) : null}
    </div>
  );
}
