import type { Scenario } from '../model/scenario.ts';
import { validateScenario } from '../model/validateScenario.ts';
import { unwrapScenarioFile } from './unwrapScenarioFile.ts';

/** A loaded scenario, or the plain-language reasons the file was refused. */
export type ScenarioFileResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/**
 * Reads a scenario from a file's text (a saved file or a bare Scenario object) and validates it;
 * never throws: not JSON, over 1 MB, a wrong marker or an invalid scenario give `ok: false`.
 */
export function scenarioFromFile(text: string): ScenarioFileResult {
  const unwrapped = unwrapScenarioFile(text);
  if (!unwrapped.ok) return unwrapped;
  try {
    const result = validateScenario(unwrapped.candidate);
    if (result.ok) return { ok: true, scenario: result.scenario };
    const errors = result.errors.map((error) =>
      error.path && !error.message.includes(error.path) ? `${error.path}: ${error.message}` : error.message,
    );
    return { ok: false, errors: errors.length > 0 ? errors : ['The scenario in the file is not valid.'] };
  } catch {
    return { ok: false, errors: ['The scenario in the file could not be checked.'] };
  }
}
