import { describe, expect, it } from 'vitest';
import { announcedPath } from '../../src/charts/announcedPath.ts';
import { bandPath, linePath, stepPath } from '../../src/charts/fanPaths.ts';
import { fanExtent, unionExtent } from '../../src/charts/fanExtent.ts';
import { monthScale, valueScale } from '../../src/charts/fanScales.ts';
import { nextFocusMonth } from '../../src/charts/focusMonth.ts';
import { monthLabel, monthTick } from '../../src/charts/monthDate.ts';
import { monthDate } from '../../src/model/monthDate.ts';
import { rebaseFan } from '../../src/charts/rebaseFan.ts';
import { probabilityText } from '../../src/charts/probabilityText.ts';
import { QUANTILE_KEYS, type Fan } from '../../src/model/index.ts';

/** A synthetic fan: quantile k at month m is (k + 1) * 10 + m. */
function syntheticFan(months: number): Fan {
  const fan = {} as Fan;
  QUANTILE_KEYS.forEach((key, k) => {
    fan[key] = Float64Array.from({ length: months + 1 }, (_, m) => (k + 1) * 10 + m);
  });
  fan.mean = Float64Array.from(fan.p50);
  return fan;
}

const margins = { top: 10, right: 20, bottom: 30, left: 40 };

describe('chart helpers', () => {
  it('monthScale(months, width) maps month 0 to the left margin and the horizon to the right edge', () => {
    const x = monthScale(24, 500, margins);
    expect(x(0)).toBe(40);
    expect(x(24)).toBe(480);
  });

  it('valueScale(domain) pads, nices and flips the range; log scales stay positive', () => {
    const y = valueScale([10, 80], 200, margins);
    expect(y.domain()[0]).toBeLessThanOrEqual(10);
    expect(y.domain()[1]).toBeGreaterThanOrEqual(80);
    expect(y(y.domain()[0])).toBe(170);
    const log = valueScale([1000, 400_000], 200, margins, true);
    expect(log.domain()[0]).toBeGreaterThan(0);
  });

  it('fanExtent spans p5 to p95 over all months; unionExtent adds extra values', () => {
    const fan = syntheticFan(12);
    expect(fanExtent(fan)).toEqual([10, 82]);
    expect(unionExtent([fanExtent(fan)], [5, 100])).toEqual([5, 100]);
  });

  it('bandPath(lower, upper) closes an area over every month; linePath skips non-finite values', () => {
    const fan = syntheticFan(2);
    const d = bandPath(fan.p5, fan.p95, (m) => m * 10, (v) => v);
    expect(d).toBe('M0,70L10,71L20,72L20,12L10,11L0,10Z');
    expect(linePath([1, Number.NaN, 3], (m) => m, (v) => v)).toBe('M0,1ZM2,3Z');
    expect(stepPath([{ month: 0, value: 3 }, { month: 2, value: 2 }], (m) => m, (v) => v)).toBe('M0,3L2,3L2,2');
  });

  it('rebaseFan makes the start median 100 and scales every quantile alike', () => {
    const fan = rebaseFan(syntheticFan(3));
    expect(fan.p50[0]).toBe(100);
    expect(fan.p95[3]).toBeCloseTo((73 / 40) * 100, 12);
  });

  it('announcedPath puts each decision at the first month on or after its date', () => {
    const path = announcedPath(
      3.625,
      [{ date: '2026-03-18', bp: -25 }, { date: '2026-06-17', bp: -25 }, { date: '2030-01-28', bp: -25 }],
      24,
      (m) => monthDate('2025-12-11', m),
    );
    expect(path).toEqual([
      { month: 0, value: 3.625 },
      { month: 4, value: 3.375 },
      { month: 7, value: 3.125 },
      { month: 24, value: 3.125 },
    ]);
  });

  it('month labels read as dates', () => {
    expect(monthLabel('2025-12-11', 3)).toBe('Mar 2026');
    expect(monthTick('2025-12-11', 0)).toBe('Dec ’25');
  });

  it.each([
    ['ArrowRight', 5, 6],
    ['ArrowLeft', 0, 0],
    ['End', 3, 24],
    ['Home', 3, 0],
    ['PageUp', 20, 24],
    ['a', 3, null],
  ] as const)('nextFocusMonth(%s) from %i is %s', (key, from, to) => {
    expect(nextFocusMonth(key, from, 24)).toBe(to);
  });

  it('probabilityText shows ±1.96 standard errors', () => {
    expect(probabilityText({ value: 0.342, se: 0.0047 })).toBe('34.2% ± 0.9');
  });
});
