import { describe, expect, test } from 'vitest';
import { describeFan } from '../../../src/charts/describeFan.ts';
import { formatPoints, formatRate } from '../../../src/charts/formats.ts';
import { linearFan, russellFan } from './fanFixture.ts';

describe('describeFan(title, fan, format, unit)', () => {
  test('says where the median goes, by how much, and where half and 90% of the paths end', () => {
    expect(describeFan('Russell 2000', russellFan, formatPoints)).toBe(
      'Russell 2000: the median rises from 2,591 to 2,872 (+10.8%) over 24 months; ' +
        'half the paths end between 2,400 and 3,400, and 90% between 1,860 and 4,468.',
    );
  });

  test('says "falls" with a true minus sign when the median ends lower', () => {
    const fan = linearFan(12, 100, { p5: 70, p10: 75, p25: 82, p50: 90, mean: 91, p75: 97, p90: 104, p95: 110 });
    expect(describeFan('Index', fan, formatPoints)).toContain('the median falls from 100 to 90 (−10.0%) over 12 months');
  });

  test('tells rates in percentage points, not percent of the start', () => {
    const fan = linearFan(24, 3.63, { p5: 1.5, p10: 2, p25: 2.6, p50: 3.13, mean: 3.1, p75: 3.6, p90: 4.1, p95: 4.5 });
    expect(describeFan('Policy rate', fan, formatRate, 'points')).toBe(
      'Policy rate: the median falls from 3.63% to 3.13% (−0.50 pp) over 24 months; ' +
        'half the paths end between 2.60% and 3.60%, and 90% between 1.50% and 4.50%.',
    );
  });

  test.each([
    ['percent', 100, 100.3],
    ['points', 4, 4.02],
  ] as const)('says the median "holds near" its start for a tiny change (%s)', (unit, start, end) => {
    const fan = linearFan(6, start, { p5: end - 1, p10: end - 1, p25: end, p50: end, mean: end, p75: end, p90: end + 1, p95: end + 1 });
    expect(describeFan('X', fan, (v) => v.toFixed(2), unit)).toContain(`the median holds near ${start.toFixed(2)}`);
  });

  test('uses the singular for a one-month horizon', () => {
    const fan = linearFan(1, 100, { p5: 90, p10: 92, p25: 96, p50: 102, mean: 102, p75: 106, p90: 110, p95: 112 });
    expect(describeFan('X', fan, formatPoints)).toContain('over 1 month;');
  });
});
