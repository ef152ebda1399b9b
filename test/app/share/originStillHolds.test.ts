import { describe, expect, it } from 'vitest';
import { defaultScenario, PRESETS, presetById, replayById, type Scenario } from '../../../src/model/index.ts';
import { originStillHolds } from '../../../src/share/originStillHolds.ts';
import { encodeScenario } from '../../../src/url/index.ts';

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

  it('keeps a preset exactly when its share link, seed and paths aside, equals the scenario\'s', () => {
    const edits: [string, (s: Scenario) => void][] = [
      ['nothing', () => {}],
      ['seed and paths', (s) => Object.assign(s, { seed: 7, paths: 20_000 })],
      ['a decision', (s) => (s.branches[0].policy.decisions = [{ date: s.snapshot.date, bp: -50 }])],
      ['the horizon', (s) => (s.months += 12)],
      ['the return mode', (s) => (s.returnMode = s.returnMode === 'price' ? 'total' : 'price')],
      ['the policy rate', (s) => (s.snapshot.policyRate += 0.25)],
    ];
    for (const preset of PRESETS) {
      for (const [, edit] of edits) {
        const scenario = preset.scenario();
        edit(scenario);
        const sameLink = encodeScenario({ ...preset.scenario(), seed: scenario.seed, paths: scenario.paths }) === encodeScenario(scenario);
        expect(originStillHolds({ presetId: preset.id, replayId: null }, scenario).presetId).toBe(sameLink ? preset.id : null);
      }
    }
  });
});
