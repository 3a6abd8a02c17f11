import { describe, expect, test } from 'vitest';
import { barChart, describeSeries, niceMax } from './chart.ts';

test.each([
  [0, 1], [1, 1], [3, 5], [7, 10], [12, 20], [45, 50], [99, 100], [101, 200],
])('the axis for a peak of %i tops out at %i', (peak, top) => {
  expect(niceMax(peak)).toBe(top);
});

describe('bars', () => {
  // A 200 × 100 chart: the plot runs from x 40 to 192 and from y 10 down to 76.
  const chart = barChart([{ label: 'a', value: 1 }, { label: 'b', value: 2, tick: 'B' }], { width: 200, height: 100 });

  test('a bar is as tall as its share of the axis, standing on the baseline', () => {
    const [a, b] = chart.bars;
    expect([a!.y + a!.height, b!.y + b!.height]).toEqual([76, 76]);
    expect([a!.height, b!.height]).toEqual([33, 66]);
  });

  test('bars stand side by side in order, each in its own slot', () => {
    const [a, b] = chart.bars;
    expect(a!.x).toBeLessThan(b!.x);
    expect(a!.x + a!.width).toBeLessThanOrEqual(116);
    expect(b!.x).toBeGreaterThanOrEqual(116);
  });

  test('ticks sit under the bars that ask for them', () => {
    expect(chart.xTicks).toEqual([{ x: 154, label: 'B' }]);
  });

  test('the value axis has whole-number ticks only', () => {
    expect(chart.yTicks.map((t) => t.value)).toEqual([0, 1, 2]);
    expect(barChart([{ label: 'a', value: 1 }]).yTicks.map((t) => t.value)).toEqual([0, 1]);
  });

  test('a zero is a bar of no height', () => {
    expect(barChart([{ label: 'a', value: 0 }]).bars[0]!.height).toBe(0);
  });

  test('360 months still fit the width, at least a pixel wide', () => {
    const many = barChart(Array.from({ length: 360 }, (_, i) => ({ label: String(i), value: i % 7 })));
    const last = many.bars.at(-1)!;
    expect(last.x + last.width).toBeLessThanOrEqual(many.plot.right);
    expect(last.width).toBeGreaterThanOrEqual(1);
  });
});

describe('the description', () => {
  test('gives the span, the total and the highest point', () => {
    const points = [{ label: 'March 2018', value: 1 }, { label: 'April 2018', value: 0 }, { label: 'July 2023', value: 2 }];
    expect(describeSeries(points, { one: 'meeting', many: 'meetings' })).toBe('March 2018 to July 2023: 3 meetings in all; the most, 2 meetings, in July 2023.');
  });

  test('a single point is its own span', () => {
    expect(describeSeries([{ label: '2023', value: 1 }], { one: 'paragraph', many: 'paragraphs' })).toBe('2023: 1 paragraph in all; the most, 1 paragraph, in 2023.');
  });

  test('no points say so', () => {
    expect(describeSeries([], { one: 'meeting', many: 'meetings' })).toBe('No meetings.');
  });
});
