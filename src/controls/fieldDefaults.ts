import { defaultBranch, defaultScenario } from '../model/defaultScenario.ts';
import { readPath } from './fieldPath.ts';

const DEFAULT_SCENARIO = defaultScenario();
const DEFAULT_BRANCH = defaultBranch();

/** True for keys read from the scenario ("snapshot.tenYear", "months") rather than from a branch. */
export function isScenarioKey(key: string): boolean {
  return key.startsWith('snapshot.') || !key.includes('.');
}

/** The default of a field by its key, from defaultScenario()/defaultBranch() (NaN for list items). */
export function fieldDefault(key: string): number {
  return readPath(isScenarioKey(key) ? DEFAULT_SCENARIO : DEFAULT_BRANCH, key);
}
