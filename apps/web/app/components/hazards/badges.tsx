// Severity, status and overdue marks: each carries its text, never colour alone.
import { useTranslation } from "react-i18next";

export function SeverityBadge({ severity }: { severity: string }) {
  const { t } = useTranslation();
  return <span className={`hz-badge hz-sev-${severity}`}>{t(`hazard.severities.${severity}`)}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`hz-badge hz-status-${status}`}>{t(`hazard.statuses.${status}`)}</span>;
}

export function OverdueBadge({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation();
  if (!overdue) return null;
  return (
    <span className="hz-badge hz-overdue" data-testid="overdue-badge">
      <span aria-hidden="true">⚠ </span>
      {t("hazard.overdue")}
    </span>
  );
}
