import { describe, expect, it } from 'vitest';
import { BOUNDS } from '../../src/model/bounds.ts';
import { boundFor } from '../../src/model/boundFor.ts';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { validateScenario } from '../../src/model/validateScenario.ts';

// Issue 12 item 9: the NaN table used to cover three fields, so a nullable-number reader letting NaN
// through (only shocks.tailDf uses it) passed every test. Here every numeric field of two scenarios
// is found by walking the objects themselves, not from a hand-written list.

type Loose = any;

/** The default scenario with one of every list item that has numeric fields, and fat tails (ν = 5). */
function everyFieldScenario(): Scenario {
  const s = defaultScenario();
  const b = s.branches[0];
  b.policy.decisions = [{ date: '2026-01-28', bp: -25 }];
  b.inflation.shocks = [{ size: 1, start: 3, duration: 6 }];
  b.yields.shocks = [{ size: 50, start: 2, permanent: false, halfLife: 12 }];
  b.shocks.tailDf = 5;
  return s;
}

/** Every path to a number in a plain object tree, written the way the validator writes paths. */
function numericPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => numericPaths(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => numericPaths(item, path === '' ? key : `${path}.${key}`));
  }
  return [];
}

/** Sets the field at a path such as `branches[0].policy.decisions[0].bp`. */
function setAt(target: Loose, path: string, value: unknown): void {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key];
  node[keys[keys.length - 1]] = value;
}

/** The bound key a field path is checked against (priced decisions share the decisions' bound). */
function boundKeyOf(path: string): string {
  return path.replace(/^branches\[\d+\]\./, '').replace(/\[\d+\]/g, '[]').replace(/^snapshot\.pricedDecisions\[\]/, 'policy.decisions[]');
}

const SCENARIOS: [string, () => Scenario][] = [
  ['defaultScenario()', defaultScenario],
  ['the default with one decision, one inflation shock, one yield shock and tailDf 5', everyFieldScenario],
];
const NON_FINITE = [NaN, Infinity, -Infinity];

describe('validateScenario rejects NaN, +Infinity and −Infinity in every numeric field', () => {
  it('the walk reaches every BOUNDS key, and every numeric field it finds has a bound (or is the version)', () => {
    const paths = SCENARIOS.flatMap(([, make]) => numericPaths(make()));
    const reached = new Set(paths.map(boundKeyOf));
    for (const key of Object.keys(BOUNDS)) expect(reached, key).toContain(key);
    for (const path of paths) {
      if (path === 'version') continue;
      expect(boundFor(path.replace(/^snapshot\.pricedDecisions/, 'policy.decisions')), path).toBeDefined();
    }
    // Sanity of the fixture: the nullable field is a number here, so the table reaches it.
    expect(paths).toContain('branches[0].shocks.tailDf');
  });

  for (const [name, make] of SCENARIOS) {
    const cases = numericPaths(make()).flatMap((path) => NON_FINITE.map((value) => [path, value] as const));
    it.each(cases)(`${name}: %s = %s is rejected with an error at that path quoting the value`, (path, value) => {
      const s = make();
      expect(validateScenario(s).ok).toBe(true);
      setAt(s, path, value);
      const result = validateScenario(s);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const errors = result.errors.filter((e) => e.path === path);
      expect(errors, JSON.stringify(result.errors)).toHaveLength(1);
      expect(errors[0].received).toBe(String(value));
      expect(errors[0].message).toContain(String(value));
    });
  }
});

describe('the nullable-number reader (shocks.tailDf, the only nullable field)', () => {
  const withTailDf = (value: unknown) => {
    const s: Loose = defaultScenario();
    s.branches[0].shocks.tailDf = value;
    return validateScenario(s);
  };
  it('accepts null and both ends of the bound, 4.5 and 1000', () => {
    for (const value of [null, BOUNDS['shocks.tailDf'].min, BOUNDS['shocks.tailDf'].max]) expect(withTailDf(value).ok, String(value)).toBe(true);
  });
  it('rejects numbers just outside the bound and numbers written as text or other types, naming the path', () => {
    for (const value of [4.4999, 1000.0001, '5', [5], true, {}, undefined]) {
      const result = withTailDf(value);
      expect(result.ok, String(value)).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => e.path)).toContain('branches[0].shocks.tailDf');
    }
  });
});
