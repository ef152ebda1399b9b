import { defaultBranch, defaultScenario } from '../model/defaultScenario.ts';
import { SCHEMA_VERSION } from '../model/scenario.ts';
import { mergeOntoDefaults } from './mergeOntoDefaults.ts';

/**
 * The compact form merged back onto the defaults (each branch onto `defaultBranch()`), stamped
 * with the current schema version. The result is untrusted: validate it before use.
 */
export function expandScenario(
  compact: Record<string, unknown>,
  onIgnored: (path: string) => void = () => {},
): Record<string, unknown> {
  const { branches, ...settings } = compact;
  const scenario = mergeOntoDefaults(settings, defaultScenario(), onIgnored) as Record<string, unknown>;
  if (Array.isArray(branches)) {
    scenario.branches = branches.map((branch, i) =>
      mergeOntoDefaults(branch, defaultBranch(), onIgnored, `branches[${i}]`),
    );
  } else if (branches !== undefined) {
    scenario.branches = branches;
  }
  scenario.version = SCHEMA_VERSION;
  return scenario;
}
