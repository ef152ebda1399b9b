import { describe, expect, it } from 'vitest';
import { barKeyAction, snapDecision } from '../../../src/controls/barKeys.ts';

describe('barKeyAction', () => {
  it.each([
    ['ArrowUp', -25, { kind: 'set', bp: 0 }],
    ['ArrowDown', -25, { kind: 'set', bp: -50 }],
    ['ArrowDown', -100, { kind: 'set', bp: -100 }],
    ['ArrowUp', 100, { kind: 'set', bp: 100 }],
    ['PageUp', 0, { kind: 'set', bp: 50 }],
    ['PageDown', 0, { kind: 'set', bp: -50 }],
    ['Home', 25, { kind: 'set', bp: -100 }],
    ['End', 25, { kind: 'set', bp: 100 }],
    ['0', -75, { kind: 'set', bp: 0 }],
    ['Delete', 50, { kind: 'set', bp: 0 }],
    ['ArrowUp', -150, { kind: 'set', bp: -100 }],
    ['ArrowUp', -11, { kind: 'set', bp: 0 }],
    ['ArrowDown', -11, { kind: 'set', bp: -25 }],
    ['PageUp', 10, { kind: 'set', bp: 50 }],
  ])('%s on a bar at %i bp gives %j', (key, bp, action) => {
    expect(barKeyAction(key, bp, 3, 8)).toEqual(action);
  });

  it.each([
    ['ArrowLeft', 3, 2],
    ['ArrowRight', 3, 4],
    ['ArrowLeft', 0, 0],
    ['ArrowRight', 7, 7],
  ])('%s from meeting %i moves to meeting %i, stopping at the ends', (key, index, to) => {
    expect(barKeyAction(key, 0, index, 8)).toEqual({ kind: 'move', index: to });
  });

  it('returns null for keys the editor does not use, so Tab still works', () => {
    expect(barKeyAction('Tab', 0, 0, 8)).toBeNull();
    expect(barKeyAction('a', 0, 0, 8)).toBeNull();
  });
});

describe('snapDecision', () => {
  it.each([
    [-30, -25],
    [-40, -50],
    [12.4, 0],
    [-0.1, 0],
    [180, 100],
    [-180, -100],
  ])('snapDecision(%d) = %d: the 25 bp grid within ±100', (bp, snapped) => {
    expect(Object.is(snapDecision(bp), snapped)).toBe(true);
  });
});
