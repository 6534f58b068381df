// Loader and action of one hazard's page (app.hazards.$hazardId.tsx). The forms are read with the
// page's intent schema (app.hazards.$hazardId.form.ts); evidence photos ride with the submission
// for verification.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { requireMember } from "../lib/auth.server.ts";
import { attempt, inputOf, parseForm } from "../lib/forms.server.ts";
import { filesOf, readUploadForm } from "../lib/uploads.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { HazardFormSchema } from "./app.hazards.$hazardId.form.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, user, caller } = await requireMember(request);
  const hazard = await orThrowResponse(caller.hazards.get({ hazardId: params.hazardId ?? "" }));
  const options = hazard.canAssign && hazard.status !== "closed" ? await caller.hazards.options() : null;
  const saved = new URL(request.url).searchParams.get("saved") === "1";
  return {
    hazard,
    options,
    me: user.id,
    myName: user.name,
    timeZone: org.timeZone,
    isPrincipalOrDirector: hazard.canAssign,
    saved,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const hazardId = params.hazardId ?? "";
  const { form, refused } = await readUploadForm(request, { evidence: "action.evidence" });
  // Which form the error belongs to, as posted.
  const intent = String(form.get("intent") ?? "");
  if (refused) return data({ error: refused, intent }, { status: 400 });
  const result = await attempt(request, async () => {
    const posted = parseForm(form, HazardFormSchema);
    switch (posted.intent) {
      case "assign":
        return caller.hazards.assign({ hazardId, ...inputOf(posted) });
      case "draft_report":
        return caller.hazards.majorReports.ensureDraft({ hazardId });
      default: {
        const { expectedVersion, action, signature } = posted;
        return caller.hazards.transition({
          hazardId,
          expectedVersion,
          signature,
          action:
            action.type === "submit_for_verification"
              ? { ...action, evidence: await filesOf(form, "evidence") }
              : action,
        });
      }
    }
  });
  if (!result.ok) return data({ error: result.error, intent }, { status: 400 });
  if (intent === "draft_report") return redirect(`/app/major-reports/${result.value.id}`);
  return redirect(`/app/hazards/${hazardId}?saved=1`);
}
