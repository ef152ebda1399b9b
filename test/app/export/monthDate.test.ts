import { describe, expect, it } from 'vitest';
import { monthDate } from '../../../src/export/monthDate.ts';

describe('monthDate(snapshotDate, month)', () => {
  it.each([
    ['2025-12-11', 0, '2025-12-11'],
    ['2025-12-11', 1, '2026-01-11'],
    ['2025-12-11', 24, '2027-12-11'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2027-12-31', 2, '2028-02-29'],
    ['2025-03-15', 120, '2035-03-15'],
  ])('%s plus %i months is %s (day clamped to the month end)', (date, month, expected) => {
    expect(monthDate(date, month)).toBe(expected);
  });

  it('throws a RangeError on a date that is not ISO', () => {
    expect(() => monthDate('11/12/2025', 1)).toThrow(RangeError);
  });
});
