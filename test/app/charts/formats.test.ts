import { describe, expect, it } from 'vitest';
import { compactMagnitude } from '../../../src/charts/compactNumber.ts';
import {
  formatIndex,
  formatIndexTick,
  formatRateTick,
  formatPoints,
  formatRate,
  formatUsd,
  percent,
  signedPercent,
} from '../../../src/charts/formats.ts';
import { boundFor } from '../../../src/model/boundFor.ts';
import { defaultScenario } from '../../../src/model/defaultScenario.ts';
import { simulate } from '../../../src/model/simulate.ts';
import { ASSETS, SERIES, type Summary } from '../../../src/model/summary.ts';
import { validateScenario } from '../../../src/model/validateScenario.ts';
import { numericLeaves } from '../../model/numericLeaves.ts';

/** Readable: no e-notation, no run of more than 7 digits, and short enough for an end label. */
function expectReadable(text: string, maxLength = 12): void {
  expect(text, text).not.toMatch(/e[+-]?\d/i);
  expect(text, text).not.toMatch(/\d{8}/);
  expect(text, text).not.toMatch(/NaN|undefined|Infinity/);
  expect(text.length, text).toBeLessThanOrEqual(maxLength);
}

describe('compactMagnitude(value, plainBelow)', () => {
  it.each([
    [0, '0'],
    [9_999, '9,999'],
    [10_000, '10k'],
    [93_042, '93k'],
    [123_456, '123k'],
    [999_950, '1M'],
    [1_234_567, '1.23M'],
    [4.56e9, '4.56B'],
    [7.8e12, '7.8T'],
    [1e15, '1.0×10¹⁵'],
    [2.0000000000000003e25, '2.0×10²⁵'],
    [9.96e30, '1.0×10³¹'],
    [1.7e104, '1.7×10¹⁰⁴'],
    [Number.MAX_VALUE, '1.8×10³⁰⁸'],
    [Infinity, '∞'],
    [NaN, '–'],
  ])('%s reads %s', (value, text) => {
    expect(compactMagnitude(value)).toBe(text);
  });
});

describe('the value formats', () => {
  it.each([
    [formatPoints, 2590.4, '2,590'],
    [formatPoints, 999_999, '999,999'],
    [formatPoints, 1.2e13, '12T'],
    [formatPoints, 1e22, '1.0×10²²'],
    [formatUsd, 9_300, '$9,300'],
    [formatUsd, 93_000, '$93k'],
    [formatUsd, 365_000, '$365k'],
    [formatUsd, 1e16, '$1.0×10¹⁶'],
    [formatRate, 3.625, '3.63%'],
    [formatRate, -0.5, '−0.50%'],
    [formatRateTick, 5, '5%'],
    [formatRateTick, 4.5, '4.5%'],
    [formatRateTick, 3.25, '3.25%'],
    [formatRateTick, -0.5, '−0.5%'],
    [formatRateTick, 0, '0%'],
    [formatIndex, 104.23, '104.2'],
    [formatIndex, 123_456, '123k'],
    [formatIndexTick, 200, '200'],
    [formatIndexTick, 102.5, '102.5'],
  ])('%o(%s) reads %s', (format, value, text) => {
    expect(format(value)).toBe(text);
  });

  it.each([
    [0.127, '+12.7%'],
    [-0.091, '−9.1%'],
    [0.00001, '0.0%'],
    [2.0000000000000003e25, '+2.0×10²⁷%'],
    [1.7008877635675864e104, '+1.7×10¹⁰⁶%'],
    [123.4, '+12.3k%'],
  ])('signedPercent(%s) reads %s', (fraction, text) => {
    expect(signedPercent(fraction)).toBe(text);
  });

  it('percent keeps a true minus sign and no sign for zero', () => {
    expect(percent(-0.123)).toBe('−12.3%');
    expect(percent(-0.00001)).toBe('0.0%');
    expect(percent(5e30)).toBe('5.0×10³²%');
  });

  it('every format stays readable from 10⁻³⁰⁰ to 10³⁰⁸, either sign', () => {
    for (let exponent = -300; exponent <= 308; exponent += 1) {
      for (const value of [10 ** exponent, -(10 ** exponent), 3.7 * 10 ** Math.min(exponent, 307)]) {
        for (const format of [formatPoints, formatUsd, formatIndex, formatIndexTick]) expectReadable(format(value));
        expectReadable(signedPercent(value), 13);
        expectReadable(percent(value), 13);
      }
    }
  });
});


