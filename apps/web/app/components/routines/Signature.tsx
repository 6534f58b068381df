// Signature lines, amendment history and the bar above them, shared by the three statutory records.
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { AmendmentRow } from "../../lib/api-types.ts";
import { FormAlert } from "../Field.tsx";
import { SignedMarks, type ShownSignature } from "../signatures/SignatureField.tsx";

export function SignatureLine({
  label,
  name,
  at,
  signatures,
}: {
  label: string;
  name: string | null;
  at: string;
  /**
   * The handwritten (or typed-name) signatures captured on this line, docs/decisions/032; given for
   * the lines that are signed (not for a reviewer's or recorder's name), so a signed line without any
   * says it was confirmed with the account only.
   */
  signatures?: readonly ShownSignature[];
}) {
  const { t } = useTranslation();
  return (
    <div className="sig-line">
      <span className="sig-label">{t("app.colon", { label })}</span>
      <span className="sig-name">{name ?? ""}</span>
      {name && signatures ? <SignedMarks signatures={signatures} /> : null}
      <span className="sig-at">{at}</span>
    </div>
  );
}

/** The record's content hash, printed so a paper or exported copy can be checked against the audit trail. */
export function ContentHash({ hash }: { hash: string | null }) {
  const { t } = useTranslation();
  if (!hash) return null;
  return (
    <p className="doc-hash" data-testid="content-hash">
      {t("app.colon", { label: t("routines.common.contentHash") })}
      <code>{hash}</code>
    </p>
  );
}

export function Amendments({ rows, format }: { rows: AmendmentRow[]; format: (at: string) => string }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <section className="amendments" aria-labelledby="amend-h">
      <h2 id="amend-h">{t("routines.common.amendments")}</h2>
      <ol>
        {rows.map((a) => (
          <li key={a.version} data-testid="amendment">
            <p>
              {t("routines.common.amendmentLine", {
                version: a.version,
                name: a.amendedByName,
                at: format(a.at),
                reason: a.reason,
              })}
            </p>
            <ul>
              {Object.entries(a.changes).map(([field, c]) => (
                <li key={field}>
                  <code>{field}</code>：
                  {t("routines.common.from_to", {
                    from: c.from ?? t("routines.common.empty"),
                    to: c.to ?? t("routines.common.empty"),
                  })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function PrintButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="primary" onClick={() => window.print()}>
      {t("routines.common.print")}
    </button>
  );
}

/**
 * The bar above a signed record on the enterprise's pages: print, 阅 when the caller still owes it
 * (posts intent=readSign to the page's action) with its error, and back to the list.
 */
export function RecordBar({
  back,
  readSign,
}: {
  back: string;
  readSign: { label: string; error: string | undefined } | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="actions no-print">
        <PrintButton />
        {readSign ? (
          <Form method="post">
            <input type="hidden" name="intent" value="readSign" />
            <button type="submit" className="primary">
              {readSign.label}
            </button>
          </Form>
        ) : null}
        <Link className="button" to={back}>
          {t("routines.common.back")}
        </Link>
      </div>
      {readSign ? <FormAlert message={readSign.error} /> : null}
    </>
  );
}
