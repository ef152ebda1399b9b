import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioFromFile } from '../../../src/export/scenarioFromFile.ts';
import { scenarioToFile } from '../../../src/export/scenarioToFile.ts';
import { scenarioArb } from '../url/arbitraryScenario.ts';
import { checkAccepted, checkMessages } from './checkValidation.ts';
import { hostileValue, mutatedScenarioArb, prototypeClean } from './hostile.ts';
import { editText, safeJson, textEditArb } from './textMutations.ts';

const RUNS = 10_000;

/** File texts: hostile scenarios bare or wrapped, saved files mangled, wrong wrappers and junk. */
const fileTextArb: fc.Arbitrary<string> = fc.oneof(
  mutatedScenarioArb.map(safeJson),
  mutatedScenarioArb.map((scenario) =>
    safeJson({ format: 'rotation-lab-scenario', version: 1, description: 'fuzz', scenario }),
  ),
  fc.tuple(scenarioArb, textEditArb).map(([scenario, edit]) => editText(scenarioToFile(scenario), edit)),
  fc.tuple(fc.oneof(hostileValue, fc.anything()), fc.oneof(hostileValue, fc.anything()), fc.oneof(hostileValue, fc.anything())).map(
    ([format, version, scenario]) => safeJson({ format, version, scenario }),
  ),
  fc.oneof(hostileValue, fc.anything()).map(safeJson),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('\uFEFF{}', '', ' ', 'null', '[]', '{"format":"rotation-lab-scenario","version":1}', `"${'x'.repeat(1_000_001)}"`),
);

describe('the scenario file loader under fuzzing', () => {
  it('scenarioFromFile never throws, accepts only scenarios in bounds and explains every refusal', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fileTextArb, (text) => {
        const result = scenarioFromFile(text);
        if (result.ok) {
          accepted++;
          checkAccepted(result.scenario);
        } else checkMessages(result.errors);
        if (!prototypeClean()) throw new Error('Object.prototype was polluted');
      }),
      { numRuns: RUNS, seed: 5005 },
    );
    expect(accepted).toBeGreaterThan(RUNS / 20);
    expect(accepted).toBeLessThan(RUNS * 0.95);
  }, 120_000);
});
