// The session cookie: `anzhi_session` holds the random token (the database keeps its hash).
// httpOnly, SameSite=Lax, Path=/, and Secure whenever the request came over https (directly, or
// through a proxy setting X-Forwarded-Proto when ANZHI_TRUST_PROXY says there is one), so
// plain-http local runs still work.
import { SESSION_COOKIE } from "@anzhi/domain/auth/sessions";

export { SESSION_COOKIE };

export function readCookie(headers: Headers, name: string): string | null {
  const cookie = headers.get("cookie");
  if (!cookie) return null;
  for (const part of cookie.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

export function readSessionToken(headers: Headers): string | null {
  return readCookie(headers, SESSION_COOKIE);
}

/** Over https: the request URL's scheme, or a trusted proxy's X-Forwarded-Proto (never a client's). */
export function isSecureRequest(request: Request, trustProxy: boolean | number | string): boolean {
  if (trustProxy !== false) {
    const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
    if (forwarded) return forwarded === "https";
  }
  return new URL(request.url).protocol === "https:";
}

/** The session cookie; Max-Age counts from the request's instant `now`. */
export function sessionCookie(token: string, expiresAt: Date, secure: boolean, now: Date): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}; Expires=${expiresAt.toUTCString()}${secure ? "; Secure" : ""}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT${secure ? "; Secure" : ""}`;
}

/** The client address as the server (apps/web/server.ts) stamped it from the socket. */
export function clientIp(headers: Headers): string | null {
  return headers.get("x-anzhi-client-ip") || null;
}
