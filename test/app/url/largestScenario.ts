import { BOUNDS } from '../../../src/model/bounds.ts';
import { defaultBranch, defaultScenario } from '../../../src/model/defaultScenario.ts';
import { SCENARIO_LIMITS } from '../../../src/model/bounds.ts';
import type { Scenario } from '../../../src/model/scenario.ts';

/** A number in [min, max] with all 17 significant digits (JSON's longest form), seeded by `k`. */
function longNumber(min: number, max: number, k: number, integer = false): number {
  const t = ((k * 0.6180339887498949) % 1) * 0.999 + 0.0005;
  return integer ? Math.round(min + (max - min) * t) : min + (max - min) * t;
}

/** Every number of `node` (by its bound path) replaced by a long one within its bound. */
function fillNumbers(node: Record<string, unknown>, path: string, seed: { k: number }): void {
  for (const [key, value] of Object.entries(node)) {
    const here = path ? `${path}.${key}` : key;
    const bound = (BOUNDS as Record<string, { min: number; max: number; integer?: boolean }>)[here];
    if (typeof value === 'number' && bound) node[key] = longNumber(bound.min, bound.max, ++seed.k, bound.integer);
    else if (value && typeof value === 'object' && !Array.isArray(value)) fillNumbers(value as Record<string, unknown>, here, seed);
  }
}

/**
 * The largest valid scenario: 8 branches with 80-character names of 4-byte characters, every
 * list at its limit and every number at full precision; the longest link the app could ever make.
 */
export function largestScenario(months = 120): Scenario {
  const seed = { k: 0 };
  const scenario = { ...defaultScenario(), months };
  scenario.branches = Array.from({ length: SCENARIO_LIMITS.maxBranches }, (_, b) => {
    const branch = structuredClone(defaultBranch());
    fillNumbers(branch as unknown as Record<string, unknown>, '', seed);
    branch.name = '📈'.repeat(SCENARIO_LIMITS.maxNameLength / 2);
    // Small correlations keep the matrix positive definite.
    branch.shocks = { ...branch.shocks, smallLarge: 0.12345678901234566, bitcoinLarge: -0.10987654321098765, bitcoinSmall: 0.10123456789012346 };
    // A hike then the same cut, so the rate stays within its bounds.
    let hike = 0;
    branch.policy.decisions = Array.from({ length: SCENARIO_LIMITS.maxDecisions }, (_, i) => ({
      date: new Date(Date.UTC(2026, 0, 1 + i * 10)).toISOString().slice(0, 10),
      bp: i % 2 === 0 ? (hike = longNumber(0, 100, ++seed.k)) : -hike,
    }));
    branch.inflation.shocks = Array.from({ length: SCENARIO_LIMITS.maxInflationShocks }, () => ({
      size: longNumber(-20, 20, ++seed.k),
      start: longNumber(1, 120, ++seed.k, true),
      duration: longNumber(1, 120, ++seed.k, true),
    }));
    branch.yields.shocks = Array.from({ length: SCENARIO_LIMITS.maxYieldShocks }, () => ({
      permanent: false,
      size: longNumber(-1000, 1000, ++seed.k),
      start: longNumber(1, 120, ++seed.k, true),
      halfLife: longNumber(1, 600, ++seed.k),
    }));
    branch.weight = 1 / SCENARIO_LIMITS.maxBranches;
    return { ...branch, weight: b === 0 ? 1 - (SCENARIO_LIMITS.maxBranches - 1) / SCENARIO_LIMITS.maxBranches : 1 / SCENARIO_LIMITS.maxBranches };
  });
  return scenario;
}
