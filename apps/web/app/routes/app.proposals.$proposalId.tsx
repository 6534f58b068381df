// One proposal or veto: what was filed (signed, with its content hash), how long the answer took,
// and the principal's decision form; a decision is never edited — changing it files a new
// decision that supersedes the previous one, which stays in the history.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { KeyIn } from "../i18n/index.ts";
import { ProposalDecision } from "@anzhi/contracts";
import { requireMember } from "../lib/auth.server.ts";
import { attempt, formValues, parseForm } from "../lib/forms.server.ts";
import { formatInstant } from "../lib/format.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { FormAlert } from "../components/Field.tsx";
import { TextArea } from "../components/hazards/inputs.tsx";
import { SignatureErrors, SignatureField, SignedMarks } from "../components/signatures/SignatureField.tsx";
import styles from "../styles/ledger.css?url";
import { useIsPending } from "../lib/pending.ts";
import { ProposalDecideFormSchema } from "./app.proposals.$proposalId.form.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("proposal");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, caller, user } = await requireMember(request);
  const proposal = await orThrowResponse(caller.proposals.get({ proposalId: params.proposalId ?? "" }));
  return { proposal, timeZone: org.timeZone, myName: user.name };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const v = formValues(form);
  form.set("proposalId", params.proposalId ?? "");
  const result = await attempt(request, () => caller.proposals.decide(parseForm(form, ProposalDecideFormSchema)));
  if (!result.ok) return data({ error: result.error, values: v }, { status: 400 });
  return redirect(`/app/proposals/${params.proposalId ?? ""}`);
}

export default function ProposalPage() {
  const { proposal: p, timeZone, myName } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const busy = useIsPending({}, { state: "submitting" });
  const f = result?.error.fields ?? {};
  const v = result?.values ?? {};
  const superseded = new Set(p.history.map((d) => d.supersedesId).filter(Boolean));
  return (
    <div className="form-page stack">
      <div>
        <p className="muted">{t(`proposal.types.${p.type}`)}</p>
        <h1>{p.defectDescription.slice(0, 40)}</h1>
      </div>
      <section className="card">
        <dl className="hz-facts">
          <dt>{t("proposal.proposedBy")}</dt>
          <dd>
            {p.proposedBy.name}（{t(`proposal.roles.${p.proposerRole as KeyIn<"proposal.roles">}`)}）
          </dd>
          <dt>{t("proposal.proposedAt")}</dt>
          <dd>{formatInstant(p.proposedAt, timeZone)}</dd>
          <dt>{t("proposal.defect")}</dt>
          <dd>{p.defectDescription}</dd>
          {p.products.length > 0 ? (
            <>
              <dt>{t("proposal.products")}</dt>
              <dd>{p.products.map((x) => x.name).join(t("app.listSep"))}</dd>
            </>
          ) : null}
          {p.batchNos.length > 0 ? (
            <>
              <dt>{t("proposal.batchNos")}</dt>
              <dd>{p.batchNos.join(t("app.listSep"))}</dd>
            </>
          ) : null}
          <dt>{t("proposal.hash")}</dt>
          <dd>
            <code>{p.contentHash.slice(0, 16)}…</code>
          </dd>
          <dt>{t("proposal.signature")}</dt>
          <dd data-testid="proposal-signature">
            <SignedMarks signatures={p.signatures} />
          </dd>
        </dl>
        {p.attachments.length > 0 ? (
          <ul>
            {p.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/app/files/${a.id}`} target="_blank" rel="noreferrer">
                  {a.fileName}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="muted">{t("proposal.signedNote")}</p>
      </section>
      <section className="card" aria-labelledby="p-decision">
        <h2 id="p-decision">{t("proposal.decision")}</h2>
        {p.decision ? (
          <p data-testid="current-decision">
            <strong>{t(`proposal.decisions.${p.decision.decision}`)}</strong> · {p.decision.decidedBy.name} ·{" "}
            {formatInstant(p.decision.decidedAt, timeZone)} · {t("proposal.answeredIn", { hours: p.hoursToAnswer })}
          </p>
        ) : (
          <p>
            <span className="hz-badge hz-sev-significant">{t("proposal.pending")}</span>{" "}
            {t("proposal.waiting", { hours: p.hoursToAnswer })}
          </p>
        )}
        {p.canDecide ? (
          <Form method="post" className="stack" noValidate>
            {p.decision ? <input type="hidden" name="supersedesId" value={p.decision.id} /> : null}
            {p.decision ? <p className="muted">{t("proposal.changeDecision")}</p> : null}
            <FormAlert message={result?.error.message} />
            <fieldset>
              <legend>{t("proposal.decision")}</legend>
              <div className="choices">
                {ProposalDecision.options.map((d) => (
                  <label key={d} className="choice">
                    <input type="radio" name="decision" value={d} defaultChecked={v.decision === d} />
                    {t(`proposal.decisions.${d}`)}
                  </label>
                ))}
              </div>
              {f.decision ? (
                <p className="field-error" role="alert">
                  {f.decision}
                </p>
              ) : null}
            </fieldset>
            <TextArea
              name="reason"
              label={t("proposal.reason")}
              hint={t("proposal.reasonHint")}
              defaultValue={v.reason ?? ""}
              error={f.reason}
            />
            <TextArea
              name="actionsTaken"
              label={t("proposal.actionsTaken")}
              defaultValue={v.actionsTaken ?? ""}
              error={f.actionsTaken}
            />
            <label className="choice">
              <input type="checkbox" name="confirm" />
              {t("proposal.decideConfirm")}
            </label>
            {f.confirm ? (
              <p className="field-error" role="alert">
                {f.confirm}
              </p>
            ) : null}
            <SignatureField id="sig-decision" signerName={myName} />
            <SignatureErrors fields={f} />
            <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
              {busy ? t("hazard.saving") : t("proposal.decide")}
            </button>
          </Form>
        ) : null}
      </section>
      {p.history.length > 0 ? (
        <section className="card" aria-labelledby="p-history">
          <h2 id="p-history">{t("proposal.history")}</h2>
          <ol className="hz-timeline">
            {p.history.map((d) => (
              <li key={d.id}>
                <strong>{t(`proposal.decisions.${d.decision}`)}</strong> · {d.decidedBy.name} ·{" "}
                {formatInstant(d.decidedAt, timeZone)}
                {superseded.has(d.id) ? <span className="muted"> · {t("proposal.superseded")}</span> : null}
                {d.reason ? (
                  <div className="hz-note">
                    {t("proposal.reason")}：{d.reason}
                  </div>
                ) : null}
                {d.actionsTaken ? (
                  <div className="hz-note">
                    {t("proposal.actionsTaken")}：{d.actionsTaken}
                  </div>
                ) : null}
                <div className="muted">
                  {t("proposal.hash")}：<code>{d.contentHash.slice(0, 16)}…</code>
                </div>
                <div className="hz-note" data-testid="decision-signature">
                  {t("proposal.signature")}：
                  <SignedMarks signatures={d.signatures} />
                </div>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
