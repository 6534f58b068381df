// A thin React wrapper over ECharts with only the parts the dashboard draws (bar and line charts,
// grid, tooltip, legend, SVG renderer), imported from echarts/core so the rest is tree-shaken.
// Loaded lazily by Trends.tsx: it is never part of a route's initial JavaScript.
import { useEffect, useRef } from "react";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export default function EChart({ option, height }: { option: ChartOption; height: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: "svg" });
    chart.setOption(option);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} className="dash-echart" style={{ height }} />;
}
