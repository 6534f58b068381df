// 提出意见建议 / 否决建议: by the director or an officer, signed with their handwritten (or
// typed-name) signature bound to the content (ADR 032). Producers may veto production, sellers the
// selling of a product.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import type { ProposalType, SignatureCapture } from "@anzhi/contracts";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt, formValues, parseForm } from "../lib/forms.server.ts";
import { filesOf, readUploadForm } from "../lib/uploads.server.ts";
import { FormAlert } from "../components/Field.tsx";
import { PhotoInput, TextArea } from "../components/hazards/inputs.tsx";
import { SignatureErrors, SignatureField } from "../components/signatures/SignatureField.tsx";
import styles from "../styles/ledger.css?url";
import { useIsPending } from "../lib/pending.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("proposalNew");

export async function loader({ request }: LoaderFunctionArgs) {
  const { org, caller, user } = await requireMember(request);
  if (!hasRole(org, "director", "officer")) throw redirect("/app/proposals");
  const types: ProposalType[] = [
    "suggestion",
    ...(org.kind !== "seller" ? (["stop_production"] as const) : []),
    ...(org.kind !== "producer" ? (["stop_sales"] as const) : []),
    "recall",
  ];
  return { types, products: (await caller.hazards.options()).products, myName: user.name };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const { form, refused } = await readUploadForm(request);
  const v = formValues(form);
  if (refused) return data({ error: refused, values: v }, { status: 400 });
  const productIds = form.getAll("productIds").filter((x): x is string => typeof x === "string" && x !== "");
  const batchNos = (v.batchNos ?? "")
    .split(/[,，\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  // signature.method and signature.imageSvg | signature.typedName, nested as posted.
  const { signature } = parseForm(form, z.object({ signature: z.unknown() }));
  // Values go as posted (typed as the input only to compile): the procedure's schema checks them.
  const result = await attempt(request, async () =>
    caller.proposals.create({
      type: (v.type ?? "") as ProposalType,
      productIds,
      batchNos,
      defectDescription: v.defectDescription ?? "",
      evidence: await filesOf(form, "evidence"),
      confirm: (v.confirm === "on") as true,
      signature: signature as SignatureCapture,
    }),
  );
  if (!result.ok) return data({ error: result.error, values: v }, { status: 400 });
  return redirect(`/app/proposals/${result.value.id}`);
}

export default function NewProposal() {
  const { types, products, myName } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const busy = useIsPending({}, { state: "submitting" });
  const f = result?.error.fields ?? {};
  const v = result?.values ?? {};
  return (
    <div className="form-page">
      <h1>{t("proposal.newTitle")}</h1>
      <Form method="post" encType="multipart/form-data" className="stack" noValidate>
        <FormAlert message={result?.error.message} />
        <fieldset>
          <legend>{t("proposal.type")}</legend>
          <div className="choices">
            {types.map((type) => (
              <label key={type} className="choice">
                <input type="radio" name="type" value={type} defaultChecked={(v.type ?? "suggestion") === type} />
                {t(`proposal.types.${type}`)}
              </label>
            ))}
          </div>
          {f.type ? (
            <p className="field-error" role="alert">
              {f.type}
            </p>
          ) : null}
        </fieldset>
        {products.length > 0 ? (
          <fieldset>
            <legend>{t("proposal.products")}</legend>
            <div className="choices">
              {products.map((p) => (
                <label key={p.id} className="choice">
                  <input type="checkbox" name="productIds" value={p.id} />
                  {p.name} {p.model}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        <TextArea
          name="batchNos"
          label={t("proposal.batchNos")}
          hint={t("proposal.batchNosHint")}
          defaultValue={v.batchNos ?? ""}
          error={f.batchNos}
        />
        <TextArea
          name="defectDescription"
          label={t("proposal.defect")}
          required
          defaultValue={v.defectDescription ?? ""}
          error={f.defectDescription}
        />
        <PhotoInput name="evidence" label={t("proposal.evidence")} hint={t("hazard.evidenceHint")} error={f.evidence} />
        <label className="choice">
          <input
            type="checkbox"
            name="confirm"
            aria-invalid={f.confirm ? true : undefined}
            aria-describedby={f.confirm ? "confirm-error" : undefined}
          />
          {t("proposal.confirm")}
        </label>
        {f.confirm ? (
          <p id="confirm-error" className="field-error" role="alert">
            {f.confirm}
          </p>
        ) : null}
        <SignatureField id="sig-proposal" signerName={myName} />
        <SignatureErrors fields={f} />
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {busy ? t("hazard.saving") : t("proposal.submit")}
        </button>
      </Form>
    </div>
  );
}
