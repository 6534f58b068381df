// The dashboard's trends (dashboard/trends.ts): daily completion per working day, hazards opened
// and closed per week, overdue hazards by days past due. Each chart is drawn once, by ECharts,
// after the page has loaded (the library is a lazy chunk); the same numbers are in a table that
// only screen readers get, and the drawing is hidden from them, so nothing is read or seen twice.
import { Suspense, lazy, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../lib/api-types.ts";
import type { ChartOption } from "./EChart.tsx";

export type DashboardTrends = RouterOutputs["dashboard"]["trends"];

const EChart = lazy(() => import("./EChart.tsx"));

// Marks at ≥ 3:1 against white (WCAG 1.4.11), text at ≥ 4.5:1.
const INK = "#1b1f23";
const MUTED = "#5c6670";
const GREEN = "#198754";
const RED = "#b02a37";
const DARK_GREEN = "#0f5132";
const AGE_COLORS = { d0_7: "#2f6f4f", d8_30: "#9a6700", d31_90: "#b4491b", d90_plus: "#8a1c27" } as const;
const AGES = ["d0_7", "d8_30", "d31_90", "d90_plus"] as const;

const axis = { axisLabel: { color: INK }, axisLine: { lineStyle: { color: MUTED } } };
const grid = { left: 36, right: 8, top: 32, bottom: 24, containLabel: true };

const noSubscription = () => () => {};

function Chart({ option, height }: { option: ChartOption; height: number }) {
  // false on the server and while hydrating, true after: the chart chunk loads only in a browser.
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const placeholder = <div className="dash-echart" style={{ height }} />;
  return (
    <div aria-hidden="true">
      {mounted ? (
        <Suspense fallback={placeholder}>
          <EChart option={option} height={height} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}

function Figure({
  id,
  title,
  option,
  height,
  children,
}: {
  id: string;
  title: string;
  option: ChartOption;
  height: number;
  children: ReactNode;
}) {
  return (
    <figure className="dash-trend" aria-labelledby={`${id}-title`} data-testid={id}>
      <figcaption id={`${id}-title`}>
        <h3>{title}</h3>
      </figcaption>
      <Chart option={option} height={height} />
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          {children}
        </table>
      </div>
    </figure>
  );
}

export function Trends({ trends }: { trends: DashboardTrends }) {
  const { t } = useTranslation();
  const short = (date: string) => date.slice(5);
  const daily = useMemo<ChartOption>(
    () => ({
      grid,
      tooltip: { trigger: "axis", valueFormatter: (v: unknown) => (v === null || v === undefined ? "—" : `${v}%`) },
      xAxis: { type: "category", data: trends.daily.map((d) => short(d.date)), ...axis },
      yAxis: { type: "value", min: 0, max: 100, axisLabel: { color: INK, formatter: "{value}%" } },
      series: [
        {
          name: t("dashTrends.rate"),
          type: "bar",
          data: trends.daily.map((d) => d.rate),
          itemStyle: { color: GREEN },
        },
      ],
    }),
    [trends.daily, t],
  );
  const weeks = useMemo<ChartOption>(
    () => ({
      grid,
      legend: { top: 0, textStyle: { color: INK } },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: trends.hazardWeeks.map((w) => w.week.slice(5)), ...axis },
      yAxis: { type: "value", minInterval: 1, ...axis },
      series: [
        { name: t("dashTrends.opened"), type: "line", data: trends.hazardWeeks.map((w) => w.opened), color: RED },
        {
          name: t("dashTrends.closed"),
          type: "line",
          lineStyle: { type: "dashed" },
          data: trends.hazardWeeks.map((w) => w.closed),
          color: DARK_GREEN,
        },
      ],
    }),
    [trends.hazardWeeks, t],
  );
  const overdue = useMemo<ChartOption>(
    () => ({
      grid,
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: AGES.map((k) => t(`dashCards.ages.${k}`)), ...axis },
      yAxis: { type: "value", minInterval: 1, ...axis },
      series: [
        {
          name: t("dashTrends.count"),
          type: "bar",
          data: AGES.map((k) => ({ value: trends.overdueByAge[k], itemStyle: { color: AGE_COLORS[k] } })),
          label: { show: true, position: "top", color: INK },
        },
      ],
    }),
    [trends.overdueByAge, t],
  );
  return (
    <section className="card dash-trends" aria-labelledby="dash-trends" data-testid="dash-trends">
      <h2 id="dash-trends">{t("dashTrends.title")}</h2>
      <Figure id="trend-daily" title={t("dashTrends.dailyTitle")} option={daily} height={220}>
        <thead>
          <tr>
            <th scope="col">{t("dashTrends.date")}</th>
            <th scope="col">{t("dashTrends.due")}</th>
            <th scope="col">{t("dashTrends.completed")}</th>
            <th scope="col">{t("dashTrends.rate")}</th>
          </tr>
        </thead>
        <tbody>
          {trends.daily.map((d) => (
            <tr key={d.date}>
              <th scope="row">{d.date}</th>
              <td>{d.due}</td>
              <td>{d.completed}</td>
              <td>{d.rate === null ? t("dashTrends.notDue") : t("dashTrends.rateValue", { rate: d.rate })}</td>
            </tr>
          ))}
        </tbody>
      </Figure>
      <Figure id="trend-hazards" title={t("dashTrends.hazardsTitle")} option={weeks} height={220}>
        <thead>
          <tr>
            <th scope="col">{t("dashTrends.week")}</th>
            <th scope="col">{t("dashTrends.opened")}</th>
            <th scope="col">{t("dashTrends.closed")}</th>
          </tr>
        </thead>
        <tbody>
          {trends.hazardWeeks.map((w) => (
            <tr key={w.week}>
              <th scope="row">{w.week}</th>
              <td>{w.opened}</td>
              <td>{w.closed}</td>
            </tr>
          ))}
        </tbody>
      </Figure>
      <Figure id="trend-overdue" title={t("dashTrends.overdueTitle")} option={overdue} height={200}>
        <thead>
          <tr>
            <th scope="col">{t("dashTrends.overdueFor")}</th>
            <th scope="col">{t("dashTrends.count")}</th>
          </tr>
        </thead>
        <tbody>
          {AGES.map((k) => (
            <tr key={k}>
              <th scope="row">{t(`dashCards.ages.${k}`)}</th>
              <td>{trends.overdueByAge[k]}</td>
            </tr>
          ))}
        </tbody>
      </Figure>
    </section>
  );
}
