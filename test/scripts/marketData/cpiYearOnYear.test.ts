import { describe, expect, it } from 'vitest';
import { cpiYearOnYear } from '../../../scripts/marketData/cpiYearOnYear.ts';

describe('cpiYearOnYear(observations)', () => {
  it('is the latest month over the same month a year earlier, in % rounded to 0.1', () => {
    const observations = [
      { date: '2025-09-01', value: 324.1 },
      { date: '2026-08-01', value: 331.3 },
      { date: '2026-09-01', value: 332.85 },
    ];
    expect(cpiYearOnYear(observations)).toEqual({ date: '2026-09-01', value: 2.7 });
  });

  it('steps back to the latest month that has a year-earlier value when that value is missing', () => {
    const observations = [
      { date: '2025-09-01', value: 324.1 },
      { date: '2025-10-01', value: null },
      { date: '2026-09-01', value: 332.85 },
      { date: '2026-10-01', value: 333.6 },
    ];
    expect(cpiYearOnYear(observations)).toEqual({ date: '2026-09-01', value: 2.7 });
  });

  it('is null when no month has a value twelve months earlier', () => {
    expect(cpiYearOnYear([{ date: '2026-10-01', value: 333.6 }])).toBeNull();
  });
});
