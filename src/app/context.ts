import { createContext } from 'svelte';
import type { ScenarioState } from './scenarioState.svelte.ts';

/** Reads and provides the page's ScenarioState through Svelte context (no string keys). */
export const [getScenarioState, setScenarioState] = createContext<ScenarioState>();
