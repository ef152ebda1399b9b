import { describe, expect, it } from 'vitest';
import {
  describeDecision,
  formatDate,
  formatRate,
  formatShortDate,
  formatShortMonth,
  meetingValueText,
} from '../../../src/controls/decisionText.ts';

describe('decisionText', () => {
  it('formatDate reads the ISO date without a time zone', () => {
    expect(formatDate('2026-03-18')).toBe('March 18, 2026');
    expect(formatDate('2027-01-01')).toBe('January 1, 2027');
    expect(formatShortMonth('2026-09-16')).toBe('Sep 2026');
    expect(formatShortDate('2026-09-16')).toBe('Sep 16, 2026');
  });

  it.each([
    [0, 'hold'],
    [-25, 'cut 25 bp'],
    [50, 'hike 50 bp'],
  ])('describeDecision(%i) = %s', (bp, text) => {
    expect(describeDecision(bp)).toBe(text);
  });

  it('formatRate drops trailing zeros', () => {
    expect(formatRate(3.375)).toBe('3.375%');
    expect(formatRate(3.5)).toBe('3.5%');
    expect(formatRate(3.3750000001)).toBe('3.375%');
  });

  it('meetingValueText says the date, the decision and the rate after it', () => {
    expect(meetingValueText({ date: '2026-03-18', month: 4, assumed: false }, -25, 3.375)).toBe(
      'March 18, 2026: cut 25 bp, rate 3.375%',
    );
    expect(meetingValueText({ date: '2027-03-17', month: 16, assumed: true }, 0, 3.125)).toBe(
      'March 17, 2027 (assumed date): hold, rate 3.125%',
    );
  });
});
