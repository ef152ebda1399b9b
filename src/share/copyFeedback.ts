import type { CopyOutcome } from './copyText.ts';

/** The short confirmation shown beside a copy button after a copy. */
export function copyFeedback(outcome: CopyOutcome): string {
  return outcome === 'copied' ? 'Copied' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy';
}
