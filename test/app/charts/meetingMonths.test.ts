import { describe, expect, it } from 'vitest';
import { meetingMonths } from '../../../src/charts/meetingMonths.ts';

describe('meetingMonths(snapshotDate, months)', () => {
  it('marks the eight FOMC meetings a year from a 2025 snapshot, not every month', () => {
    const months = meetingMonths('2025-12-11', 24);
    expect(months.length).toBeGreaterThanOrEqual(15);
    expect(months.length).toBeLessThan(24);
  });

  it('marks no meetings for a history replay, whose calendar is one pseudo-meeting per month', () => {
    expect(meetingMonths('1995-01-31', 24)).toEqual([]);
    expect(meetingMonths('2001-01-31', 12)).toEqual([]);
  });
});
