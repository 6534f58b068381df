// Form actions of the enterprise profile page: create / update / retire for sites, products,
// production licences and CCC certificates, through the same tRPC procedures the API serves.
import { parseScopeUnits } from "@anzhi/contracts";
import { splitList } from "./text-lists.ts";
import { requireMember } from "./auth.server.ts";
import { attempt, formValues } from "./forms.server.ts";

export type ProfileActionResult =
  | { ok: true; intent: string; id: string | null }
  | {
      ok: false;
      intent: string;
      id: string | null;
      values: Record<string, string>;
      message: string;
      fields: Record<string, string>;
    };

const opt = (v: string | undefined) => (v && v.trim() !== "" ? v.trim() : undefined);

type Caller = Awaited<ReturnType<typeof requireMember>>["caller"];

/** The enum fields stay the strings chosen; each procedure's input schema validates them. */
function payload(kind: string, v: Record<string, string>, form: FormData): Record<string, unknown> {
  const productIds = form.getAll("productIds").map(String);
  switch (kind) {
    case "site":
      return { name: v.name ?? "", type: v.type ?? "", address: v.address ?? "", regionCode: opt(v.regionCode) };
    case "product":
      return {
        name: v.name ?? "",
        code: opt(v.code),
        model: opt(v.model),
        productGroupId: v.productGroupId ?? "",
        subProductId: opt(v.subProductId),
        siteId: opt(v.siteId),
        scopeRoutes: form.getAll("scopeRoutes").map(String),
        standards: opt(v.standards) ? splitList(v.standards ?? "") : undefined,
        releaseItems: splitList(v.releaseItems ?? ""),
        serviceLife: opt(v.serviceLife),
      };
    case "licence":
      return {
        licenceNo: v.licenceNo ?? "",
        productScope: v.productScope ?? "",
        scopeUnits: opt(v.scopeUnits) ? parseScopeUnits(v.scopeUnits) : undefined,
        holderName: v.holderName ?? "",
        issuer: v.issuer ?? "",
        issueDate: v.issueDate ?? "",
        expiryDate: v.expiryDate ?? "",
        status: v.status ?? "valid",
        productIds,
      };
    default:
      return {
        certNo: v.certNo ?? "",
        productScope: v.productScope ?? "",
        modelSpec: opt(v.modelSpec),
        holderName: v.holderName ?? "",
        manufacturerName: v.manufacturerName ?? "",
        factoryName: v.factoryName ?? "",
        issuer: v.issuer ?? "",
        issueDate: v.issueDate ?? "",
        expiryDate: v.expiryDate ?? "",
        status: v.status ?? "valid",
        productIds,
      };
  }
}

function run(caller: Caller, kind: string, verb: string, id: string, data: Record<string, unknown>): Promise<unknown> {
  const routers = {
    site: caller.profile.sites,
    product: caller.profile.products,
    licence: caller.certificates.licences,
    ccc: caller.certificates.ccc,
  } as const;
  const target = routers[kind as keyof typeof routers];
  if (!target) throw new Response("Unknown action", { status: 400 });
  if (verb === "retire") return target.retire({ id });
  // The procedures validate `data`; a bad value becomes a field error on the form.
  const input = (verb === "update" ? { id, ...data } : data) as never;
  if (verb === "update") return target.update(input);
  if (verb === "create") return target.create(input);
  throw new Response("Unknown action", { status: 400 });
}

export async function runProfileAction(request: Request): Promise<ProfileActionResult> {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const values: Record<string, string> = {
    ...formValues(form),
    scopeRoutes: form.getAll("scopeRoutes").map(String).join(","),
  };
  const intent = values.intent ?? "";
  const [kind = "", verb = ""] = intent.split(".");
  const id = opt(values.id) ?? null;
  const result = await attempt(request, () => run(caller, kind, verb, id ?? "", payload(kind, values, form)));
  if (result.ok) return { ok: true, intent, id };
  return { ok: false, intent, id, values, message: result.error.message, fields: result.error.fields };
}
