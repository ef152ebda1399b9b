import { MAX_SCENARIO_FILE_BYTES, SCENARIO_FILE_FORMAT, SCENARIO_FILE_VERSION } from './scenarioFile.ts';

/** The candidate scenario inside a file's text, not yet validated, or why there is none. */
export type UnwrappedScenarioFile = { ok: true; candidate: unknown } | { ok: false; errors: string[] };

/**
 * Parses a file's text and takes out the scenario: from a wrapped file (with the
 * `"format": "rotation-lab-scenario"` marker) or a bare scenario object; never throws.
 */
export function unwrapScenarioFile(text: string): UnwrappedScenarioFile {
  if (typeof text !== 'string') return fail('The file could not be read as text.');
  if (utf8Length(text) > MAX_SCENARIO_FILE_BYTES) {
    return fail(`The file is larger than ${MAX_SCENARIO_FILE_BYTES / 1_000_000} MB; a scenario file is a few kB.`);
  }
  let parsed: unknown;
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('The file is not JSON; a scenario file is the .json file Rotation Lab saves.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail('The file holds JSON but not a scenario object.');
  }
  if (!Object.prototype.hasOwnProperty.call(parsed, 'format')) return { ok: true, candidate: parsed };
  const file = parsed as Record<string, unknown>;
  if (file.format !== SCENARIO_FILE_FORMAT) {
    return fail(`The file's format is not "${SCENARIO_FILE_FORMAT}"; it is not a Rotation Lab scenario.`);
  }
  if (file.version !== SCENARIO_FILE_VERSION) {
    return fail(
      typeof file.version === 'number' && file.version > SCENARIO_FILE_VERSION
        ? 'The file was saved by a newer Rotation Lab; reload the app to get the latest version.'
        : `The file's version is not ${SCENARIO_FILE_VERSION}.`,
    );
  }
  if (!Object.prototype.hasOwnProperty.call(file, 'scenario')) return fail('The file has no "scenario" in it.');
  return { ok: true, candidate: file.scenario };
}

function fail(message: string): UnwrappedScenarioFile {
  return { ok: false, errors: [message] };
}

/** UTF-8 byte length without allocating when the answer is obvious. */
function utf8Length(text: string): number {
  // Each UTF-16 unit takes 1–3 bytes, so short text cannot exceed the limit.
  if (text.length * 3 <= MAX_SCENARIO_FILE_BYTES) return text.length;
  if (text.length > MAX_SCENARIO_FILE_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}
