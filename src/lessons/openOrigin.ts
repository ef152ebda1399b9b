import type { ScenarioState } from '../app/scenarioState.svelte.ts';
import { searchWithScenario } from '../app/shareLink.ts';
import type { Preset, Replay } from '../model/index.ts';

/** What a lesson row opens: a history replay or a preset story. */
export type Origin = { kind: 'replay'; replay: Replay } | { kind: 'preset'; preset: Preset };

/**
 * Loads a replay or a story into the page, as the preset picker does (a fresh copy, named), and
 * brings the price fans into view so the reader sees what opened.
 */
export function openOrigin(state: ScenarioState, origin: Origin): void {
  if (origin.kind === 'replay') {
    state.load(origin.replay.scenario());
    state.replayId = origin.replay.id;
    state.presetId = null;
  } else {
    state.load(origin.preset.scenario());
    state.presetId = origin.preset.id;
    state.replayId = null;
  }
  const heading = document.getElementById('prices-heading');
  heading?.scrollIntoView({ block: 'start' });
}

/** The full app's address of a replay or story (for links out of an embed). */
export function originHref(origin: Origin): string {
  const scenario = origin.kind === 'replay' ? origin.replay.scenario() : origin.preset.scenario();
  const named =
    origin.kind === 'replay' ? { presetId: null, replayId: origin.replay.id } : { presetId: origin.preset.id, replayId: null };
  return `${location.origin}${location.pathname}${searchWithScenario('', scenario, named)}`;
}
