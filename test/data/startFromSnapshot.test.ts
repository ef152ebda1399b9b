import { describe, expect, it } from 'vitest';
import type { MarketSnapshot } from '../../src/data/marketSnapshot.ts';
import { MARKET_SNAPSHOTS } from '../../src/data/marketSnapshots.ts';
import { startFromSnapshot } from '../../src/data/startFromSnapshot.ts';
import { fomcCalendar, presetById } from '../../src/model/index.ts';

/** A later snapshot for the tests (the levels are made up; only the dates matter here). */
const later: MarketSnapshot = {
  ...MARKET_SNAPSHOTS[0],
  date: '2026-11-27',
  label: 'November 2026 (test)',
  policyRange: { lower: 3, upper: 3.25, date: '2026-11-27', source: 'test' },
  pricedPath: null,
};

describe('startFromSnapshot(scenario, market)', () => {
  const story = presetById('blended')!.scenario();
  const { scenario, droppedDecisions } = startFromSnapshot(story, later);

  it("takes the snapshot's date and levels, the policy rate at the range's midpoint", () => {
    expect(scenario.snapshot).toMatchObject({ date: '2026-11-27', policyRate: 3.125, largeCap: 6901 });
  });

  it('drops the decisions on or before the new date (already in its rate) and keeps the later ones', () => {
    const before = story.branches.flatMap((b) => b.policy.decisions);
    const kept = scenario.branches.flatMap((b) => b.policy.decisions);
    expect(droppedDecisions).toBe(before.filter((d) => d.date <= '2026-11-27').length);
    expect(droppedDecisions).toBeGreaterThan(0);
    expect(kept).toEqual(before.filter((d) => d.date > '2026-11-27'));
  });

  it("keeps every other assumption and leaves the story's own scenario unchanged", () => {
    expect(scenario.branches.map((b) => ({ ...b, policy: { ...b.policy, decisions: [] } }))).toEqual(
      story.branches.map((b) => ({ ...b, policy: { ...b.policy, decisions: [] } })),
    );
    expect(story.snapshot.date).toBe('2025-12-11');
    expect(presetById('blended')!.scenario().snapshot.date).toBe('2025-12-11');
  });
});

describe('fomcCalendar(snapshot date) after a later snapshot', () => {
  it('offers only meetings after the snapshot: from 2026-11-27, December 2026 first, nothing from 2026 before', () => {
    const meetings = fomcCalendar('2026-11-27', 24);
    expect(meetings[0]).toMatchObject({ date: '2026-12-09', month: 1, assumed: false });
    expect(meetings.every((m) => m.date > '2026-11-27')).toBe(true);
    // Eight meetings a year: December 2026 and 2027's eight and 2028's up to November fit in 24 months.
    expect(meetings.filter((m) => m.date.startsWith('2027'))).toHaveLength(8);
    expect(meetings.slice(1).every((m) => m.assumed)).toBe(true);
  });

  it('drops a meeting on the snapshot date itself: its decision is in the snapshot', () => {
    expect(fomcCalendar('2026-12-09', 12)[0].date).toBe('2027-01-27');
  });
});
