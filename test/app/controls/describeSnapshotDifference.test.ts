import { describe, expect, it } from 'vitest';
import { defaultScenario, presetById } from '../../../src/model/index.ts';
import { describeSnapshotDifference } from '../../../src/controls/describeSnapshotDifference.ts';

describe('describeSnapshotDifference', () => {
  const shared = defaultScenario().snapshot;

  it('names what a story loses of its own start in a blend (Goldilocks starts at 2.5% inflation)', () => {
    const goldilocks = presetById('goldilocks')!;
    const text = describeSnapshotDifference(goldilocks.title, goldilocks.scenario().snapshot, shared);
    expect(text).toBe(
      `Goldilocks rotation starts from 2.5% inflation on its own; in this blend it starts from ${shared.inflation}% inflation, like every branch.`,
    );
  });

  it('is null when the story starts from the shared snapshot', () => {
    const consensus = presetById('consensus')!;
    expect(describeSnapshotDifference(consensus.title, consensus.scenario().snapshot, shared)).toBeNull();
  });

  it('lists several differing levels with "and"', () => {
    const own = { ...shared, policyRate: 5, bitcoin: 20_000 };
    expect(describeSnapshotDifference('Story', own, shared)).toBe(
      `Story starts from 5% policy rate and $20,000 bitcoin on its own; in this blend it starts from ${shared.policyRate}% policy rate and $${shared.bitcoin.toLocaleString('en-US')} bitcoin, like every branch.`,
    );
  });
});
