import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundFor } from '../../src/model/boundFor.ts';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { simulate } from '../../src/model/simulate.ts';
import { summaryToJson } from '../../src/model/summaryToJson.ts';
import { validateScenario } from '../../src/model/validateScenario.ts';
import { numericLeaves } from './numericLeaves.ts';


function firstNonFinite(value: unknown, path = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const found = firstNonFinite(child, `${path}.${key}`);
      if (found !== null) return found;
    }
  }
  return null;
}

// Fields whose corners are checked elsewhere (the policy path, the mixture) or that would only
// make the run slow (paths) are left at their defaults.
const SKIPPED = /^(version|seed|paths|snapshot\.(policyRate|pricedDecisions)|branches\[0\]\.(weight|policy\.decisions|shocks\.))/;

describe('BOUNDS', () => {
  it('every scenario the validator accepts at the corners of the bounds simulates to finite outputs', () => {
    const base = defaultScenario();
    base.branches[0]!.inflation.shocks = [{ size: 0, start: 1, duration: 12 }];
    base.branches[0]!.yields.shocks = [{ size: 0, start: 1, permanent: false, halfLife: 12 }];
    const leaves = numericLeaves(base).filter((leaf) => !SKIPPED.test(leaf.path));
    // For each field: 0 = its minimum, 1 = its maximum, 2 = its default.
    const corners = fc.array(fc.constantFrom(0, 1, 2), { minLength: leaves.length, maxLength: leaves.length });
    fc.assert(
      fc.property(corners, fc.boolean(), (picks, permanent) => {
        const scenario = structuredClone(base);
        scenario.paths = 100;
        scenario.branches[0]!.yields.shocks[0]!.permanent = permanent;
        const targets = numericLeaves(scenario).filter((leaf) => !SKIPPED.test(leaf.path));
        targets.forEach((leaf, i) => {
          const bound = boundFor(leaf.path)!;
          if (picks[i] !== 2) leaf.parent[leaf.key] = picks[i] === 0 ? bound.min : bound.max;
        });
        const checked = validateScenario(scenario);
        expect(checked.ok ? [] : checked.errors).toEqual([]);
        if (!checked.ok) return;
        expect(firstNonFinite(summaryToJson(simulate(checked.scenario)))).toBeNull();
      }),
      { numRuns: 40, seed: 1211 },
    );
  }, 120_000);
});
