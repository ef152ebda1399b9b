// The public API of the Monte Carlo core. This file only re-exports.
export * from './scenario.ts';
export * from './summary.ts';
export { defaultScenario, defaultBranch } from './defaultScenario.ts';
export { validateScenario, type ValidationResult, type ScenarioError } from './validateScenario.ts';
export { BOUNDS, SCENARIO_LIMITS, type Bound, type BoundKey } from './bounds.ts';
export { boundFor } from './boundFor.ts';
export { fomcCalendar, type Meeting } from './fomcCalendar.ts';
export { monthDate } from './monthDate.ts';
export { PRESETS, presetById, type Preset } from './presets.ts';
export { REPLAYS, replayById, type Replay, type RealizedOutcome } from './history.ts';
export { replayDecisions } from './replayScenario.ts';
export { summaryToJson } from './summaryToJson.ts';
