import type { Scenario } from '../model/scenario.ts';
import { validateScenario } from '../model/validateScenario.ts';
import { printableText } from '../url/printableText.ts';
import { unwrapScenarioFile } from './unwrapScenarioFile.ts';

/** The most reasons listed for a refused file (the rest are counted). */
export const MAX_FILE_ERRORS = 8;

/** A loaded scenario (with a notice when it was migrated from an older model), or the reasons the file was refused. */
export type ScenarioFileResult = { ok: true; scenario: Scenario; notice?: string } | { ok: false; errors: string[] };

/** What a person is told when a file saved with an older model version opens. */
export const FILE_MIGRATION_NOTICE =
  'This file was saved with model v1 and opens in model v2, so its numbers differ: prices now move only on news ' +
  'against the path the market priced, and why the Fed cuts decides whether a cut is good news.';

/**
 * Reads a scenario from a file's text (a saved file or a bare Scenario object) and validates it;
 * never throws: not JSON, over 1 MB, a wrong marker or an invalid scenario give `ok: false`.
 */
export function scenarioFromFile(text: string): ScenarioFileResult {
  const unwrapped = unwrapScenarioFile(text);
  if (!unwrapped.ok) return unwrapped;
  try {
    const result = validateScenario(unwrapped.candidate);
    if (result.ok) {
      return result.migratedFrom === undefined
        ? { ok: true, scenario: result.scenario }
        : { ok: true, scenario: result.scenario, notice: FILE_MIGRATION_NOTICE };
    }
    // At most MAX_FILE_ERRORS reasons, each quoting the file's field names only as printable, shortened text.
    const errors = result.errors
      .slice(0, MAX_FILE_ERRORS)
      .map((error) =>
        printableText(error.path && !error.message.includes(error.path) ? `${error.path}: ${error.message}` : error.message),
      );
    const more = result.errors.length - errors.length;
    if (more > 0) errors.push(`…and ${more} more ${more === 1 ? 'problem' : 'problems'}.`);
    return { ok: false, errors: errors.length > 0 ? errors : ['The scenario in the file is not valid.'] };
  } catch {
    return { ok: false, errors: ['The scenario in the file could not be checked.'] };
  }
}
