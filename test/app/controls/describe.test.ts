import { describe, expect, it } from 'vitest';
import { describePolicyPath } from '../../../src/controls/describePolicyPath.ts';
import { describeSchedule } from '../../../src/controls/describeSchedule.ts';

describe('describePolicyPath', () => {
  it('names the start, each change with its month, and the end', () => {
    expect(
      describePolicyPath([
        { month: 0, rate: 3.625 },
        { month: 4, rate: 3.375 },
        { month: 7, rate: 3.125 },
        { month: 24, rate: 3.125 },
      ]),
    ).toBe('Announced policy rate 3.625% at the start; 3.375% from month 4; 3.125% from month 7; 3.125% at month 24.');
  });

  it('says the rate is held when nothing changes', () => {
    expect(describePolicyPath([{ month: 0, rate: 4 }, { month: 12, rate: 4 }])).toBe(
      'Announced policy rate 4% at the start; held through month 12.',
    );
  });
});

describe('describeSchedule', () => {
  it('sums the moves and gives the rate after the last one', () => {
    expect(
      describeSchedule(
        [
          { date: '2026-01-28', bp: -25 },
          { date: '2026-04-29', bp: -25 },
          { date: '2026-07-29', bp: -25 },
        ],
        3.625,
      ),
    ).toBe('3 moves, cut 75 bp in all: 2.875% after July 29, 2026.');
  });

  it('says the Fed holds when there are no decisions', () => {
    expect(describeSchedule([], 3.625)).toBe('The Fed holds at 3.625%.');
  });
});
