// Dashboard card: licences and CCC certificates that expired, are no longer valid, or expire within
// 30 / 90 days. It loads its own data from /app/certificate-alerts, so the dashboard only renders it.
import { Link, useFetcher } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import "../styles/certificate-alerts.css";
import type { RouterOutputs } from "../lib/api-types.ts";

type Alert = RouterOutputs["certificates"]["alerts"]["alerts"][number];

export function CertificateAlerts() {
  const { t } = useTranslation();
  const fetcher = useFetcher<{ today: string; alerts: Alert[] }>();
  useEffect(() => {
    if (fetcher.state === "idle" && !fetcher.data) fetcher.load("/app/certificate-alerts");
  }, [fetcher]);
  const alerts = fetcher.data?.alerts;
  return (
    <section className="card cert-alerts" aria-labelledby="certificate-alerts-title" data-testid="certificate-alerts">
      <h2 id="certificate-alerts-title">{t("profile.alerts.title")}</h2>
      {!alerts ? (
        <p className="muted" role="status">
          {t("profile.alerts.loading")}
        </p>
      ) : alerts.length === 0 ? (
        <p className="muted">{t("profile.alerts.empty")}</p>
      ) : (
        <ul>
          {alerts.map((a) => (
            <li key={`${a.kind}-${a.id}`}>
              <span>
                <span className={`level level-${a.level}`}>{t(`profile.alerts.levels.${a.level}`)}</span>{" "}
                {t(`profile.alerts.${a.kind}`)} {a.number}
              </span>
              <small className="muted">
                {a.name} · {a.expiryDate} ·{" "}
                {a.daysLeft < 0
                  ? t("profile.alerts.daysAgo", { count: -a.daysLeft })
                  : t("profile.alerts.daysLeft", { count: a.daysLeft })}
              </small>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/app/profile#certificates">{t("profile.alerts.manage")}</Link>
      </p>
    </section>
  );
}
