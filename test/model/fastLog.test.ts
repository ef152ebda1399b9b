import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { fastLog } from '../../src/model/fastLog.ts';

describe('fastLog', () => {
  it('is within 4 ulp of Math.log over the financing factors and far beyond', () => {
    const rng = seedrandom('fastLog');
    let worst = 0;
    for (let k = 0; k < 200_000; k++) {
      const x = k % 2 ? 0.05 + rng() * 1.2 : Math.exp((rng() - 0.5) * 200);
      const exact = Math.log(x);
      const ulp = 2 ** (Math.floor(Math.log2(Math.abs(exact))) - 52);
      worst = Math.max(worst, Math.abs(fastLog(x) - exact) / ulp);
    }
    expect(worst).toBeLessThanOrEqual(4);
  });

  it('is exact at 1 and at the powers of 2 it scales by', () => {
    expect(fastLog(1)).toBe(0);
    expect(fastLog(8)).toBe(Math.log(8));
    expect(fastLog(0.125)).toBe(Math.log(0.125));
  });

  it('returns on 0 and Infinity instead of scaling forever', () => {
    expect(fastLog(0)).toBeLessThan(-740);
    expect(typeof fastLog(Infinity)).toBe('number');
  });
});
