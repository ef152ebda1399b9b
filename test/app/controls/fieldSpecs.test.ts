import { describe, expect, it } from 'vitest';
import { BOUNDS } from '../../../src/model/bounds.ts';
import { defaultBranch, defaultScenario } from '../../../src/model/defaultScenario.ts';
import { readPath, writePath } from '../../../src/controls/fieldPath.ts';
import { fieldSpecFor } from '../../../src/controls/fieldSpecFor.ts';
import { FIELD_SPECS } from '../../../src/controls/fieldSpecs.ts';

describe('field specs', () => {
  it('every numeric field of BOUNDS has a spec with a label, a unit and a step', () => {
    const missing = Object.keys(BOUNDS).filter(
      (key) => !FIELD_SPECS[key] && key !== 'weight' && key !== 'policy.decisions[].bp',
    );
    expect(missing).toEqual([]);
  });

  it('fieldSpecFor takes the range from BOUNDS, so a field accepts exactly what the validator does', () => {
    for (const key of Object.keys(FIELD_SPECS)) {
      const spec = fieldSpecFor(key);
      const bound = (BOUNDS as Record<string, { min: number; max: number }>)[key];
      expect(spec.step, key).toBeGreaterThan(0);
      if (bound) expect([spec.min, spec.max], key).toEqual([bound.min, bound.max]);
    }
  });

  it('every default lies inside its field’s range', () => {
    const branch = defaultBranch();
    const scenario = defaultScenario();
    for (const key of Object.keys(FIELD_SPECS).filter((k) => !k.includes('[]'))) {
      const root = key.startsWith('snapshot.') || !key.includes('.') ? scenario : branch;
      const value = readPath(root, key);
      const spec = fieldSpecFor(key);
      expect(value, key).toBeGreaterThanOrEqual(spec.min);
      expect(value, key).toBeLessThanOrEqual(spec.max);
    }
  });

  it('readPath and writePath read and write a number at a dotted path', () => {
    const branch = defaultBranch();
    expect(readPath(branch, 'smallCap.floatingShare')).toBe(0.4);
    writePath(branch, 'smallCap.floatingShare', 0.5);
    expect(branch.smallCap.floatingShare).toBe(0.5);
    expect(readPath(branch, 'smallCap.nothing')).toBeNaN();
  });
});
