import { defaultBranch, defaultScenario } from '../model/defaultScenario.ts';
import type { Scenario } from '../model/scenario.ts';
import { diffFromDefaults } from './diffFromDefaults.ts';

/**
 * The compact form of a scenario: only what differs from `defaultScenario()`, with each branch
 * written as its difference from `defaultBranch()`. The schema version is not included: the
 * encoded text carries it.
 */
export function compactScenario(scenario: Scenario): Record<string, unknown> {
  const { version: _version, branches, ...settings } = scenario;
  const { version: _defaultVersion, branches: defaultBranches, ...defaultSettings } = defaultScenario();
  const compact = (diffFromDefaults(settings, defaultSettings) ?? {}) as Record<string, unknown>;
  if (diffFromDefaults(branches, defaultBranches) !== undefined) {
    const branchDefaults = defaultBranch();
    compact.branches = branches.map((branch) => diffFromDefaults(branch, branchDefaults) ?? {});
  }
  return compact;
}
