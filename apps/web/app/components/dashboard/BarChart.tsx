// A horizontal bar chart drawn with visx as plain SVG: it renders on the server at a fixed size
// (scaled down by CSS on narrow screens) and needs no JavaScript. The chart is an image with a
// text summary; the numbers are also in the table next to it.
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  color: string;
}

const WIDTH = 320;
const ROW = 34;
const LABEL = 92;
const PAD = 8;

export function BarChart({
  data,
  title,
  summary,
  valueLabel,
  testId,
}: {
  data: BarDatum[];
  title: string;
  summary: string;
  valueLabel: string;
  testId?: string;
}) {
  const height = data.length * ROW + PAD * 2;
  const max = Math.max(1, ...data.map((d) => d.value));
  const x = scaleLinear<number>({ domain: [0, max], range: [0, WIDTH - LABEL - 40] });
  const y = scaleBand<string>({ domain: data.map((d) => d.key), range: [PAD, height - PAD], padding: 0.25 });
  const titleId = `${testId ?? title}-title`;
  return (
    <figure className="dash-chart" data-testid={testId}>
      <svg width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`${title}: ${summary}`}</title>
        <Group>
          {data.map((d) => {
            const top = y(d.key) ?? 0;
            const w = x(d.value);
            return (
              <g key={d.key}>
                <text x={0} y={top + y.bandwidth() / 2} dominantBaseline="middle" fontSize={13} fill="#1b1f23">
                  {d.label}
                </text>
                <Bar
                  x={LABEL}
                  y={top}
                  width={Math.max(w, d.value > 0 ? 3 : 0)}
                  height={y.bandwidth()}
                  fill={d.color}
                  rx={3}
                />
                <text
                  x={LABEL + w + 6}
                  y={top + y.bandwidth() / 2}
                  dominantBaseline="middle"
                  fontSize={13}
                  fontWeight={700}
                  fill="#1b1f23"
                >
                  {d.value}
                </text>
              </g>
            );
          })}
        </Group>
      </svg>
      <figcaption>
        <table className="data">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col">{valueLabel}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.key}>
                <th scope="row">{d.label}</th>
                <td>{d.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
