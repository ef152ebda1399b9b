import { describe, expect, it } from 'vitest';
import { stepDigits } from '../../../src/charts/stepDigits.ts';

describe('stepDigits(ticks, unit)', () => {
  it('gives the decimals of a d3 step (1, 2 or 5 × 10ⁿ): none for whole steps, one for 0.5, two for 0.02', () => {
    expect(stepDigits([0, 10, 20])).toBe(0);
    expect(stepDigits([0, 1, 2])).toBe(0);
    expect(stepDigits([-0.5, 0, 0.5])).toBe(1);
    expect(stepDigits([0, 0.02, 0.04])).toBe(2);
  });

  it('counts the step in units: fractions shown as percent', () => {
    expect(stepDigits([0, 0.2, 0.4], 100)).toBe(0);
    expect(stepDigits([0, 0.005, 0.01], 100)).toBe(1);
  });

  it('is 0 for fewer than two ticks', () => {
    expect(stepDigits([])).toBe(0);
    expect(stepDigits([0.5])).toBe(0);
  });
});
