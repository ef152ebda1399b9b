import { describe, expect, it } from 'vitest';
import { quickActionReading } from '../../../src/controls/quickActionReading.ts';
import { cutSchedule } from '../../../src/controls/cutSchedule.ts';
import { fomcCalendar } from '../../../src/model/fomcCalendar.ts';

const meetings = fomcCalendar('2025-12-11', 24);

describe('quickActionReading(meetings, decisions, startRate)', () => {
  it('reads back what "Set N cuts" made, at each pace and start', () => {
    for (const pace of ['every', 'everyOther', 'quarterly'] as const) {
      for (const [cuts, from] of [[1, 0], [3, 2], [4, 1]] as const) {
        const reading = quickActionReading(meetings, cutSchedule(meetings, cuts, pace, from), 3.625, pace);
        expect(reading.cuts).toBe(cuts);
        expect(reading.terminal).toBeCloseTo(3.625 - cuts * 0.25, 10);
        if (pace !== 'quarterly') expect(reading).toMatchObject({ pace, from });
      }
    }
  });

  it('names the pace the moves follow when the preferred one does not fit', () => {
    expect(quickActionReading(meetings, cutSchedule(meetings, 3, 'everyOther', 0), 3.625, 'every').pace).toBe('everyOther');
  });

  it('follows an edit: a path of two cuts and a hike reads one cut, no quick pace, and its end rate', () => {
    const decisions = [
      { date: meetings[1]!.date, bp: -25 },
      { date: meetings[4]!.date, bp: -25 },
      { date: meetings[5]!.date, bp: 25 },
    ];
    expect(quickActionReading(meetings, decisions, 3.625)).toEqual({ cuts: 1, pace: null, from: 1, terminal: 3.375 });
  });

  it('reads a hold as no cuts at the start rate', () => {
    expect(quickActionReading(meetings, [], 3.625)).toEqual({ cuts: 0, pace: null, from: 0, terminal: 3.625 });
  });
});
