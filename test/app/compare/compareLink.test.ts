import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/model/index.ts';
import { PIN_PARAM, readPinLink, searchWithPin } from '../../../src/compare/compareLink.ts';
import { encodeScenario, scenarioFromLocation } from '../../../src/url/index.ts';

describe('the compare link parameter a=', () => {
  const pinned = { ...defaultScenario(), seed: 7, paths: 2000 };

  it('searchWithPin sets a= to encodeScenario(A) and keeps every other parameter, in order', () => {
    const search = searchWithPin('?s=v1.abc&embed=1', pinned);
    const params = new URLSearchParams(search);
    expect([...params.keys()]).toEqual(['s', 'embed', PIN_PARAM]);
    expect(params.get('a')).toBe(encodeScenario(pinned));
    expect(params.get('s')).toBe('v1.abc');
  });

  it('round-trips the pinned scenario exactly, and leaves the current scenario s= alone', () => {
    const current = { ...defaultScenario(), seed: 9 };
    const search = searchWithPin(`?s=${encodeScenario(current)}`, pinned);
    expect(readPinLink(search)).toEqual({ pinned, message: null });
    const s = scenarioFromLocation(search);
    expect(s?.ok && s.scenario).toEqual(current);
  });

  it('unpinning removes a= only', () => {
    expect(searchWithPin('?s=x&a=y', null)).toBe('?s=x');
    expect(searchWithPin('?a=y', null)).toBe('');
  });

  it('reads no pin from a link without a=, and a message (not a crash) from a damaged one', () => {
    expect(readPinLink('?s=x')).toEqual({ pinned: null, message: null });
    const bad = readPinLink('?a=v1.%%%');
    expect(bad.pinned).toBeNull();
    expect(bad.message).toMatch(/pinned scenario A/);
    expect(readPinLink('?a=' + 'x'.repeat(30_000)).pinned).toBeNull();
  });
});
