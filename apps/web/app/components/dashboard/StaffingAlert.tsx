// The dashboard's flag for appointments the Orders require and the register lacks (standing.missing),
// with the size class and scope routes they follow from, and links to fix it.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../lib/api-types.ts";

type Standing = RouterOutputs["profile"]["standing"];

export function StaffingAlert({ standing: s }: { standing: Standing }) {
  const { t } = useTranslation();
  const routes = s.routes.filter((r) => r !== "none");
  return (
    <section aria-labelledby="standing-title" data-testid="dashboard-standing">
      <h2 id="standing-title">{t("standing.title")}</h2>
      <p>
        {t(`standing.sizeClasses.${s.sizeClass}`)} ·{" "}
        {routes.length > 0
          ? routes.map((r) => t(`standing.routeNames.${r}`)).join(t("app.listSep"))
          : t("standing.noRoute")}
        {" · "}
        <Link to="/app/standing">{t("standing.nav")}</Link>
      </p>
      {s.missing.length > 0 ? (
        <p className="form-alert" role="alert" data-testid="staffing-missing">
          {t("standing.missing", { roles: s.missing.map((r) => t(`standing.roles.${r}`)).join(t("app.listSep")) })}{" "}
          <Link to="/app/appointments">{t("standing.toAppointments")}</Link>
        </p>
      ) : null}
    </section>
  );
}
