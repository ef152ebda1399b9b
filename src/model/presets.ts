import { defaultScenario } from './defaultScenario.ts';
import {
  consensusBranch,
  goldilocksBranch,
  hardLandingBranch,
  hawkishPivotBranch,
  laborRollsOverBranch,
  stickyInflationBranch,
} from './presetBranches.ts';
import type { Branch, Scenario } from './scenario.ts';

/** A named story the app can load in one click, with the claim it lets a reader test. */
export interface Preset {
  id: string;
  title: string;
  /** The one-line claim this preset stands for. */
  claim: string;
  /** A fresh scenario (the caller may mutate it). */
  scenario(): Scenario;
}

function withBranches(...branches: Branch[]): Scenario {
  const scenario = defaultScenario();
  scenario.branches = branches;
  return scenario;
}

/** The seven stories of December 2025, from the consensus to the blended mixture. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'consensus',
    title: 'Two cuts (consensus)',
    claim: 'The market already expects two cuts in 2026; this is the baseline every other story is measured against.',
    scenario: () => withBranches(consensusBranch()),
  },
  {
    id: 'goldilocks',
    title: 'Goldilocks rotation',
    claim: 'Cutting into cooling inflation and falling long yields gives small caps an edge over large caps, but only a modest one.',
    scenario: () => {
      const scenario = withBranches(goldilocksBranch());
      scenario.snapshot.inflation = 2.5; // inflation cools faster: the story starts from 2.5%
      return scenario;
    },
  },
  {
    id: 'labor-rolls-over',
    title: 'Labor market rolls over',
    claim: 'Faster cuts do not lift stocks when they come with weaker earnings.',
    scenario: () => withBranches(laborRollsOverBranch()),
  },
  {
    id: 'sticky-inflation',
    title: 'Sticky tariff inflation, Fed pauses',
    claim: 'The Fed might pause after a couple of insurance cuts, and a pause hurts the Russell most.',
    scenario: () => withBranches(stickyInflationBranch()),
  },
  {
    id: 'hawkish-pivot',
    title: 'Hawkish pivot',
    claim: 'The Russell is very sensitive to interest rates: hikes and higher yields hit small caps hardest.',
    scenario: () => withBranches(hawkishPivotBranch()),
  },
  {
    id: 'hard-landing',
    title: 'Hard landing',
    claim: 'Deep cuts do not save stocks in a recession: earnings fall faster than rates.',
    scenario: () => withBranches(hardLandingBranch()),
  },
  {
    id: 'blended',
    title: 'Blended view',
    claim: 'Honest uncertainty is a mixture of stories: 60% two cuts, 25% sticky inflation, 15% hard landing.',
    scenario: () => {
      const weighted = (b: Branch, weight: number): Branch => ({ ...b, weight });
      return withBranches(
        weighted(consensusBranch(), 0.6),
        weighted(stickyInflationBranch(), 0.25),
        weighted(hardLandingBranch(), 0.15),
      );
    },
  },
];

/** The preset the app opens with: defaultScenario() is exactly this story. */
export const DEFAULT_PRESET_ID = 'consensus';

/** The preset with this id, or undefined. */
export function presetById(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
