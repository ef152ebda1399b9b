// The public API of the Monte Carlo core. This file only re-exports.
export * from './scenario.ts';
export * from './summary.ts';
export { defaultScenario, defaultBranch } from './defaultScenario.ts';
