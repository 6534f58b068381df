// The error page of the shells (/app, /regulator) and of the site: 403, 404, 400 or 500 in the
// reader's language. A page thrown by `errorPage`/`orThrowResponse` carries a stable code and,
// when the code says more than the status (GRANT_REQUIRED, not just FORBIDDEN), its sentence per
// locale worded on the server (no message catalogue in the browser); any other text a response
// carried is never shown, so no English reaches the Chinese page. Unexpected errors show only the
// generic sentence.
import { Link, isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { MessageKey } from "../i18n/index.ts";
import type { ErrorPageData } from "../lib/trpc.server.ts";

function titleKey(status: number): MessageKey {
  if (status === 404) return "errors.notFound";
  if (status === 403) return "errors.forbidden";
  if (status >= 400 && status < 500) return "errors.badRequest";
  return "errors.generic";
}

function reasonOf(error: unknown, locale: string): string | null {
  if (!isRouteErrorResponse(error) || typeof error.data !== "object" || error.data === null) return null;
  const { reason } = error.data as Partial<ErrorPageData>;
  return (locale === "en" ? reason?.en : reason?.["zh-CN"]) ?? null;
}

export function ErrorPanel({ home, backLabel }: { home: string; backLabel?: string }) {
  const error = useRouteError();
  const { t, i18n } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const title = t(titleKey(status));
  const reason = reasonOf(error, i18n.language);
  return (
    <section className="error-page" role="alert" data-testid="error-page" data-status={status}>
      <h1>{reason ?? title}</h1>
      <p className="muted">
        {reason ? `${title} · ` : ""}
        {t("errors.status", { status })}
      </p>
      <Link to={home}>{backLabel ?? t("errors.back")}</Link>
    </section>
  );
}
