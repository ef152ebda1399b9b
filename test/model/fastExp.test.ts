import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { fastExp } from '../../src/model/fastExp.ts';

describe('fastExp', () => {
  it('is within 4 ulp of Math.exp on [−700, 700] and exact at 0', () => {
    const rng = seedrandom('fastExp');
    let worst = 0;
    for (let k = 0; k < 200_000; k++) {
      const x = k % 2 ? (rng() - 0.5) * 1400 : (rng() - 0.5) * 20;
      const exact = Math.exp(x);
      worst = Math.max(worst, Math.abs(fastExp(x) - exact) / exact);
    }
    expect(worst).toBeLessThan(4 * 2 ** -52);
    expect(fastExp(0)).toBe(1);
  });

  it('clamps its argument to [−708, 709], so it never returns 0 or Infinity', () => {
    expect(fastExp(-1e6)).toBe(fastExp(-708));
    expect(fastExp(1e6)).toBe(fastExp(709));
    expect(fastExp(-1e6)).toBeGreaterThan(0);
    expect(Number.isFinite(fastExp(1e6))).toBe(true);
  });
});
