import { describe, expect, it } from 'vitest';
import { cutSchedule } from '../../../src/controls/cutSchedule.ts';
import { paceMeetings } from '../../../src/controls/pace.ts';
import { solveTerminalRate } from '../../../src/controls/terminalRate.ts';
import { MEETINGS } from './meetings.fixture.ts';

const dates = (ds: { date: string }[]) => ds.map((d) => d.date);

describe('paceMeetings', () => {
  it.each([
    ['every', 0, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
    ['everyOther', 0, [0, 2, 4, 6, 8]],
    ['everyOther', 1, [1, 3, 5, 7, 9]],
    ['quarterly', 0, [1, 3, 5, 7, 9]],
    ['quarterly', 4, [5, 7, 9]],
  ] as const)('paceMeetings(meetings, %s, from %i) picks meetings %j', (pace, from, expected) => {
    expect(paceMeetings(MEETINGS, pace, from)).toEqual(expected);
  });
});

describe('cutSchedule', () => {
  it('cutSchedule(meetings, 3, every) cuts 25 bp at the next three meetings', () => {
    expect(cutSchedule(MEETINGS, 3, 'every')).toEqual([
      { date: '2026-01-28', bp: -25 },
      { date: '2026-03-18', bp: -25 },
      { date: '2026-04-29', bp: -25 },
    ]);
  });

  it('cutSchedule(meetings, 2, quarterly) cuts at the March and June projection meetings', () => {
    expect(dates(cutSchedule(MEETINGS, 2, 'quarterly'))).toEqual(['2026-03-18', '2026-06-17']);
  });

  it('cutSchedule(meetings, 0, …) holds everywhere', () => {
    expect(cutSchedule(MEETINGS, 0, 'every')).toEqual([]);
  });

  it('cutSchedule stops at the horizon when there are fewer meetings than cuts', () => {
    expect(cutSchedule(MEETINGS, 8, 'everyOther')).toHaveLength(5);
  });
});

describe('solveTerminalRate', () => {
  it('reaches a lower terminal rate with one 25 bp cut per meeting', () => {
    const s = solveTerminalRate(MEETINGS, 3.625, 3.125, 'every');
    expect(s.decisions).toEqual([
      { date: '2026-01-28', bp: -25 },
      { date: '2026-03-18', bp: -25 },
    ]);
    expect(s).toMatchObject({ rate: 3.125, reached: true });
  });

  it('reaches a higher terminal rate with hikes at the chosen pace', () => {
    const s = solveTerminalRate(MEETINGS, 3.625, 4.125, 'quarterly');
    expect(s.decisions).toEqual([
      { date: '2026-03-18', bp: 25 },
      { date: '2026-06-17', bp: 25 },
    ]);
    expect(s.reached).toBe(true);
  });

  it.each([
    [3.0, 2.875],
    [3.1, 3.125],
    [4.0, 4.125],
    [3.5, 3.375],
  ])('rounds terminal %d to the 25 bp grid from the start, a half step away from it (%d)', (terminal, rate) => {
    expect(solveTerminalRate(MEETINGS, 3.625, terminal, 'every').rate).toBe(rate);
  });

  it('uses larger, front-loaded moves when the meetings are too few', () => {
    const s = solveTerminalRate(MEETINGS.slice(0, 2), 3.625, 2.375, 'every');
    expect(s.decisions.map((d) => d.bp)).toEqual([-75, -50]);
    expect(s).toMatchObject({ rate: 2.375, reached: true });
  });

  it('stops at 100 bp per meeting and says the target was not reached', () => {
    const s = solveTerminalRate(MEETINGS.slice(0, 1), 3.625, 1.625, 'every');
    expect(s.decisions).toEqual([{ date: '2026-01-28', bp: -100 }]);
    expect(s).toMatchObject({ rate: 2.625, reached: false });
  });

  it('returns no decisions when the terminal rate is the start rate', () => {
    expect(solveTerminalRate(MEETINGS, 3.625, 3.625, 'every')).toEqual({ decisions: [], rate: 3.625, reached: true });
  });
});
