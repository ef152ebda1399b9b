import { describe, expect, it } from 'vitest';
import { barRows } from '../../../src/controls/barRows.ts';

describe('barRows(count, available, minStep, maxRows)', () => {
  it.each([
    // count, available px, per row, rows
    [16, 600, 16, 1], // a wide column: one row
    [16, 270, 8, 2], // a phone: two rows of a year each
    [16, 300, 8, 2],
    [24, 270, 8, 3], // three years at a phone's width
    [80, 270, 27, 3], // ten years: three long rows that scroll
    [1, 10, 1, 1],
    [0, 300, 1, 1],
  ])('lays out %i bars in %i px as %i per row in %i rows', (count, available, perRow, rows) => {
    expect(barRows(count, available, 30, 3)).toEqual({ perRow, rows });
  });

  it('never needs more rows than maxRows and always holds every bar', () => {
    for (let count = 1; count <= 100; count++) {
      for (const available of [60, 200, 333, 700]) {
        const { perRow, rows } = barRows(count, available, 30, 3);
        expect(rows).toBeLessThanOrEqual(3);
        expect(perRow * rows).toBeGreaterThanOrEqual(count);
        expect(perRow * (rows - 1)).toBeLessThan(count);
      }
    }
  });
});
