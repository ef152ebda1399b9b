import { describe, expect, it } from 'vitest';
import { AxisLock } from '../../../src/charts/axisLock.ts';

describe('AxisLock', () => {
  it('widens a chart’s range to everything it has shown while locked, and never narrows it', () => {
    const lock = new AxisLock();
    expect(lock.widen('small', [90, 120])).toEqual([90, 120]);
    expect(lock.widen('small', [95, 140])).toEqual([90, 140]);
    expect(lock.widen('small', [100, 110])).toEqual([90, 140]);
    expect(lock.widen('large', [1, 2])).toEqual([1, 2]);
  });
  it('forgets every range when cleared', () => {
    const lock = new AxisLock();
    lock.widen('small', [0, 10]);
    lock.clear();
    expect(lock.widen('small', [4, 5])).toEqual([4, 5]);
  });
});
