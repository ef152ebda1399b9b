import { defaultBranch, defaultScenario } from '../model/defaultScenario.ts';
import { readPath } from './fieldPath.ts';

const DEFAULT_SCENARIO = defaultScenario();
const DEFAULT_BRANCH = defaultBranch();
/** The date of the default start snapshot, whose levels are the snapshot fields' defaults. */
export const DEFAULT_SNAPSHOT_DATE = DEFAULT_SCENARIO.snapshot.date;

/** True for keys read from the scenario ("snapshot.tenYear", "months") rather than from a branch. */
export function isScenarioKey(key: string): boolean {
  return key.startsWith('snapshot.') || !key.includes('.');
}

/** The default of a field by its key, from defaultScenario()/defaultBranch() (NaN for list items). */
export function fieldDefault(key: string): number {
  return readPath(isScenarioKey(key) ? DEFAULT_SCENARIO : DEFAULT_BRANCH, key);
}

/**
 * A snapshot field's default and source are the default snapshot's (Dec 11, 2025): they do not
 * apply to a scenario that starts from another date (a history replay, a later snapshot), whose
 * start levels are its own. True for such a field.
 */
export function isForeignStartField(key: string, snapshotDate: string): boolean {
  return key.startsWith('snapshot.') && snapshotDate !== DEFAULT_SNAPSHOT_DATE;
}
