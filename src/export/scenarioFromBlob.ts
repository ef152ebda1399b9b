import { MAX_SCENARIO_FILE_BYTES } from './scenarioFile.ts';
import { scenarioFromFile, type ScenarioFileResult } from './scenarioFromFile.ts';

/**
 * Reads a scenario from a picked or dropped File (any Blob), refusing one over 1 MB before reading
 * it; never rejects.
 */
export async function scenarioFromBlob(file: Blob): Promise<ScenarioFileResult> {
  if (file.size > MAX_SCENARIO_FILE_BYTES) {
    return { ok: false, errors: [`The file is larger than ${MAX_SCENARIO_FILE_BYTES / 1_000_000} MB; a scenario file is a few kB.`] };
  }
  try {
    return scenarioFromFile(await file.text());
  } catch {
    return { ok: false, errors: ['The file could not be read as text.'] };
  }
}
