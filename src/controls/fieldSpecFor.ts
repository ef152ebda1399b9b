import { boundFor } from '../model/boundFor.ts';
import type { FieldSpec } from './fieldSpec.ts';
import { FIELD_SPECS } from './fieldSpecs.ts';

/**
 * The spec of a field by its bound key ("inflation.target", "yields.shocks[].size"): the range the
 * validator enforces (BOUNDS) wins, so a field never accepts what validateScenario rejects; the
 * wording, step and source come from FIELD_SPECS.
 */
export function fieldSpecFor(key: string): FieldSpec {
  const bound = boundFor(key);
  const own = FIELD_SPECS[key];
  if (!own && !bound) throw new Error(`No field spec for ${key}`);
  if (!bound) return own;
  const base: FieldSpec = own ?? { label: bound.label, unit: bound.unit, min: bound.min, max: bound.max, step: 1 };
  return {
    ...base,
    min: bound.min,
    max: bound.max,
    unit: base.unit || bound.unit,
    integer: base.integer || bound.integer,
  };
}
