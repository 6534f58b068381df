// A link as a QR code (SVG markup drawn on the server by the `qrcode` library), so an invitation
// can be scanned from a phone on the shop floor instead of copied by hand.
import QRCode from "qrcode";

export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}
