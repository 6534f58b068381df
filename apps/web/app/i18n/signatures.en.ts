// English strings of the handwritten signature (docs/decisions/032).
import type { signaturesZhCN } from "./signatures.zh-CN.ts";

export const signaturesEn: typeof signaturesZhCN = {
  legend: "Your signature",
  drawHint: "{{name}}, sign in the box with your finger or a pen.",
  padLabel: "Signature pad",
  clear: "Clear and sign again",
  drawRequired: "Sign in the box first, or confirm by typing your name instead",
  useTyped: "Cannot draw? Confirm by typing your name instead",
  useDrawing: "Draw the signature instead",
  typedLabel: "Type your name ({{name}}) to confirm you are signing",
  imageAlt: "Handwritten signature of {{name}}",
  typedShown: "Confirmed by typed name: {{name}}",
  stale: "The record was changed after signing; this signature does not cover the current content",
  accountOnly: "(confirmed with the account only; no handwritten signature was captured at the time)",
};
