// Error display inside the regulator portal: a revoked or expired grant (403) shows the reason
// the server gave and a way back to the enterprise list, with the portal's navigation kept.
import { Link, isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function RegulatorErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const message = isRouteErrorResponse(error) && typeof error.data === "string" && error.data ? error.data : t("errors.generic");
  return (
    <section className="error-page" role="alert">
      <h1>{message}</h1>
      <Link to="/regulator">{t("regulator.detail.back")}</Link>
    </section>
  );
}
