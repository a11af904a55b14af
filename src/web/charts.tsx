/**
 * Small server-side SVG charts for the console (issue 15): a bar chart, a line chart and a funnel. No library and no
 * script: each chart is an <svg role="img"> with a <title> (and <desc> listing the values) so screen readers and
 * printouts read the numbers; it scales to its container (viewBox), so it fits a 390-px phone.
 */
import type { Child } from 'hono/jsx';

export interface Point {
  label: string;
  value: number;
}

const W = 320;
const PAD = { top: 12, right: 8, bottom: 28, left: 28 };
const COLOURS = ['#2f6fb3', '#3a8f5c', '#c07a1c', '#8a4fb0', '#b5453a', '#4a7f8f', '#7a7a7a'];

const describe = (points: readonly Point[]) => points.map((p) => `${p.label}:${p.value}`).join(';');
/** A round axis top at or above `max` (1, 2, 5 × 10ⁿ), so gridlines fall on whole numbers. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * step >= max) return m * step;
  return 10 * step;
}

/** Every n-th label, so that labels do not overlap on a narrow chart. */
const labelEvery = (n: number) => Math.max(1, Math.ceil(n / 8));

function Frame(props: { title: string; points: readonly Point[]; height: number; children: Child }) {
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${props.height}`} role="img" width="100%" preserveAspectRatio="xMidYMid meet">
        <title>{props.title}</title>
        <desc>{describe(props.points) || '暂无数据'}</desc>
        {props.children}
      </svg>
      <figcaption>{props.title}</figcaption>
    </figure>
  );
}

function Axis(props: { max: number; height: number }) {
  const plotH = props.height - PAD.top - PAD.bottom;
  const ticks = [0, props.max / 2, props.max];
  return (
    <g class="axis" font-size="9" fill="#555">
      {ticks.map((t) => {
        const y = PAD.top + plotH - (t / props.max) * plotH;
        return (
          <g>
            <line x1={PAD.left} x2={W - PAD.right} y1={y} y2={y} stroke="#ddd" stroke-width="0.5" />
            <text x={PAD.left - 3} y={y + 3} text-anchor="end">
              {Number.isInteger(t) ? t : t.toFixed(1)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Vertical bars with their values above and labels below. */
export function BarChart(props: { title: string; points: readonly Point[]; height?: number }) {
  const height = props.height ?? 160;
  const n = props.points.length;
  const max = niceMax(Math.max(0, ...props.points.map((p) => p.value)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const slot = n ? plotW / n : plotW;
  const every = labelEvery(n);
  return (
    <Frame title={props.title} points={props.points} height={height}>
      <Axis max={max} height={height} />
      {props.points.map((p, i) => {
        const h = (p.value / max) * plotH;
        const x = PAD.left + i * slot + slot * 0.15;
        const y = PAD.top + plotH - h;
        return (
          <g>
            <rect x={x} y={y} width={slot * 0.7} height={h} fill={COLOURS[0]}>
              <title>{`${p.label}:${p.value}`}</title>
            </rect>
            {p.value > 0 && n <= 16 ? (
              <text x={x + slot * 0.35} y={y - 2} font-size="8" text-anchor="middle" fill="#222">
                {p.value}
              </text>
            ) : null}
            {i % every === 0 ? (
              <text x={x + slot * 0.35} y={height - PAD.bottom + 11} font-size="8" text-anchor="middle" fill="#555">
                {p.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </Frame>
  );
}

/** A line over time with a dot per point; `sparkline` drops the axes for a small inline trend. */
export function LineChart(props: { title: string; points: readonly Point[]; height?: number; sparkline?: boolean }) {
  const height = props.height ?? (props.sparkline ? 40 : 160);
  const pad = props.sparkline ? { top: 4, right: 4, bottom: 4, left: 4 } : PAD;
  const n = props.points.length;
  const max = niceMax(Math.max(0, ...props.points.map((p) => p.value)));
  const plotW = W - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const xy = props.points.map((p, i) => ({
    ...p,
    x: pad.left + (n > 1 ? (i / (n - 1)) * plotW : plotW / 2),
    y: pad.top + plotH - (p.value / max) * plotH,
  }));
  const every = labelEvery(n);
  return (
    <Frame title={props.title} points={props.points} height={height}>
      {props.sparkline ? null : <Axis max={max} height={height} />}
      <polyline
        points={xy.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}
        fill="none"
        stroke={COLOURS[0]}
        stroke-width="1.5"
      />
      {xy.map((p, i) => (
        <g>
          <circle cx={p.x} cy={p.y} r={props.sparkline ? 1.2 : 2} fill={COLOURS[0]}>
            <title>{`${p.label}:${p.value}`}</title>
          </circle>
          {!props.sparkline && i % every === 0 ? (
            <text x={p.x} y={height - PAD.bottom + 11} font-size="8" text-anchor="middle" fill="#555">
              {p.label}
            </text>
          ) : null}
        </g>
      ))}
    </Frame>
  );
}

/** Horizontal bars centred on one axis, widest first stage on top: the lead pipeline by stage. */
export function Funnel(props: { title: string; points: readonly Point[] }) {
  const rowH = 22;
  const height = props.points.length * rowH + 8;
  const max = Math.max(1, ...props.points.map((p) => p.value));
  const labelW = 64;
  const plotW = W - labelW - 8;
  return (
    <Frame title={props.title} points={props.points} height={height}>
      {props.points.map((p, i) => {
        const w = Math.max(p.value > 0 ? 2 : 0, (p.value / max) * plotW);
        const y = 4 + i * rowH;
        const x = labelW + (plotW - w) / 2;
        return (
          <g>
            <text x={labelW - 4} y={y + rowH / 2 + 3} font-size="10" text-anchor="end" fill="#222">
              {p.label}
            </text>
            <rect x={x} y={y + 2} width={w} height={rowH - 4} fill={COLOURS[i % COLOURS.length]} rx="2">
              <title>{`${p.label}:${p.value}`}</title>
            </rect>
            <text
              x={labelW + plotW / 2}
              y={y + rowH / 2 + 3}
              font-size="10"
              text-anchor="middle"
              fill={p.value > max / 3 ? '#fff' : '#222'}
            >
              {p.value}
            </text>
          </g>
        );
      })}
    </Frame>
  );
}

/** A plain progress bar with "x / target" beside it (a <progress>, which every browser and reader knows). */
export function Progress(props: { value: number; max: number; label: string }) {
  const pct = props.max > 0 ? Math.min(100, Math.round((props.value / props.max) * 100)) : 0;
  return (
    <span class="progress">
      <progress value={Math.min(props.value, props.max)} max={props.max} aria-label={props.label}>
        {pct}%
      </progress>
      <span class="progress-text">
        {props.value} / {props.max}({pct}%)
      </span>
    </span>
  );
}
