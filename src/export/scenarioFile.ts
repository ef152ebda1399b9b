import type { MODEL_VERSION, Scenario } from '../model/scenario.ts';

/** The marker in the `format` field that says a JSON file is a saved Rotation Lab scenario. */
export const SCENARIO_FILE_FORMAT = 'rotation-lab-scenario';

/** The version of the file wrapper this build writes (the scenario inside has its own `version`). */
export const SCENARIO_FILE_VERSION = 1;

/** The largest scenario file accepted, in bytes; a real one is a few kilobytes. */
export const MAX_SCENARIO_FILE_BYTES = 1_000_000;

/** A saved scenario file: a marker, a wrapper version, a line for humans, and the scenario. */
export interface ScenarioFile {
  format: typeof SCENARIO_FILE_FORMAT;
  version: typeof SCENARIO_FILE_VERSION;
  /** One-line description for someone who opens the file in an editor; ignored on load. */
  description: string;
  /** The model version that computed the numbers the author saw; ignored on load (the scenario's version migrates). */
  modelVersion: typeof MODEL_VERSION;
  scenario: Scenario;
}
