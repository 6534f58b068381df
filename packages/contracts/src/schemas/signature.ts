// A signature captured when a statutory record is signed (docs/decisions/032): the strokes drawn
// on the screen as SVG (signature_pad's toSVG), or — for a keyboard-only signer — the signer's name
// typed in full. The signer is never part of the input: the server takes the signed-in user.
import { z } from "zod";

/** Largest stored drawing; a real signature is a few KB. */
export const SIGNATURE_SVG_MAX = 200_000;

/** Only the vector shapes signature_pad writes: no scripts, links, styles, events or foreign content. */
export function isSignatureSvg(svg: string): boolean {
  if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(svg) || !/<\/svg>\s*$/.test(svg)) return false;
  if (/<(?!\/?(svg|path|circle|rect|g)[\s>/])/i.test(svg)) return false;
  return !/\son\w+\s*=|javascript:|href|url\(|<!|<\?(?!xml)/i.test(svg.replace(/^\s*<\?xml[^>]*>/, ""));
}

export const SignatureCaptureSchema = z.discriminatedUnion(
  "method",
  [
    z.strictObject({
      method: z.literal("drawn"),
      imageSvg: z
        .string()
        .max(SIGNATURE_SVG_MAX, { error: "signature.invalid" })
        .refine(isSignatureSvg, { error: "signature.invalid" })
        .refine((v) => /<(path|circle)[\s/>]/.test(v), { error: "signature.empty" }),
    }),
    z.strictObject({
      method: z.literal("typed"),
      typedName: z.string().trim().min(1, { error: "signature.name_required" }).max(100, { error: "field.too_long" }),
    }),
  ],
  {
    // Every statutory signing a person does requires one: a missing signature is refused on the field.
    error: (iss) => (iss.input === undefined ? "signature.required" : undefined),
  },
);
export type SignatureCapture = z.output<typeof SignatureCaptureSchema>;
