import { describe, expect, it } from 'vitest';
import { DEFAULT_SNAPSHOT_DATE, fieldDefault, isForeignStartField } from '../../../src/controls/fieldDefaults.ts';
import { defaultScenario } from '../../../src/model/defaultScenario.ts';

describe('isForeignStartField(key, snapshotDate)', () => {
  it('is true for a start level of a scenario that starts on another date than the default snapshot', () => {
    expect(isForeignStartField('snapshot.policyRate', '2000-12-31')).toBe(true);
    expect(isForeignStartField('snapshot.bitcoin', '2026-11-27')).toBe(true);
  });

  it('is false on the default snapshot’s date, and for assumptions that are not start levels', () => {
    expect(DEFAULT_SNAPSHOT_DATE).toBe(defaultScenario().snapshot.date);
    expect(isForeignStartField('snapshot.policyRate', DEFAULT_SNAPSHOT_DATE)).toBe(false);
    expect(isForeignStartField('inflation.target', '2000-12-31')).toBe(false);
    expect(isForeignStartField('months', '2000-12-31')).toBe(false);
  });

  it('leaves the defaults themselves those of the default scenario', () => {
    expect(fieldDefault('snapshot.policyRate')).toBe(defaultScenario().snapshot.policyRate);
  });
});
