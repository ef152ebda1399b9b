import { defaultScenario } from '../model/defaultScenario.ts';
import { replayById } from '../model/history.ts';
import { presetById } from '../model/presets.ts';
import type { Branch } from '../model/scenario.ts';

/** Where the edited scenario came from: the loaded replay, else the loaded preset, else the default. */
export interface BranchOrigin {
  /** "the default", or the preset's/replay's title. */
  title: string;
  /** A fresh copy of that origin's branch at the same index (or its first branch). */
  branch: Branch;
}

/** The branch the scenario started from, for "reset to the preset" actions. */
export function originBranch(presetId: string | null, replayId: string | null, branchIndex: number): BranchOrigin {
  const source = (replayId ? replayById(replayId) : undefined) ?? (presetId ? presetById(presetId) : undefined);
  const scenario = source?.scenario() ?? defaultScenario();
  return {
    title: source?.title ?? 'the default',
    branch: scenario.branches[branchIndex] ?? scenario.branches[0],
  };
}
