import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultBranch, defaultScenario } from '../../../src/model/defaultScenario.ts';
import { SCHEMA_VERSION, type Scenario } from '../../../src/model/scenario.ts';
import { validateScenario } from '../../../src/model/validateScenario.ts';
import { decodeScenario } from '../../../src/url/decodeScenario.ts';
import { encodeScenario } from '../../../src/url/encodeScenario.ts';
import { scenarioArb } from './arbitraryScenario.ts';

/** A scenario with most things changed: three branches, decisions, shocks, fat tails. */
export function busyScenario(): Scenario {
  const base = defaultScenario();
  const branch = (name: string, weight: number, cuts: number[]) => {
    const b = defaultBranch();
    b.name = name;
    b.weight = weight;
    b.policy.decisions = cuts.map((bp, i) => ({ date: `2026-0${i + 1}-1${i}`, bp }));
    b.policy.surpriseVol = 1.1;
    b.inflation.shocks = [{ size: 0.8, start: 1, duration: 12 }];
    b.yields.shocks = [{ size: 40, start: 1, permanent: false, halfLife: 18 }];
    b.backdrop = { growthShock: -10, growthRiskPremium: 0.5, riskAppetite: -0.5, inflationRiskPremium: 0.6, recoveryMonths: 24 };
    b.smallCap.vol = 23.5;
    b.largeCap.startPE = 21.7;
    b.bitcoin.drift = 12.5;
    b.shocks = { smallLarge: 0.9, bitcoinLarge: 0.55, bitcoinSmall: 0.52, tailDf: 6.5 };
    return b;
  };
  return {
    ...base,
    seed: 4_000_000_001,
    paths: 100_000,
    months: 60,
    returnMode: 'total',
    branches: [
      branch('Two cuts', 0.6, [-25, -25]),
      branch('Sticky tariff inflation', 0.25, []),
      branch('Hard landing', 0.15, [-50, -50, -50, -25, -25]),
    ],
  };
}

describe('encodeScenario and decodeScenario', () => {
  test('the default scenario encodes as the version and an empty difference', () => {
    expect(encodeScenario(defaultScenario())).toBe(`v${SCHEMA_VERSION}.e30`);
  });

  test('every valid scenario round-trips exactly', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        expect(validateScenario(scenario).ok).toBe(true);
        const encoded = encodeScenario(scenario);
        expect(encoded).toMatch(/^[vz]\d+\.[A-Za-z0-9_-]*$/);
        expect(decodeScenario(encoded)).toEqual({ ok: true, scenario });
      }),
      { numRuns: 300 },
    );
  });

  test('a busy three-branch scenario round-trips in under 4,000 characters', () => {
    const scenario = busyScenario();
    expect(validateScenario(scenario).ok).toBe(true);
    const encoded = encodeScenario(scenario);
    expect(decodeScenario(encoded)).toEqual({ ok: true, scenario });
    // Measured: 2,325 characters. Browsers take URLs of 32 kB and more; GitHub Pages about 8 kB.
    expect(encoded.length).toBeLessThan(4_000);
  });
});
