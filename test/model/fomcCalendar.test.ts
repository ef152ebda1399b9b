import { describe, expect, it } from 'vitest';
import { fomcCalendar } from '../../src/model/fomcCalendar.ts';
import { monthDate } from '../../src/model/monthDate.ts';

const MEETINGS_2026 = ['2026-01-28', '2026-03-18', '2026-04-29', '2026-06-17', '2026-07-29', '2026-09-16', '2026-10-28', '2026-12-09'];

describe('monthDate', () => {
  it.each([
    ['2025-12-11', 0, '2025-12-11'],
    ['2025-12-11', 1, '2026-01-11'],
    ['2025-12-11', 13, '2027-01-11'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2007-08-31', 2, '2007-10-31'],
    ['2025-12-11', 120, '2035-12-11'],
  ])('monthDate(%s, %i) is %s', (snapshot, m, expected) => {
    expect(monthDate(snapshot, m)).toBe(expected);
  });
});

describe('fomcCalendar', () => {
  it('lists the eight 2026 meetings as published, effective from the first month-step on or after each', () => {
    const meetings = fomcCalendar('2025-12-11', 13);
    expect(meetings.map((m) => m.date)).toEqual(MEETINGS_2026);
    expect(meetings.every((m) => !m.assumed)).toBe(true);
    // 2026-01-28 falls between month-steps 1 (Jan 11) and 2 (Feb 11).
    expect(meetings.map((m) => m.month)).toEqual([2, 4, 5, 7, 8, 10, 11, 12]);
  });

  it('month is the first m ≥ 1 whose date is on or after the meeting', () => {
    for (const meeting of fomcCalendar('2025-12-11', 120)) {
      expect(monthDate('2025-12-11', meeting.month) >= meeting.date).toBe(true);
      if (meeting.month > 1) expect(monthDate('2025-12-11', meeting.month - 1) < meeting.date).toBe(true);
    }
  });

  it('a meeting on a month-step date takes effect at that step', () => {
    expect(fomcCalendar('2025-12-28', 2)).toEqual([{ date: '2026-01-28', month: 1, assumed: false }]);
  });

  it('later years get eight assumed Wednesday meetings in the 2026 months, within the horizon only', () => {
    const meetings = fomcCalendar('2025-12-11', 120);
    const later = meetings.filter((m) => m.date >= '2027');
    expect(later.every((m) => m.assumed)).toBe(true);
    expect(later.every((m) => new Date(`${m.date}T00:00:00Z`).getUTCDay() === 3)).toBe(true);
    expect(later.filter((m) => m.date.startsWith('2027')).map((m) => m.date)).toEqual([
      '2027-01-27',
      '2027-03-17',
      '2027-04-28',
      '2027-06-16',
      '2027-07-28',
      '2027-09-15',
      '2027-10-27',
      '2027-12-08',
    ]);
    for (let year = 2027; year <= 2035; year++) {
      const months = later.filter((m) => m.date.startsWith(`${year}`)).map((m) => m.date.slice(5, 7));
      expect(months).toEqual(['01', '03', '04', '06', '07', '09', '10', '12'].filter((mm) => `${year}-${mm}` < '2035-12'));
    }
    expect(Math.max(...meetings.map((m) => m.month))).toBeLessThanOrEqual(120);
  });

  it('leaves out meetings on or before the snapshot date and beyond the horizon', () => {
    expect(fomcCalendar('2026-03-18', 6).map((m) => m.date)).toEqual(['2026-04-29', '2026-06-17', '2026-07-29', '2026-09-16']);
    expect(fomcCalendar('2026-03-18', 5).map((m) => m.date)).toEqual(['2026-04-29', '2026-06-17', '2026-07-29']);
    expect(fomcCalendar('2025-12-11', 6).map((m) => m.date)).toEqual(['2026-01-28', '2026-03-18', '2026-04-29']);
  });

  it('uses the published 2025 dates for a 2025 snapshot', () => {
    expect(fomcCalendar('2025-06-01', 7).map((m) => m.date)).toEqual(['2025-06-18', '2025-07-30', '2025-09-17', '2025-10-29', '2025-12-10']);
  });

  it('gives a pre-2025 snapshot (a history replay) one assumed pseudo-meeting per month-step', () => {
    expect(fomcCalendar('2019-07-31', 12)).toEqual(
      Array.from({ length: 12 }, (_, i) => ({ date: monthDate('2019-07-31', i + 1), month: i + 1, assumed: true })),
    );
  });
});
