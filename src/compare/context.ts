import { createContext } from 'svelte';
import type { CompareState } from './CompareState.svelte.ts';

/** Reads, provides and tests for the page's CompareState (absent in views without compare mode). */
export const [getCompareState, setCompareState, hasCompareState] = createContext<CompareState>();
