import { describe, expect, it } from 'vitest';
import {
  meetingDecisions,
  normalizeDecisions,
  offCalendarDecisions,
  setMeetingDecision,
} from '../../../src/controls/meetingDecisions.ts';
import { MEETINGS } from './meetings.fixture.ts';

describe('meetingDecisions', () => {
  it('meetingDecisions(meetings, decisions) gives one bp per meeting, 0 where the Fed holds', () => {
    const bars = meetingDecisions(MEETINGS, [
      { date: '2026-03-18', bp: -25 },
      { date: '2026-06-17', bp: -50 },
    ]);
    expect(bars).toEqual([0, -25, 0, -50, 0, 0, 0, 0, 0, 0]);
  });

  it('meetingDecisions adds up several decisions on one date', () => {
    const bars = meetingDecisions(MEETINGS, [
      { date: '2026-01-28', bp: -25 },
      { date: '2026-01-28', bp: -25 },
    ]);
    expect(bars[0]).toBe(-50);
  });

  it('offCalendarDecisions returns the decisions that fall on no meeting', () => {
    const off = { date: '2026-03-03', bp: -50 };
    expect(offCalendarDecisions(MEETINGS, [{ date: '2026-03-18', bp: -25 }, off])).toEqual([off]);
  });

  it('normalizeDecisions drops holds and sorts by date', () => {
    expect(
      normalizeDecisions([
        { date: '2026-06-17', bp: -25 },
        { date: '2026-01-28', bp: 0 },
        { date: '2026-03-18', bp: 25 },
      ]),
    ).toEqual([
      { date: '2026-03-18', bp: 25 },
      { date: '2026-06-17', bp: -25 },
    ]);
  });

  it.each([
    ['adds a decision in date order', '2026-04-29', -25, ['2026-03-18', '2026-04-29', '2026-06-17']],
    ['replaces the decision on that date', '2026-03-18', -50, ['2026-03-18', '2026-06-17']],
    ['removes the decision when bp is 0', '2026-03-18', 0, ['2026-06-17']],
  ])('setMeetingDecision %s', (_title, date, bp, dates) => {
    const before = [
      { date: '2026-03-18', bp: -25 },
      { date: '2026-06-17', bp: -25 },
    ];
    const after = setMeetingDecision(before, date, bp);
    expect(after.map((d) => d.date)).toEqual(dates);
    if (bp !== 0) expect(after.find((d) => d.date === date)?.bp).toBe(bp);
    expect(before).toHaveLength(2); // the input is not mutated
  });
});
