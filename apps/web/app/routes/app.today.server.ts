// Loader and action of 今日检查 (app.today.tsx). Every form of the page posts here (an item's save
// and 其余正常 through fetchers, in place; a replayed offline save too); its fields are read with the
// page's intent schema (app.today.form.ts) into the procedures' inputs.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { addDays, localInstant } from "@anzhi/contracts";
import { requireMember } from "../lib/auth.server.ts";
import { attempt, inputOf, parseForm } from "../lib/forms.server.ts";
import { text } from "../lib/routines.server.ts";
import { formatInstant } from "../lib/format.ts";
import { filesOf, readUploadForm } from "../lib/uploads.server.ts";
import { photoMetaOf } from "../lib/photo-meta.server.ts";
import { TodayFormSchema } from "./app.today.form.ts";
import { messagesFor } from "../i18n/messages.server.ts";
import { getLocale } from "../lib/locale.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org, user } = await requireMember(request);
  const date = new URL(request.url).searchParams.get("date") ?? undefined;
  const [day, people] = await Promise.all([
    caller.routines.daily.day(date ? { date } : undefined),
    caller.routines.people(),
  ]);
  const [report, setup] = await Promise.all([
    caller.routines.daily.reportTargets({ date: day.date }),
    // Only an empty checklist needs to say which setup step keeps it empty (ADR 033).
    day.sheets.length === 0 ? caller.setup.progress() : null,
  ]);
  return {
    day: {
      ...day,
      sheets: day.sheets.map((s) => ({
        ...s,
        signedAtText: s.run?.signedAt ? formatInstant(s.run.signedAt, org.timeZone) : "",
      })),
    },
    owners: people.filter((p) => !p.roles.every((r) => r === "viewer")).map((p) => ({ id: p.id, name: p.name })),
    defaultDue: addDays(day.today, 7),
    reportTargets: report.people,
    /** The report time the form shows (now, local), for the officer to confirm or change. */
    reportedAtDefault: formatInstant(report.now, org.timeZone).replace(" ", "T"),
    userName: user.name,
    dailyBlockedBy: setup?.dailyBlockedBy ?? null,
    /** Who this session is: each save the page makes carries it (a save kept on a shared phone stays its maker's). */
    savedBy: savedByOf(user.id, org.id),
  };
}

const savedByOf = (userId: string, orgId: string) => `${userId}|${orgId}`;

export async function action({ request }: ActionFunctionArgs) {
  const { caller, org, user } = await requireMember(request);
  const { form, refused } = await readUploadForm(request);
  // The report time is typed as the enterprise's wall-clock time; the procedure takes an instant.
  const reportedAtLocal = text(form, "reportedAtLocal");
  if (reportedAtLocal && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(reportedAtLocal))
    form.set("reportedAt", localInstant(reportedAtLocal.replace("T", " "), org.timeZone).toISOString());
  // Which card or bar the answer is for (the outcome is shown there), as posted.
  const intent = String(form.get("intent") ?? "");
  const riskItemId = text(form, "riskItemId") ?? null;
  const batchRef = text(form, "batchRef") ?? "";
  if (refused) return { ok: false as const, intent, riskItemId, batchRef, error: refused };
  // A save kept on the device is replayed only under the session that made it; any other is refused.
  const savedBy = text(form, "savedBy");
  if (savedBy && savedBy !== savedByOf(user.id, org.id))
    return {
      ok: false as const,
      intent,
      riskItemId,
      batchRef,
      error: {
        code: "OTHER_SESSION",
        message: messagesFor(getLocale(request)).routines.today.otherSession,
        fields: {},
      },
    };
  const result = await attempt(request, async () => {
    const posted = parseForm(form, TodayFormSchema);
    switch (posted.intent) {
      case "answer":
        await caller.routines.daily.answer({
          ...inputOf(posted),
          photos: await filesOf(form, "photos"),
          photoMeta: photoMetaOf(form),
        });
        return;
      case "submit":
        await caller.routines.daily.submit(inputOf(posted));
        return;
      case "allOk":
        await caller.routines.daily.signAllOk(inputOf(posted));
        return;
      case "restOk":
        await caller.routines.daily.restOk(inputOf(posted));
        return;
      case "notOperating":
        await caller.routines.daily.notOperating(inputOf(posted));
        return;
    }
  });
  if (result.ok) return { ok: true as const, intent, riskItemId, batchRef, error: null };
  return { ok: false as const, intent, riskItemId, batchRef, error: result.error };
}
