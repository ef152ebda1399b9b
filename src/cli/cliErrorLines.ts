import type { ScenarioError } from '../model/index.ts';
import { printableText } from '../url/printableText.ts';

/** How to get a complete scenario file, said wherever the CLI meets an incomplete one. */
export const COMPLETE_SCENARIO_HINT =
  'start from a complete file: `npm run --silent simulate -- --preset consensus --print-scenario > scenario.json`, or the app\'s Export → Scenario file';

/**
 * One plain line per real mistake: the message alone (it already names its field and what was
 * received), the field's path only when the message does not say it, and every missing top-level
 * field folded into one line that says how to get a complete file.
 */
export function cliErrorLines(errors: readonly ScenarioError[]): string[] {
  const missingTopLevel = errors.filter((e) => e.received === 'undefined' && /^[A-Za-z]+$/.test(e.path));
  const lines = errors
    .filter((e) => !missingTopLevel.includes(e))
    // A file's own field names are quoted only as printable, shortened text (no terminal control codes).
    .map((e) => printableText(e.path === '' || e.message.startsWith(e.path) ? e.message : `${e.path}: ${e.message}`, 500));
  if (missingTopLevel.length > 0) {
    const names = missingTopLevel.map((e) => e.path).join(', ');
    lines.push(`the scenario is incomplete: it has no ${names}; a scenario file needs every field, so ${COMPLETE_SCENARIO_HINT}`);
  }
  return lines;
}
