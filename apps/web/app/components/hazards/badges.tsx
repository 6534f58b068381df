// Severity, status and overdue marks: each carries its text, never colour alone.
import { useTranslation } from "react-i18next";
import type { KeyIn } from "../../i18n/index.ts";

export function SeverityBadge({ severity }: { severity: string }) {
  const { t } = useTranslation();
  return (
    <span className={`hz-badge hz-sev-${severity}`}>
      {t(`hazard.severities.${severity as KeyIn<"hazard.severities">}`)}
    </span>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`hz-badge hz-status-${status}`}>{t(`hazard.statuses.${status as KeyIn<"hazard.statuses">}`)}</span>
  );
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
