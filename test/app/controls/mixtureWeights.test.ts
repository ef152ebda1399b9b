import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultBranch, defaultScenario, validateScenario, type Branch } from '../../../src/model/index.ts';
import { MAX_BRANCHES, cleanBranchName, withBranchAdded, withBranchRemoved } from '../../../src/controls/mixtureBranches.ts';
import { normalizeWeights } from '../../../src/controls/normalizeWeights.ts';
import { rebalanceWeights } from '../../../src/controls/rebalanceWeights.ts';
import { weightPercents } from '../../../src/controls/weightPercents.ts';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const weightsArb = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: MAX_BRANCHES });

function branches(weights: readonly number[]): Branch[] {
  return weights.map((weight, i) => ({ ...defaultBranch(), name: `B${i}`, weight }));
}

/** A scenario with these branches passes the validator (weights within 1e-6 of 1). */
function validates(list: Branch[]): boolean {
  return validateScenario({ ...defaultScenario(), branches: list }).ok;
}

describe('rebalanceWeights(weights, index, value)', () => {
  it.each([
    { weights: [0.5, 0.5], index: 0, value: 0.7, expected: [0.7, 0.3] },
    { weights: [0.6, 0.25, 0.15], index: 0, value: 0.2, expected: [0.2, 0.5, 0.3] },
    { weights: [1, 0, 0], index: 0, value: 0.4, expected: [0.4, 0.3, 0.3] },
    { weights: [0.5, 0.5], index: 1, value: 1.5, expected: [0, 1] },
    { weights: [1], index: 0, value: 0.3, expected: [1] },
  ])('sets $weights[$index] to $value and rescales the others in proportion → $expected', ({ weights, index, value, expected }) => {
    const next = rebalanceWeights(weights, index, value);
    next.forEach((w, i) => expect(w).toBeCloseTo(expected[i], 12));
  });

  it('always sums to 1 within 1e-12, keeps the typed weight and the others in proportion, and validates', () => {
    fc.assert(
      fc.property(weightsArb, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (raw, at, value) => {
        const weights = normalizeWeights(raw);
        const index = at % weights.length;
        const next = rebalanceWeights(weights, index, value);
        expect(Math.abs(sum(next) - 1)).toBeLessThan(1e-12);
        expect(next.every((w) => w >= 0 && w <= 1)).toBe(true);
        if (weights.length > 1) expect(next[index]).toBeCloseTo(value, 12);
        expect(validates(branches(next))).toBe(true);
      }),
      { numRuns: 300, seed: 4242 },
    );
  });
});

describe('normalizeWeights(weights)', () => {
  it('scales to a sum of exactly 1 (to 1e-12), and gives equal shares for all-zero or bad input', () => {
    expect(normalizeWeights([2, 1, 1])).toEqual([0.5, 0.25, 0.25]);
    expect(normalizeWeights([0, 0])).toEqual([0.5, 0.5]);
    expect(normalizeWeights([Number.NaN, 1])).toEqual([0, 1]);
    fc.assert(
      fc.property(weightsArb, (raw) => {
        expect(Math.abs(sum(normalizeWeights(raw)) - 1)).toBeLessThan(1e-12);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('weightPercents(weights, digits)', () => {
  it.each([
    { weights: [1 / 3, 1 / 3, 1 / 3], digits: 0, expected: [34, 33, 33] },
    { weights: [1 / 3, 1 / 3, 1 / 3], digits: 1, expected: [33.4, 33.3, 33.3] },
    { weights: [0.6, 0.25, 0.15], digits: 1, expected: [60, 25, 15] },
    { weights: [0.0004, 0.9996], digits: 1, expected: [0, 100] },
  ])('rounds $weights to $expected, adding up to exactly 100', ({ weights, digits, expected }) => {
    expect(weightPercents(weights, digits)).toEqual(expected);
  });

  it('always adds up to 100 at one decimal', () => {
    fc.assert(
      fc.property(weightsArb, (raw) => {
        const total = sum(weightPercents(normalizeWeights(raw), 1).map((p) => Math.round(p * 10)));
        expect(total).toBe(1000);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('withBranchAdded / withBranchRemoved', () => {
  it('adds a branch at an equal share, keeping the others in proportion, up to 8 branches', () => {
    const added = withBranchAdded(branches([0.6, 0.4]), { ...defaultBranch(), name: 'New' });
    expect(added.map((b) => b.name)).toEqual(['B0', 'B1', 'New']);
    expect(added[0].weight).toBeCloseTo(0.4, 12);
    expect(added[1].weight).toBeCloseTo(0.4 * (2 / 3), 12);
    expect(added[2].weight).toBeCloseTo(1 / 3, 12);
    expect(validates(added)).toBe(true);
    let list = branches([1]);
    for (let i = 0; i < 10; i++) list = withBranchAdded(list, { ...defaultBranch(), name: `N${i}` });
    expect(list).toHaveLength(MAX_BRANCHES);
    expect(validates(list)).toBe(true);
  });

  it('removes a branch and rescales the rest to 1; a lone branch stays', () => {
    const removed = withBranchRemoved(branches([0.6, 0.25, 0.15]), 0);
    expect(removed.map((b) => b.name)).toEqual(['B1', 'B2']);
    expect(removed[0].weight).toBeCloseTo(0.625, 12);
    expect(validates(removed)).toBe(true);
    expect(withBranchRemoved(branches([1]), 0)).toHaveLength(1);
  });

  it('cleanBranchName drops control and bidi characters, collapses spaces and falls back when empty', () => {
    expect(cleanBranchName('  Two\u202e cuts \n ', 'x')).toBe('Two cuts');
    expect(cleanBranchName('\u0007', 'Branch 2')).toBe('Branch 2');
    expect(cleanBranchName('a'.repeat(100), 'x')).toHaveLength(80);
  });
});
