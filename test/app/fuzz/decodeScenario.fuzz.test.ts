import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecodeResult } from '../../../src/url/decodeScenario.ts';
import { decodeScenario } from '../../../src/url/decodeScenario.ts';
import { encodeScenario } from '../../../src/url/encodeScenario.ts';
import { scenarioFromLocation } from '../../../src/url/scenarioFromLocation.ts';
import { toBase64Url } from '../../../src/url/toBase64Url.ts';
import { scenarioArb } from '../url/arbitraryScenario.ts';
import { checkAccepted, checkMessages } from './checkValidation.ts';
import { hostileValue, mutatedScenarioArb, prototypeClean } from './hostile.ts';
import { editText, safeJson, textEditArb } from './textMutations.ts';

const RUNS = 10_000;

/** Link texts: hostile scenarios encoded as the app would, valid links mangled, and plain junk. */
const linkTextArb: fc.Arbitrary<string> = fc.oneof(
  mutatedScenarioArb.map((scenario) => `v1.${toBase64Url(safeJson(scenario))}`),
  fc.tuple(scenarioArb, textEditArb).map(([scenario, edit]) => editText(encodeScenario(scenario), edit)),
  fc.tuple(fc.oneof(hostileValue, fc.anything()), fc.constantFrom('v1.', 'v0.', 'v2.', 'v9999.', 'v1.x', '')).map(
    ([value, prefix]) => `${prefix}${toBase64Url(safeJson(value))}`,
  ),
  fc.string({ unit: fc.constantFrom(...'v1.AZaz09-_=+/%'.split('')), maxLength: 60 }),
  fc.string({ maxLength: 200 }),
  fc.constant(`v1.${'A'.repeat(25_000)}`),
);

function checkDecoded(result: DecodeResult | null): void {
  if (result === null) return;
  if (result.ok) {
    checkAccepted(result.scenario);
    if (result.notice !== undefined) checkMessages([result.notice]);
  } else checkMessages([result.error]);
  if (!prototypeClean()) throw new Error('Object.prototype was polluted');
}

describe('the URL decoder under fuzzing', () => {
  it('decodeScenario never throws, accepts only scenarios in bounds and explains every refusal', () => {
    let accepted = 0;
    fc.assert(
      fc.property(linkTextArb, (text) => {
        const result = decodeScenario(text);
        if (result.ok) accepted++;
        checkDecoded(result);
      }),
      { numRuns: RUNS, seed: 5003 },
    );
    // The mix must exercise both sides, or the property would be vacuous.
    expect(accepted).toBeGreaterThan(RUNS / 20);
    expect(accepted).toBeLessThan(RUNS * 0.95);
  }, 120_000);

  it('scenarioFromLocation never throws on any query string, URL-encoded or not', () => {
    const searchArb = fc.oneof(
      linkTextArb.map((text) => `?s=${encodeURIComponent(text)}`),
      linkTextArb.map((text) => `s=${text}&s=v1.&view=x`),
      fc.string({ maxLength: 100 }).map((text) => `?${text}`),
      fc.constantFrom('?s', '?s=', '?s=%', '?s=%E0%A4%A', '?=&&s=%00', '', '?'),
    );
    fc.assert(fc.property(searchArb, (search) => checkDecoded(scenarioFromLocation(search))), {
      numRuns: RUNS,
      seed: 5004,
    });
  }, 120_000);
});
