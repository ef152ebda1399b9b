import { describe, expect, it } from 'vitest';
import { defaultPricedPath, describePricedPath, pricedFromPath } from '../../../src/controls/pricedPath.ts';

describe('the priced path in the controls', () => {
  it('describePricedPath names each move in date order, and says "no moves" for holds or none', () => {
    expect(describePricedPath([{ date: '2026-06-17', bp: -25 }, { date: '2026-03-18', bp: -25 }])).toBe(
      'cut 25 bp on Mar 18, 2026 and cut 25 bp on Jun 17, 2026',
    );
    expect(describePricedPath([{ date: '2026-09-16', bp: 25 }])).toBe('hike 25 bp on Sep 16, 2026');
    expect(describePricedPath([])).toBe('no moves');
    expect(describePricedPath([{ date: '2026-01-28', bp: 0 }])).toBe('no moves');
  });

  it('pricedFromPath keeps the moves after the snapshot, as copies', () => {
    const path = [{ date: '2025-12-10', bp: -25 }, { date: '2026-01-28', bp: 0 }, { date: '2026-03-18', bp: -50 }];
    const priced = pricedFromPath(path, '2025-12-11');
    expect(priced).toEqual([{ date: '2026-03-18', bp: -50 }]);
    expect(priced[0]).not.toBe(path[2]);
  });

  it('defaultPricedPath is the recorded path for 2025-12-11 and none for another date', () => {
    expect(defaultPricedPath('2025-12-11')).toEqual([{ date: '2026-03-18', bp: -25 }, { date: '2026-06-17', bp: -25 }]);
    expect(defaultPricedPath('2027-01-15')).toEqual([]);
  });
});
