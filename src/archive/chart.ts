// Geometry for static SVG bar charts: the pages print rectangles and labels, no script draws anything.

export interface ChartPoint {
  /** What the bar counts, e.g. "July 2023". */
  label: string;
  value: number;
  /** A label on the axis under this bar, e.g. the year under each January. */
  tick?: string;
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  value: number;
}

export interface BarChart {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: Bar[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; value: number }[];
  /** The top of the value axis. */
  max: number;
}

/** The smallest of 1, 2, 5, 10, 20, 50, ... at or above the value. */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function barChart(points: readonly ChartPoint[], { width = 720, height = 200 } = {}): BarChart {
  const plot = { left: 40, top: 10, right: width - 8, bottom: height - 24 };
  let peak = 0;
  for (const p of points) if (p.value > peak) peak = p.value;
  const max = niceMax(peak);
  const slot = points.length ? (plot.right - plot.left) / points.length : 0;
  const barWidth = Math.min(48, Math.max(slot * 0.8, Math.min(1, slot)));
  const scale = (plot.bottom - plot.top) / max;
  const bars = points.map((p, i) => {
    const h = p.value * scale;
    return { x: round(plot.left + i * slot + (slot - barWidth) / 2), y: round(plot.bottom - h), width: round(barWidth), height: round(h), label: p.label, value: p.value };
  });
  const xTicks = points.flatMap((p, i) => (p.tick ? [{ x: round(plot.left + i * slot + slot / 2), label: p.tick }] : []));
  // Whole numbers only: a half-way tick only when the top is even.
  const values = max % 2 === 0 ? [0, max / 2, max] : [0, max];
  const yTicks = values.map((value) => ({ y: round(plot.bottom - value * scale), value }));
  return { width, height, plot, bars, xTicks, yTicks, max };
}

/** One sentence for the chart's description: the span, the total and the highest bar. */
export function describeSeries(points: readonly ChartPoint[], noun: { one: string; many: string }): string {
  if (points.length === 0) return `No ${noun.many}.`;
  let total = 0;
  let top = points[0]!;
  for (const p of points) {
    total += p.value;
    if (p.value > top.value) top = p;
  }
  const count = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? noun.one : noun.many}`;
  const span = points.length === 1 ? points[0]!.label : `${points[0]!.label} to ${points[points.length - 1]!.label}`;
  return `${span}: ${count(total)} in all; the most, ${count(top.value)}, in ${top.label}.`;
}
