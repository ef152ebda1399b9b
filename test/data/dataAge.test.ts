import { describe, expect, it } from 'vitest';
import { dataAgeText, daysBetween } from '../../src/data/dataAge.ts';
import { todayIso } from '../../src/data/todayIso.ts';

describe('dataAgeText(date, today)', () => {
  it.each([
    ['2025-12-11', '2026-12-02', 'market data as of 2025-12-11 (356 days ago)'],
    ['2025-12-11', '2025-12-11', 'market data as of 2025-12-11 (today)'],
    ['2025-12-11', '2025-12-12', 'market data as of 2025-12-11 (1 day ago)'],
    ['2019-07-31', '2026-12-02', 'market data as of 2019-07-31 (2,681 days ago)'],
    ['2026-12-03', '2026-12-02', 'market data as of 2026-12-03 (dated after today)'],
  ])('says %s is as of … counted to %s', (date, today, text) => {
    expect(dataAgeText(date, today)).toBe(text);
  });

  it('says a history replay’s start is one, with no age in days', () => {
    expect(dataAgeText('2000-12-31', '2026-12-02', true)).toBe('market data as of 2000-12-31: a history replay’s start, not today’s market');
  });
});

describe('daysBetween(from, to)', () => {
  it('counts calendar days across a leap day and a daylight-saving change', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-12-02', '2025-12-11')).toBe(-356);
  });
});

describe('todayIso(now)', () => {
  it("is the injected clock's local calendar date", () => {
    expect(todayIso(new Date(2026, 11, 2, 23, 59))).toBe('2026-12-02');
    expect(todayIso(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
  });
});
