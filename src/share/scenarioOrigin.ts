/** Where the scenario on screen came from: a preset or a history replay (at most one of them). */
export interface ScenarioOrigin {
  presetId: string | null;
  replayId: string | null;
}

/** The query parameters that name the preset or replay a shared scenario came from. */
export const PRESET_PARAM = 'preset';
export const REPLAY_PARAM = 'replay';