/** Every text the charts print for a summary's numbers: end labels, risk table, attribution bars. */
function printedTexts(summary: Summary): string[] {
  const texts: string[] = [];
  const level = { smallCap: formatPoints, largeCap: formatPoints, bitcoin: formatUsd, relative: formatIndex } as const;
  for (const series of SERIES) {
    const fan = summary.fans[series];
    const format = series in level ? level[series as keyof typeof level] : formatRate;
    for (const key of ['p5', 'p50', 'p95', 'mean'] as const) texts.push(format(fan[key][summary.months]));
  }
  for (const asset of ASSETS) {
    const risk = summary.risk[asset];
    texts.push(signedPercent(risk.medianAnnualized), signedPercent(risk.meanAnnualized), percent(risk.var95), percent(risk.cvar95));
    for (const value of Object.values(summary.attribution[asset].channels)) texts.push(signedPercent(Math.expm1(value ?? 0)));
    texts.push(signedPercent(Math.expm1(summary.attribution[asset].total)));
  }
  return texts;
}

// Left at their defaults: the run's size, the seed, the policy path and the mixture (checked elsewhere).
const SKIPPED = /^(version|seed|paths|branches\[0\]\.(weight|policy\.decisions))/;

describe('the formats at the bounds of every field', () => {
  it('each field at its minimum and at its maximum, and all of them at the extremes, print readable labels', () => {
    const base = defaultScenario();
    base.paths = 100;
    base.branches[0]!.inflation.shocks = [{ size: 0, start: 1, duration: 12 }];
    base.branches[0]!.yields.shocks = [{ size: 0, start: 1, permanent: false, halfLife: 12 }];
    const scenarios = [];
    for (const [index, leaf] of numericLeaves(base).entries()) {
      if (SKIPPED.test(leaf.path)) continue;
      const bound = boundFor(leaf.path);
      if (!bound) continue;
      for (const end of [bound.min, bound.max]) {
        const scenario = structuredClone(base);
        const target = numericLeaves(scenario)[index]!;
        target.parent[target.key] = end;
        scenarios.push({ name: `${leaf.path} = ${end}`, scenario });
      }
    }
    // The corner that prints the largest numbers: every growth, vol and horizon at its maximum.
    const wild = structuredClone(base);
    for (const leaf of numericLeaves(wild)) {
      const bound = boundFor(leaf.path);
      if (bound && !SKIPPED.test(leaf.path) && /(vol|Vol|earningsGrowth|months|drift|jump)/.test(leaf.path)) leaf.parent[leaf.key] = bound.max;
    }
    scenarios.push({ name: 'wild', scenario: wild });
    expect(scenarios.length).toBeGreaterThan(40);
    // Only errors a corner adds count (the base may trail the validator while the model moves on).
    const errorPaths = (scenario: unknown) => {
      const checked = validateScenario(scenario);
      return checked.ok ? [] : checked.errors.map((error) => error.path);
    };
    const baseErrors = new Set(errorPaths(base));
    let simulated = 0;
    for (const { name, scenario } of scenarios) {
      if (errorPaths(scenario).some((path) => !baseErrors.has(path))) continue; // refused: never reaches a chart
      simulated += 1;
      for (const text of printedTexts(simulate(scenario))) {
        expect(text, name).not.toMatch(/e[+-]?\d|NaN|undefined|Infinity|\d{8}/i);
        expect(text.length, `${name}: ${text}`).toBeLessThanOrEqual(13);
      }
    }
    expect(simulated).toBeGreaterThan(scenarios.length * 0.8);
  }, 120_000);
});
