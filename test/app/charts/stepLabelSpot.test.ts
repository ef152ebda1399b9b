import { describe, expect, it } from 'vitest';
import { stepLabelSpot } from '../../../src/charts/stepLabelSpot.ts';

const x = (month: number) => month * 10;

describe('stepLabelSpot(points, x, width)', () => {
  it('puts the label over the first flat stretch that holds it, so no step runs through it', () => {
    // Flat 0–3 (30 px), then 3–12 (90 px): an 80 px label only fits the second stretch.
    const points = [
      { month: 0, value: 3.6 },
      { month: 3, value: 3.4 },
      { month: 12, value: 4.1 },
      { month: 24, value: 4.1 },
    ];
    expect(stepLabelSpot(points, x, 80)).toEqual({ x: 34, value: 3.4 });
    expect(stepLabelSpot(points, x, 20)).toEqual({ x: 4, value: 3.6 });
  });

  it('reads points that hold the value (meetings with no move) as one stretch', () => {
    const points = [
      { month: 0, value: 3.6 },
      { month: 2, value: 3.6 },
      { month: 4, value: 3.6 },
      { month: 10, value: 4.1 },
      { month: 24, value: 4.1 },
    ];
    expect(stepLabelSpot(points, x, 80)).toEqual({ x: 4, value: 3.6 });
  });

  it('takes the longest stretch when none holds the label', () => {
    const points = [
      { month: 0, value: 1 },
      { month: 2, value: 2 },
      { month: 7, value: 3 },
      { month: 9, value: 3 },
    ];
    expect(stepLabelSpot(points, x, 200)).toEqual({ x: 24, value: 2 });
  });

  it('reads a single point as the start', () => {
    expect(stepLabelSpot([{ month: 0, value: 5 }], x, 50)).toEqual({ x: 4, value: 5 });
  });
});
