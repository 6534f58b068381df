// The handwritten signature of a statutory record (docs/decisions/032): a pad drawn with a finger,
// pen or mouse (pointer events, through signature_pad, loaded only when the field is shown so the
// page bundle stays small), posted as SVG in `signature.imageSvg`; or, for keyboard users, the
// signer's own name typed in `signature.typedName`, recorded as a typed signature. One of the two
// is required before the form posts. The server takes the signer from the session.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type SignaturePad from "signature_pad";

export function SignatureField({ id, signerName }: { id: string; signerName: string }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);
  const [typed, setTyped] = useState(false);
  const [svg, setSvg] = useState("");
  const required = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (typed || !canvas.current) return;
    const el = canvas.current;
    let cancelled = false;
    let resized: ResizeObserver | null = null;
    void import("signature_pad").then(({ default: Pad }) => {
      if (cancelled) return;
      const p = new Pad(el, { penColor: "#111" });
      p.addEventListener("endStroke", () => setSvg(p.toSVG()));
      pad.current = p;
      // Size the drawing surface to the box at the device's pixel density, also once a closed
      // <details> around it opens (0 px wide until then); a new size starts a fresh signature.
      const fit = () => {
        if (el.offsetWidth === 0) return;
        const ratio = Math.max(window.devicePixelRatio || 1, 1);
        el.width = el.offsetWidth * ratio;
        el.height = el.offsetHeight * ratio;
        el.getContext("2d")?.scale(ratio, ratio);
        p.clear();
        setSvg("");
      };
      resized = new ResizeObserver(fit);
      resized.observe(el);
    });
    return () => {
      cancelled = true;
      resized?.disconnect();
      pad.current?.off();
      pad.current = null;
    };
  }, [typed]);

  useEffect(() => {
    required.current?.setCustomValidity(svg ? "" : t("signatures.drawRequired"));
  }, [svg, t]);

  return (
    <fieldset className="signature-field" data-testid="signature-field">
      <legend>{t("signatures.legend")}</legend>
      <input type="hidden" name="signature.method" value={typed ? "typed" : "drawn"} />
      {typed ? (
        <label htmlFor={`${id}-typed`}>
          {t("signatures.typedLabel", { name: signerName })}
          <input
            id={`${id}-typed`}
            name="signature.typedName"
            required
            autoComplete="name"
            maxLength={100}
            data-testid="signature-typed"
          />
        </label>
      ) : (
        <>
          <p className="hint" id={`${id}-hint`}>
            {t("signatures.drawHint", { name: signerName })}
          </p>
          <canvas
            ref={canvas}
            className="signature-pad"
            role="img"
            aria-label={t("signatures.padLabel")}
            aria-describedby={`${id}-hint`}
            data-testid="signature-pad"
          />
          <input
            ref={required}
            className="visually-hidden"
            name="signature.imageSvg"
            value={svg}
            onChange={() => undefined}
            required
            tabIndex={-1}
            aria-hidden="true"
          />
          <button
            type="button"
            onClick={() => {
              pad.current?.clear();
              setSvg("");
            }}
          >
            {t("signatures.clear")}
          </button>
        </>
      )}
      <button type="button" className="link" onClick={() => setTyped(!typed)} data-testid="signature-switch">
        {typed ? t("signatures.useDrawing") : t("signatures.useTyped")}
      </button>
    </fieldset>
  );
}

/** The server's refusal of a posted signature (missing, not the signer's name, not strokes), on its field. */
export function SignatureErrors({ fields }: { fields: Readonly<Record<string, string | undefined>> }) {
  const message = fields.signature ?? fields["signature.typedName"] ?? fields["signature.imageSvg"];
  return message ? (
    <p className="field-error" role="alert" data-testid="signature-error">
      {message}
    </p>
  ) : null;
}

/** A signature as the record views show it (print and regulator alike). */
export interface ShownSignature {
  method: "drawn" | "typed";
  imageSvg: string | null;
  typedName: string | null;
  signerName: string;
  coversCurrent: boolean;
}

/**
 * The signatures captured on a signed line, or — for a line signed before handwritten signatures
 * existed (docs/decisions/032), which has a signer and a time but no captured mark — a note saying
 * that it was confirmed with the account only, so no reader takes a blank for a missing signature.
 */
export function SignedMarks({
  signatures,
  none,
}: {
  signatures: readonly ShownSignature[];
  /** How the record says who confirmed it without a signature (by default: with the account only). */
  none?: string;
}) {
  const { t } = useTranslation();
  if (signatures.length === 0)
    return (
      <small className="sig-account-only" data-testid="signature-account-only">
        {none ?? t("signatures.accountOnly")}
      </small>
    );
  return signatures.map((s, i) => <SignatureMark key={i} signature={s} />);
}

export function SignatureMark({ signature }: { signature: ShownSignature }) {
  const { t } = useTranslation();
  return (
    <span className="sig-mark" data-testid="signature-mark">
      {signature.method === "drawn" && signature.imageSvg ? (
        <img
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(signature.imageSvg)}`}
          alt={t("signatures.imageAlt", { name: signature.signerName })}
          className="sig-image"
        />
      ) : (
        <span className="sig-typed">{t("signatures.typedShown", { name: signature.typedName ?? "" })}</span>
      )}
      {signature.coversCurrent ? null : (
        <small className="sig-stale" role="note">
          {t("signatures.stale")}
        </small>
      )}
    </span>
  );
}
