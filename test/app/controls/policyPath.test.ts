import { describe, expect, it } from 'vitest';
import { firstStepOnOrAfter, policyPath } from '../../../src/controls/policyPath.ts';
import { policySteps, ratesAfterMeetings } from '../../../src/controls/policySteps.ts';
import { stepLine } from '../../../src/controls/stepLine.ts';
import { MEETINGS } from './meetings.fixture.ts';

describe('policyPath', () => {
  it('policyPath(start, steps, months) starts at the start rate and holds to the horizon', () => {
    expect(policyPath(3.625, [], 24)).toEqual([
      { month: 0, rate: 3.625 },
      { month: 24, rate: 3.625 },
    ]);
  });

  it('adds a corner at each month the rate changes, cumulating the decisions', () => {
    expect(policyPath(3.625, [{ month: 4, bp: -25 }, { month: 7, bp: -25 }], 24)).toEqual([
      { month: 0, rate: 3.625 },
      { month: 4, rate: 3.375 },
      { month: 7, rate: 3.125 },
      { month: 24, rate: 3.125 },
    ]);
  });

  it('merges decisions in the same month and ignores those past the horizon', () => {
    expect(policyPath(5, [{ month: 2, bp: -50 }, { month: 2, bp: -25 }, { month: 30, bp: -25 }], 12)).toEqual([
      { month: 0, rate: 5 },
      { month: 2, rate: 4.25 },
      { month: 12, rate: 4.25 },
    ]);
  });

  it('does not add an end point when the last change is at the horizon', () => {
    expect(policyPath(3, [{ month: 6, bp: 25 }], 6)).toEqual([
      { month: 0, rate: 3 },
      { month: 6, rate: 3.25 },
    ]);
  });
});

describe('policySteps and ratesAfterMeetings', () => {
  const monthDate = (m: number) => `2026-${String(m).padStart(2, '0')}-11`;

  it('firstStepOnOrAfter finds the first month step on or after a date', () => {
    expect(firstStepOnOrAfter('2026-03-03', monthDate, 24)).toBe(3);
    expect(firstStepOnOrAfter('2026-03-11', monthDate, 24)).toBe(3);
    expect(firstStepOnOrAfter('2030-01-01', monthDate, 12)).toBeNull();
  });

  it('places meeting decisions at their meeting month and others via monthOf', () => {
    const steps = policySteps(
      MEETINGS,
      [{ date: '2026-03-18', bp: -25 }, { date: '2026-03-03', bp: -50 }, { date: '2031-01-01', bp: 25 }],
      (d) => firstStepOnOrAfter(d, monthDate, 24),
    );
    expect(steps).toEqual([{ month: 4, bp: -25 }, { month: 3, bp: -50 }]);
  });

  it('ratesAfterMeetings counts every decision up to each meeting, on the calendar or not', () => {
    const rates = ratesAfterMeetings(3.625, MEETINGS.slice(0, 3), [
      { date: '2026-03-03', bp: -50 },
      { date: '2026-03-18', bp: -25 },
    ]);
    expect(rates).toEqual([3.625, 2.875, 2.875]);
  });
});

describe('stepLine', () => {
  it('stepLine(points, x, y) draws a step-after path: the rate holds until the next corner', () => {
    const d = stepLine(
      [{ month: 0, rate: 3 }, { month: 2, rate: 2 }, { month: 4, rate: 2 }],
      (m) => m * 10,
      (r) => 100 - r * 10,
    );
    expect(d).toBe('M0,70L20,70L20,80L40,80L40,80');
  });
});
