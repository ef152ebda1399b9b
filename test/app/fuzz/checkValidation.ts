import { isDeepStrictEqual } from 'node:util';
import type { ValidationResult } from '../../../src/model/validateScenario.ts';
import { validateScenario } from '../../../src/model/validateScenario.ts';
import type { Scenario } from '../../../src/model/scenario.ts';
import { outOfBounds, prototypeClean, unhelpfulMessage } from './hostile.ts';

/**
 * Throws (with the reason) unless an accepted scenario is within bounds and re-validates to
 * itself; plain checks rather than expect() because these run tens of thousands of times.
 */
export function checkAccepted(scenario: Scenario): void {
  const bad = outOfBounds(scenario);
  if (bad) throw new Error(`accepted a scenario out of bounds: ${bad}`);
  const again = validateScenario(structuredClone(scenario));
  if (!again.ok) throw new Error(`accepted scenario fails re-validation: ${again.errors[0]?.message}`);
  if (!isDeepStrictEqual(again.scenario, scenario)) throw new Error('re-validation changed the scenario');
}

/** Throws unless every message would help a person (a sentence, not a crash dump). */
export function checkMessages(messages: readonly unknown[]): void {
  if (messages.length === 0) throw new Error('refused without any message');
  for (const message of messages) {
    const why = unhelpfulMessage(message);
    if (why) throw new Error(`unhelpful message: ${why}`);
  }
}

/** Calls `run` and throws if it threw, then checks the outcome of a validation and the prototype. */
export function checkValidation(run: () => ValidationResult): void {
  let result: ValidationResult;
  try {
    result = run();
  } catch (error) {
    throw new Error(`threw past the validator: ${String(error)}`);
  }
  if (result.ok) checkAccepted(result.scenario);
  else checkMessages(result.errors.map((error) => error.message));
  if (!prototypeClean()) throw new Error('Object.prototype was polluted');
}
