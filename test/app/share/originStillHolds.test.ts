import { describe, expect, it } from 'vitest';
import { defaultScenario, presetById, replayById } from '../../../src/model/index.ts';
import { originStillHolds } from '../../../src/share/originStillHolds.ts';

const preset = presetById('consensus')!;
const replay = replayById('cut-1995')!;
const none = { presetId: null, replayId: null };

describe('originStillHolds(origin, scenario)', () => {
  it('keeps a preset while only the run settings (seed, paths) changed', () => {
    const scenario = { ...preset.scenario(), seed: 123, paths: 50_000 };
    expect(originStillHolds({ presetId: 'consensus', replayId: null }, scenario)).toEqual({
      presetId: 'consensus',
      replayId: null,
    });
  });

  it('drops a preset once the scenario itself was edited', () => {
    const scenario = preset.scenario();
    const first = scenario.branches[0].policy.decisions[0];
    first.bp = first.bp === 0 ? -25 : 0;
    expect(originStillHolds({ presetId: 'consensus', replayId: null }, scenario)).toEqual(none);
  });

  it('keeps a replay while its start and horizon stand, even with another Fed path (a counterfactual)', () => {
    const scenario = replay.scenario();
    scenario.branches[0].policy.decisions = scenario.branches[0].policy.decisions.map((d) => ({ ...d, bp: 0 }));
    expect(originStillHolds({ presetId: null, replayId: replay.id }, scenario).replayId).toBe(replay.id);
  });

  it('drops a replay when its start date or horizon changes, since its marks would sit at the wrong dates', () => {
    const later = { ...replay.scenario(), months: 24 };
    expect(originStillHolds({ presetId: null, replayId: replay.id }, later).replayId).toBeNull();
    const other = replay.scenario();
    other.snapshot = defaultScenario().snapshot;
    expect(originStillHolds({ presetId: null, replayId: replay.id }, other).replayId).toBeNull();
  });

  it('drops ids it does not know', () => {
    expect(originStillHolds({ presetId: 'nope', replayId: 'nope' }, defaultScenario())).toEqual(none);
  });
});
