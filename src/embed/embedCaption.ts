import type { Scenario } from '../model/index.ts';
import { describePolicy } from '../export/describePolicy.ts';

/** The three lines under an embed's charts, so a reader of someone else's page knows what they are looking at. */
export interface EmbedCaption {
  /** The story's title, or "Custom scenario" once it was edited freely. */
  story: string;
  /** The Fed path in one line, e.g. "Fed path: two cuts (−25 bp Mar 2026, −25 bp Jun 2026) from 3.63%". */
  policy: string;
  /** "Market data as of 2025-12-11". */
  date: string;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The caption of an embed showing `scenario`, the result of `story` (a preset or replay title, null when edited). */
export function embedCaption(scenario: Scenario, story: string | null): EmbedCaption {
  const [only] = scenario.branches;
  const rate = `${scenario.snapshot.policyRate.toFixed(2)}%`;
  let policy: string;
  if (scenario.branches.length === 1 && only) {
    const text = describePolicy(only.policy.decisions);
    const [heading, moves] = text.split(': ');
    policy = moves ? `Fed path: ${heading.toLowerCase()} (${moves}) from ${rate}` : `Fed path: on hold at ${rate}`;
  } else {
    policy = `Fed path: a blend of ${scenario.branches.map((b) => `${clean(b.name)} ${Math.round(b.weight * 100)}%`).join(', ')}, from ${rate}`;
  }
  return {
    story: story ? clean(story) : 'Custom scenario',
    policy,
    date: `Market data as of ${scenario.snapshot.date}`,
  };
}
