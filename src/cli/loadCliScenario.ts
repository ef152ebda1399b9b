import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { unwrapScenarioFile } from '../export/unwrapScenarioFile.ts';
import { presetById, replayById, type ScenarioError } from '../model/index.ts';

/** A scenario as loaded from a preset, a replay or a file, before any flag is applied. */
export type LoadedScenario =
  | { ok: true; id: string; title: string; scenario: unknown }
  | { ok: false; errors: ScenarioError[] };

function failure(path: string, received: string, allowed: string, message: string): LoadedScenario {
  return { ok: false, errors: [{ path, received, allowed, message }] };
}

/** Loads the preset or replay with this id, or the scenario file (saved by the app or bare), without validating it yet. */
export function loadCliScenario(preset: string | undefined, file: string | undefined): LoadedScenario {
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return failure('', JSON.stringify(file), 'a readable JSON file', `cannot read ${file}: ${reason}`);
    }
    // A file saved by the app (wrapped, with its format marker) or a bare scenario object.
    const unwrapped = unwrapScenarioFile(text);
    if (!unwrapped.ok) return failure('', '(file)', 'a scenario file', `${file}: ${unwrapped.errors.join(' ')}`);
    return { ok: true, id: file, title: basename(file), scenario: unwrapped.candidate };
  }
  const id = preset ?? 'consensus';
  const found = presetById(id) ?? replayById(id);
  if (!found) {
    return failure('', JSON.stringify(id), 'a preset or replay id (see --list-presets)', `there is no preset or replay called ${JSON.stringify(id)}`);
  }
  return { ok: true, id: found.id, title: found.title, scenario: found.scenario() };
}
