// One granted enterprise with its risk indicators; an indicator whose ledger is not granted reads
// "not granted". Values that call for attention are marked (colour plus the number itself).
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../lib/api-types.ts";

/** A granted enterprise with its indicators, as the portal lists it. */
export type EnterpriseSummary = RouterOutputs["regulator"]["enterprises"]["enterprises"][number];

function Row({ label, value, bad, testId }: { label: string; value: string | null; bad: boolean; testId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId} className={value === null ? "reg-na" : bad ? "reg-bad" : undefined}>
        {value ?? t("regulator.ind.notGranted")}
      </dd>
    </>
  );
}

const num = (v: number | null) => (v === null ? null : String(v));

export function EnterpriseCard({ enterprise }: { enterprise: EnterpriseSummary }) {
  const { t } = useTranslation();
  const i = enterprise.indicators;
  const hz = i.openHazards;
  const certs = i.certificatesExpired === null ? null : `${i.certificatesExpired} / ${i.certificatesExpiring ?? 0}`;
  const sampling =
    i.failedSamplings2y === null
      ? null
      : i.samplingTrigger
        ? `${i.failedSamplings2y} · ${t("regulator.ind.samplingTrigger")}`
        : String(i.failedSamplings2y);
  return (
    <article className="reg-card" aria-labelledby={`ent-${enterprise.id}`}>
      <h2 id={`ent-${enterprise.id}`}>{enterprise.name}</h2>
      <p className="muted">{enterprise.uscc}</p>
      <dl className="reg-ind">
        <Row
          testId="ind-daily"
          label={t("regulator.ind.dailyCompletion")}
          value={i.daily === null ? null : i.daily.rate === null ? t("regulator.ind.noneDue") : `${i.daily.rate}%`}
          bad={(i.daily?.rate ?? 100) < 90}
        />
        <Row
          testId="ind-daily-counts"
          label={t("regulator.ind.dailyCountsLabel")}
          value={
            i.daily === null
              ? null
              : t("regulator.ind.dailyCounts", { due: i.daily.due, missed: i.daily.missed, late: i.daily.late })
          }
          bad={(i.daily?.missed ?? 0) > 0}
        />
        <Row
          testId="ind-weekly"
          label={t("regulator.ind.weeklyMissing")}
          value={num(i.weeklyMissing)}
          bad={(i.weeklyMissing ?? 0) > 0}
        />
        <Row
          testId="ind-monthly"
          label={t("regulator.ind.monthlyMissing")}
          value={num(i.monthlyMissing)}
          bad={(i.monthlyMissing ?? 0) > 0}
        />
        <Row
          testId="ind-open"
          label={t("regulator.ind.openHazards")}
          value={hz ? `${hz.general} / ${hz.significant} / ${hz.major}` : null}
          bad={(hz?.major ?? 0) > 0}
        />
        <Row
          testId="ind-overdue"
          label={t("regulator.ind.overdueHazards")}
          value={num(i.overdueHazards)}
          bad={(i.overdueHazards ?? 0) > 0}
        />
        <Row
          testId="ind-major"
          label={t("regulator.ind.majorHazards")}
          value={num(i.majorHazards)}
          bad={(i.majorHazards ?? 0) > 0}
        />
        <Row
          testId="ind-certs"
          label={t("regulator.ind.certificates")}
          value={certs}
          bad={(i.certificatesExpired ?? 0) + (i.certificatesExpiring ?? 0) > 0}
        />
        <Row
          testId="ind-sampling"
          label={t("regulator.ind.failedSamplings")}
          value={sampling}
          bad={i.samplingTrigger === true}
        />
        <Row
          testId="ind-reports"
          label={t("regulator.ind.majorReports")}
          value={String(i.majorReportsOpen)}
          bad={i.majorReportsOpen > 0}
        />
      </dl>
      <Link className="button" to={`/regulator/enterprises/${enterprise.id}`}>
        {t("regulator.list.open")}
      </Link>
    </article>
  );
}
