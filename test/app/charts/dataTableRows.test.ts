import { describe, expect, test } from 'vitest';
import { fanTable, fanTableMonths, histogramTable } from '../../../src/charts/dataTableRows.ts';
import { formatPoints } from '../../../src/charts/formats.ts';
import { russellFan } from './fanFixture.ts';

describe('fanTableMonths(months)', () => {
  test.each([
    [24, [0, 3, 6, 9, 12, 15, 18, 21, 24]],
    [12, [0, 3, 6, 9, 12]],
    [10, [0, 3, 6, 9, 10]],
    [60, [0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60]],
    [120, [0, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120]],
    [1, [0, 1]],
  ])('for a %i-month horizon lists %j, always ending on the horizon', (months, expected) => {
    expect(fanTableMonths(months)).toEqual(expected);
  });
});

describe('fanTable(fan, format, monthLabel)', () => {
  test('has a month column then the quantiles highest first, and one row per listed month', () => {
    const table = fanTable(russellFan, formatPoints, (m) => `month ${m}`);
    expect(table.columns).toEqual(['Month', '95th', '90th', '75th', 'median', 'mean', '25th', '10th', '5th']);
    expect(table.rows).toHaveLength(9);
    expect(table.rows[0]).toEqual({ header: 'month 0', cells: Array(8).fill('2,591') });
    expect(table.rows[8]).toEqual({
      header: 'month 24',
      cells: ['4,468', '4,000', '3,400', '2,872', '2,950', '2,400', '2,050', '1,860'],
    });
  });
});

describe('histogramTable(histogram)', () => {
  test('has one row per bin, its return range as the heading and its share of paths; the end bins hold the tails beyond them', () => {
    const table = histogramTable({ edges: Float64Array.from([-0.2, -0.1, 0, 0.1]), density: Float64Array.from([0.1, 0.25, 0.65]) });
    expect(table).toEqual({
      columns: ['Return', 'Share of paths'],
      rows: [
        { header: '−10.0% or less', cells: ['10.0%'] },
        { header: '−10.0% to 0.0%', cells: ['25.0%'] },
        { header: '0.0% or more', cells: ['65.0%'] },
      ],
    });
  });
});
