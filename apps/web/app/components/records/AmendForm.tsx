// The amendment form under a signed statutory record: a correction never edits the record, it is
// an amendment that names what changed and why (kept beside the original). The record-specific
// fields come as children; `TextFieldAmendments` covers the records whose amendable parts are text.
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert } from "../Field.tsx";
import { useIsPending } from "../../lib/pending.ts";

export function AmendForm({
  error,
  reasonInvalid,
  children,
}: {
  error?: string | undefined;
  reasonInvalid?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const pending = useIsPending();
  return (
    <details className="card no-print">
      <summary>{t("routines.common.amend")}</summary>
      <p className="hint">{t("routines.common.amendLead")}</p>
      <Form method="post" className="routine-form">
        {children}
        <div className="field">
          <label htmlFor="a-reason">{t("routines.common.amendReason")}</label>
          <input id="a-reason" name="reason" required aria-invalid={reasonInvalid ? true : undefined} />
        </div>
        <FormAlert message={error} />
        <button type="submit" className="primary" disabled={pending}>
          {t("routines.common.amend")}
        </button>
      </Form>
    </details>
  );
}

/** One textarea per amendable text field, with its original value for `changedTextFields`. */
export function TextFieldAmendments<F extends string>({
  fields,
  labels,
  values,
}: {
  fields: readonly F[];
  labels: Record<F, string>;
  values: Partial<Record<F, string | null>>;
}) {
  return (
    <>
      {fields.map((f) => (
        <div className="field" key={f}>
          <input type="hidden" name={`orig-${f}`} value={values[f] ?? ""} />
          <label htmlFor={`a-${f}`}>{labels[f]}</label>
          <textarea id={`a-${f}`} name={f} defaultValue={values[f] ?? ""} rows={2} />
        </div>
      ))}
    </>
  );
}
