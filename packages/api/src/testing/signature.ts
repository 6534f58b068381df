// A handwritten signature as the web form posts it (signature_pad's toSVG: one stroke), for tests
// that sign statutory records (docs/decisions/032).
export const drawnSignature = {
  method: "drawn",
  imageSvg:
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150" width="300" height="150">' +
    '<path d="M 10 80 C 40 20 80 140 120 60 S 200 40 260 90" fill="none" stroke="black" stroke-width="2"/></svg>',
} as const;
