import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/model/validateScenario.ts';
import { checkValidation } from './checkValidation.ts';
import { hostileValue, mutatedScenarioArb } from './hostile.ts';

const RUNS = 10_000;

describe('validateScenario under fuzzing', () => {
  it('a valid scenario with one or two hostile mutations is either accepted in bounds or refused with readable messages, and both happen', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutatedScenarioArb, (input) =>
        checkValidation(() => {
          const result = validateScenario(input);
          if (result.ok) accepted++;
          return result;
        }),
      ),
      { numRuns: RUNS, seed: 5001 },
    );
    // A validator that refused everything (or accepted everything in bounds) would pass the check above.
    expect(accepted).toBeGreaterThan(RUNS / 20);
    expect(accepted).toBeLessThan(RUNS * 0.95);
  }, 120_000);

  it('any value at all (not only near-valid ones) is accepted in bounds or refused with readable messages', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, fc.anything()), (input) => checkValidation(() => validateScenario(input))),
      { numRuns: RUNS, seed: 5002 },
    );
  }, 120_000);
});
