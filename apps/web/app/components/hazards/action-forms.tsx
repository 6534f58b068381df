// The lifecycle actions the current user may take on a hazard, one small form each. The server
// decides again on submit (a stale page gets a conflict, the rectifier is refused as verifier).
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PhotoInput, TextArea } from "./inputs.tsx";
import type { HazardActionType } from "../../lib/api-types.ts";
import { usePendingForm } from "../../lib/pending.ts";
import { SignatureErrors, SignatureField } from "../signatures/SignatureField.tsx";

export function HazardActionForms(props: {
  actions: HazardActionType[];
  version: number;
  /** What the hazard already says about its cause and measures (pre-fills the submission). */
  rootCause?: string | null;
  correctiveAction?: string | null;
  fields: Record<string, string>;
  intent?: string | undefined;
  /** The signed-in person, who signs the rectification or verification by hand (docs/decisions/032). */
  signerName: string;
}) {
  const { t } = useTranslation();
  const pending = usePendingForm({ state: "submitting" })?.get("intent");
  const err = (intent: HazardActionType, key: string) => (props.intent === intent ? props.fields[key] : undefined);
  // The rectifier's or verifier's own signature, with the server's refusal of it under the field.
  const signature = (intent: HazardActionType, id: string) => (
    <>
      <SignatureField id={id} signerName={props.signerName} />
      <SignatureErrors fields={props.intent === intent ? props.fields : {}} />
    </>
  );
  const submit = (intent: HazardActionType, className: string) => (
    <button
      type="submit"
      name="intent"
      value={intent}
      className={className}
      disabled={pending === intent}
      aria-busy={pending === intent}
    >
      {pending === intent ? t("hazard.saving") : t(`hazard.actions.${intent}`)}
    </button>
  );
  return (
    <div className="hz-action-forms">
      {props.actions.includes("start_rectification") ? (
        <Form method="post" className="stack card">
          <input type="hidden" name="version" value={props.version} />
          <TextArea
            name="note"
            id="start-note"
            label={t("hazard.note")}
            error={err("start_rectification", "action.note")}
          />
          {submit("start_rectification", "primary")}
        </Form>
      ) : null}
      {props.actions.includes("submit_for_verification") ? (
        <Form method="post" encType="multipart/form-data" className="stack card">
          <input type="hidden" name="version" value={props.version} />
          <TextArea
            name="rectificationNote"
            id="rect-note"
            label={t("hazard.rectificationNote")}
            required
            error={err("submit_for_verification", "action.rectificationNote")}
          />
          <TextArea
            name="rootCause"
            id="rect-cause"
            label={t("hazard.cause")}
            required
            defaultValue={props.rootCause ?? undefined}
            error={err("submit_for_verification", "action.rootCause")}
          />
          <TextArea
            name="correctiveAction"
            id="rect-measures"
            label={t("hazard.correctiveAction")}
            required
            defaultValue={props.correctiveAction ?? undefined}
            error={err("submit_for_verification", "action.correctiveAction")}
          />
          <PhotoInput
            name="evidence"
            id="rect-evidence"
            label={t("hazard.evidence")}
            hint={t("hazard.evidenceRequiredHint")}
            error={err("submit_for_verification", "action.evidence")}
          />
          <TextArea
            name="evidenceExceptionReason"
            id="rect-exception"
            label={t("hazard.evidenceException")}
            hint={t("hazard.evidenceExceptionHint")}
            error={err("submit_for_verification", "action.evidenceExceptionReason")}
          />
          {signature("submit_for_verification", "sig-rect")}
          {submit("submit_for_verification", "primary")}
        </Form>
      ) : null}
      {props.actions.includes("verify_pass") ? (
        <Form method="post" className="stack card">
          <input type="hidden" name="version" value={props.version} />
          <TextArea
            name="note"
            id="verify-note"
            label={t("hazard.verificationNote")}
            error={err("verify_pass", "action.note")}
          />
          {signature("verify_pass", "sig-verify")}
          {submit("verify_pass", "primary")}
        </Form>
      ) : null}
      {props.actions.includes("verify_fail") ? (
        <Form method="post" className="stack card">
          <input type="hidden" name="version" value={props.version} />
          <TextArea
            name="reason"
            id="fail-reason"
            label={t("hazard.failReason")}
            required
            error={err("verify_fail", "action.reason")}
          />
          {signature("verify_fail", "sig-fail")}
          {submit("verify_fail", "danger")}
        </Form>
      ) : null}
    </div>
  );
}
