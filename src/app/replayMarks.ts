import { percentileOf, replayById, type Scenario, type SimulationPartial } from '../model/index.ts';
import { realizedMarks } from '../charts/realizedMarks.ts';
import type { RealizedMark } from '../charts/realizedMark.ts';
import type { Asset } from '../model/index.ts';

/** The realized-outcome marks of the loaded history replay, or undefined when it is not a replay. */
export function replayMarks(
  replayId: string | null,
  scenario: Scenario,
  partial: SimulationPartial,
): Partial<Record<Asset | 'relative', RealizedMark>> | undefined {
  const replay = replayId ? replayById(replayId) : undefined;
  if (!replay) return undefined;
  return realizedMarks(replay.realized, scenario.snapshot, scenario.months, (series, month, value) =>
    percentileOf(partial, series, month, value) / 100,
  );
}
