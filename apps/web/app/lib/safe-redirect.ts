// Where to go after sign-in, an organisation switch or the language toggle: only a path on this
// site. The value is parsed with the URL parser browsers use (which drops tabs and newlines and
// reads `\` as `/`), against a placeholder origin; anything that lands on another origin, starts
// protocol-relative after normalisation (`//host`, `/\host`, `/%09/host`), or carries a control
// character (which would break the Location header) falls back. Safe in the browser bundle too.
const BASE = "http://anzhi.invalid";

export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/app"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.length > 2000) return fallback;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = url.pathname + url.search + url.hash;
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}
