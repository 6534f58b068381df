// A weekly screening report (每周质量安全排查治理报告) in its print layout, read-only; the read
// is logged. The browser's print turns it into the paper record.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRegulator, regulatorRead } from "../lib/regulator.server.ts";
import { RegulatorErrorBoundary } from "../components/regulator/ErrorBoundary.tsx";
import { dateTime } from "../components/regulator/format.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller } = await requireRegulator(request);
  const report = await regulatorRead(request, caller.regulator.weeklyReport({ organizationId: params.orgId ?? "", reportId: params.reportId ?? "" }));
  return { report, organizationId: params.orgId ?? "" };
}

function Item({ label, value }: { label: string; value: string | number | null | undefined }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value === null || value === undefined || value === "" ? "—" : value}</dd>
    </>
  );
}

export default function WeeklyReportPrint() {
  const { report: r, organizationId } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const stats = r.stats as Record<string, unknown>;
  const stat = (k: string) => (typeof stats[k] === "number" ? (stats[k] as number) : null);
  return (
    <article className="reg-print stack print-sheet">
      <div className="reg-actions">
        <Link to={`/regulator/enterprises/${organizationId}?ledger=weekly`}>← {t("regulator.weekly.back")}</Link>
        <button type="button" onClick={() => window.print()}>
          {t("regulator.weekly.print")}
        </button>
      </div>
      <h1>{t("regulator.weekly.title")}</h1>
      <dl>
        <Item label={t("regulator.weekly.org")} value={r.organizationName} />
        <Item label={t("regulator.weekly.week")} value={r.week} />
        <Item label={t("regulator.weekly.period")} value={`${r.start} — ${r.end}`} />
        <Item label={t("regulator.weekly.screeningDate")} value={r.screeningDate} />
        <Item label={t("regulator.weekly.participants")} value={r.participants.map((p) => p.name).join("、")} />
        <Item label={t("regulator.weekly.expectedDays")} value={stat("expectedDays")} />
        <Item label={t("regulator.weekly.recordedDays")} value={stat("recordedDays")} />
        <Item label={t("regulator.weekly.zeroRiskDays")} value={stat("zeroRiskDays")} />
        <Item label={t("regulator.weekly.hazardsOpened")} value={stat("hazardsOpened")} />
        <Item label={t("regulator.weekly.hazardsClosed")} value={stat("hazardsClosed")} />
        <Item label={t("regulator.weekly.lastWeekFollowUp")} value={r.lastWeekFollowUp} />
        <Item label={t("regulator.weekly.hazardsSummary")} value={r.hazardsSummary} />
        <Item label={t("regulator.weekly.noHazardStatement")} value={r.noHazardStatement} />
        <Item label={t("regulator.weekly.assessment")} value={r.assessment} />
        <Item label={t("regulator.weekly.rating")} value={r.overallRating ? t(`regulator.weekly.ratings.${r.overallRating}`) : null} />
        <Item label={t("regulator.weekly.measures")} value={r.measures} />
        <Item label={t("regulator.weekly.nextWeekFocus")} value={r.nextWeekFocus} />
        <Item label={t("regulator.weekly.hazards")} value={r.hazards.map((h) => `${h.hazardNo} ${h.title}`).join("；")} />
        <Item label={t("regulator.weekly.signedBy")} value={r.signedByName} />
        <Item label={t("regulator.weekly.signedAt")} value={dateTime(r.signedAt, i18n.language)} />
        <Item label={t("regulator.weekly.late")} value={r.late ? "✓" : "—"} />
        <Item label={t("regulator.weekly.revision")} value={r.revision} />
      </dl>
    </article>
  );
}

export { RegulatorErrorBoundary as ErrorBoundary };
