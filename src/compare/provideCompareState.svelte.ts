import { CompareState } from './CompareState.svelte.ts';
import { compareRunner } from './compareRunner.ts';
import { setCompareState } from './context.ts';

/**
 * Creates the page's CompareState, restores A from the link and provides it to the components
 * below; call once during the root component's initialisation.
 */
export function provideCompareState(): CompareState {
  const compare = setCompareState(new CompareState(compareRunner));
  compare.restore();
  $effect(() => () => compare.dispose());
  return compare;
}
