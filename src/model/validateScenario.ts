import { SCENARIO_LIMITS } from './bounds.ts';
import { migrateScenario } from './migrateScenario.ts';
import { SCHEMA_VERSION, type Branch, type Scenario } from './scenario.ts';
import type { ScenarioError } from './scenarioError.ts';
import { checkPolicyPaths } from './validation/checkPolicyPaths.ts';
import { describeValue } from './validation/describeValue.ts';
import { readBranch } from './validation/readBranch.ts';
import { readSnapshot } from './validation/readSnapshot.ts';
import { ScenarioReader } from './validation/ScenarioReader.ts';

export type { ScenarioError } from './scenarioError.ts';

/**
 * The scenario as a fresh, checked copy (with the schema version it was migrated from, if older),
 * or every problem found in it.
 */
export type ValidationResult =
  | { ok: true; scenario: Scenario; migratedFrom?: number }
  | { ok: false; errors: ScenarioError[] };

const FIELDS = ['version', 'seed', 'paths', 'months', 'returnMode', 'snapshot', 'branches'] as const;

/**
 * Checks untrusted input (parsed JSON, a decoded link, anything) against the scenario schema and
 * bounds; never throws, and on success returns a deep copy that shares nothing with the input.
 */
export function validateScenario(input: unknown): ValidationResult {
  try {
    const reader = new ScenarioReader();
    const migrated = migrateScenario(input);
    const scenario = readScenario(reader, migrated.input);
    if (reader.errors.length > 0 || !scenario) return { ok: false, errors: reader.errors };
    return migrated.migratedFrom === undefined ? { ok: true, scenario } : { ok: true, scenario, migratedFrom: migrated.migratedFrom };
  } catch {
    // Every access is guarded; this is the last line of defence against something unforeseen.
    return {
      ok: false,
      errors: [
        {
          path: '',
          received: describeValue(input),
          allowed: 'a scenario object',
          message: 'the scenario could not be read',
        },
      ],
    };
  }
}

function readScenario(reader: ScenarioReader, input: unknown): Scenario | undefined {
  const fields = reader.object(input, '', FIELDS, 'a scenario object');
  if (!fields) return undefined;
  // Older versions were migrated before reading: only the current one is read as it is.
  const supported = SCENARIO_LIMITS.supportedVersions;
  if (fields.version !== SCHEMA_VERSION) {
    const allowed = supported.join(' or ');
    const received = describeValue(fields.version);
    const message =
      fields.version === undefined
        ? `version is missing; this build reads scenario version ${allowed}`
        : `version ${received} is not supported; this build reads scenario version ${allowed}`;
    reader.report('version', received, allowed, message);
    // Another version may mean other fields: listing them as wrong would only bury the real problem.
    if (fields.version !== undefined) return undefined;
  }
  const snapshot = readSnapshot(reader, fields.snapshot, 'snapshot');
  const branches = readBranches(reader, fields.branches);
  if (snapshot && branches) checkPolicyPaths(reader, snapshot, branches);
  return {
    version: SCHEMA_VERSION,
    seed: reader.number(fields.seed, 'seed', 'seed'),
    paths: reader.number(fields.paths, 'paths', 'paths'),
    months: reader.number(fields.months, 'months', 'months'),
    returnMode: reader.choice(fields.returnMode, 'returnMode', ['price', 'total']),
    snapshot: snapshot as Scenario['snapshot'],
    branches: branches as Branch[],
  };
}

function readBranches(reader: ScenarioReader, value: unknown): Branch[] | undefined {
  const items = reader.array(value, 'branches', SCENARIO_LIMITS.maxBranches, 'branches', 1);
  if (!items) return undefined;
  const branches = items.map((item, i) => readBranch(reader, item, `branches[${i}]`));
  if (branches.some((branch) => branch === undefined)) return undefined;
  const weights = (branches as Branch[]).map((branch) => branch.weight);
  if (weights.every(Number.isFinite)) {
    const sum = weights.reduce((total, weight) => total + weight, 0);
    if (Math.abs(sum - 1) > SCENARIO_LIMITS.weightTolerance) {
      reader.report(
        'branches',
        `weights summing to ${sum}`,
        'weights that sum to 1',
        `the branch weights must sum to 1 (within ${SCENARIO_LIMITS.weightTolerance}); they sum to ${sum}`,
      );
    }
  }
  return branches as Branch[];
}
