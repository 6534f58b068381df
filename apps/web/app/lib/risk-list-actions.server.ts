// Form actions of the risk list page: generate (optionally registering the key products picked on
// the empty page first), retire an item with its reason, and the route's own intents (`extra`: run
// with the caller, redirect back on success, field errors otherwise).
import { redirect } from "@remix-run/node";
import { defaultScopeRoutesFor, findProductGroup } from "@anzhi/contracts";
import { requireMember } from "./auth.server.ts";
import { attempt } from "./forms.server.ts";

type Caller = Awaited<ReturnType<typeof requireMember>>["caller"];

export type RiskListActionResult =
  | { ok: true; intent: string }
  | { ok: false; intent: string; itemId: string | null; message: string; fields: Record<string, string> };

export async function runRiskListAction(
  request: Request,
  form: FormData,
  extra: Record<string, (caller: Caller) => Promise<unknown>> = {},
): Promise<RiskListActionResult | Response> {
  const { caller } = await requireMember(request);
  const intent = String(form.get("intent") ?? "");
  if (intent === "generate") {
    const picked = form
      .getAll("productGroupId")
      .map(String)
      .filter((id) => findProductGroup(id) !== undefined);
    const result = await attempt(request, async () => {
      if (picked.length > 0) {
        const have = new Set((await caller.profile.products.list()).map((p) => p.productGroupId));
        for (const id of picked) {
          if (have.has(id)) continue;
          const group = findProductGroup(id);
          await caller.profile.products.create({
            name: group?.nameZh ?? id,
            productGroupId: id,
            scopeRoutes: defaultScopeRoutesFor(id),
          });
        }
      }
      return caller.riskList.generate();
    });
    if (!result.ok)
      return { ok: false, intent, itemId: null, message: result.error.message, fields: result.error.fields };
    return redirect("/app/risk-list");
  }
  if (intent === "approve") {
    const result = await attempt(request, () => caller.riskList.approve({ version: Number(form.get("version")) }));
    if (!result.ok)
      return { ok: false, intent, itemId: null, message: result.error.message, fields: result.error.fields };
    return redirect(`/app/risk-list?v=${String(form.get("version") ?? "")}`);
  }
  const run = extra[intent];
  if (run) {
    const result = await attempt(request, () => run(caller));
    if (!result.ok)
      return { ok: false, intent, itemId: null, message: result.error.message, fields: result.error.fields };
    return redirect("/app/risk-list");
  }
  if (intent === "retire") {
    const itemId = String(form.get("itemId") ?? "");
    const result = await attempt(request, () =>
      caller.riskList.retireItem({ itemId, reason: String(form.get("reason") ?? "") }),
    );
    if (!result.ok) return { ok: false, intent, itemId, message: result.error.message, fields: result.error.fields };
    return redirect("/app/risk-list");
  }
  throw new Response("Unknown action", { status: 400 });
}
