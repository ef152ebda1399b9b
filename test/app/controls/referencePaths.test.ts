import { describe, expect, it, test } from 'vitest';
import { describeReferences, formatBp, surpriseLine } from '../../../src/controls/describeReferences.ts';
import { endLabels, mergeLabels } from '../../../src/controls/endLabels.ts';
import { monthsBetween, rateAlong, rateAt, referencePaths } from '../../../src/controls/referencePaths.ts';
import { referencePathsCsv } from '../../../src/controls/referencePathsCsv.ts';
import { referenceRows } from '../../../src/controls/referenceRows.ts';
import { SEP_DECEMBER_2025, sepAppliesOn } from '../../../src/controls/sepMedian.ts';
import type { Snapshot } from '../../../src/model/scenario.ts';
import { MEETINGS } from './meetings.fixture.ts';

const SNAPSHOT = {
  date: '2025-12-11',
  policyRate: 3.625,
  tenYear: 4.1,
  inflation: 2.7,
  smallCap: 2500,
  largeCap: 6800,
  bitcoin: 92000,
  pricedDecisions: [
    { date: '2026-03-18', bp: -25 },
    { date: '2026-06-17', bp: -25 },
  ],
} as Snapshot;

const THREE_CUTS = [
  { date: '2026-01-28', bp: -25 },
  { date: '2026-03-18', bp: -25 },
  { date: '2026-06-17', bp: -25 },
];

describe('referencePaths(snapshot, meetings, decisions, months, sep)', () => {
  it('draws the priced path from the snapshot’s priced decisions and the SEP’s year-end dots inside the horizon', () => {
    const paths = referencePaths(SNAPSHOT, MEETINGS, THREE_CUTS, 18, SEP_DECEMBER_2025);
    expect(paths.user).toEqual([
      { month: 0, rate: 3.625 },
      { month: 2, rate: 3.375 },
      { month: 4, rate: 3.125 },
      { month: 7, rate: 2.875 },
      { month: 18, rate: 2.875 },
    ]);
    expect(paths.priced).toEqual([
      { month: 0, rate: 3.625 },
      { month: 4, rate: 3.375 },
      { month: 7, rate: 3.125 },
      { month: 18, rate: 3.125 },
    ]);
    expect(paths.sep?.dots.map((d) => [d.year, d.rate])).toEqual([[2026, 3.4]]);
    // The line runs from today's rate through the 2026 dot and stops at the horizon on its way to the 2027 dot.
    const line = paths.sep!.line;
    expect(line[0]).toEqual({ month: 0, rate: 3.625 });
    expect(line[line.length - 1].month).toBe(18);
    expect(line[line.length - 1].rate).toBeCloseTo(rateAlong([{ month: monthsBetween('2025-12-11', '2026-12-31'), rate: 3.4 }, { month: monthsBetween('2025-12-11', '2027-12-31'), rate: 3.1 }], 18), 12);
  });

  it('draws no priced path when the snapshot has none (a history replay) and no SEP on a date it does not cover', () => {
    const replay = { ...SNAPSHOT, date: '2019-07-31', pricedDecisions: [] } as Snapshot;
    const paths = referencePaths(replay, [], [], 12, SEP_DECEMBER_2025);
    expect(paths.priced).toBeNull();
    expect(paths.sep).toBeNull();
    const schemaOne = { ...SNAPSHOT } as Partial<Snapshot>;
    delete schemaOne.pricedDecisions;
    expect(referencePaths(schemaOne as Snapshot, MEETINGS, [], 12, null).priced).toBeNull();
  });

  test.each([
    ['2025-12-10', true],
    ['2026-03-01', true],
    ['2025-12-09', false],
    ['2026-06-30', false],
  ])('the December 2025 SEP applies on %s: %s', (date, applies) => {
    expect(sepAppliesOn(SEP_DECEMBER_2025, date)).toBe(applies);
  });
});

describe('the surprise: your path minus the priced path', () => {
  const paths = referencePaths(SNAPSHOT, MEETINGS, THREE_CUTS, 18, SEP_DECEMBER_2025);

  it('is told in bp after 12 months and at the horizon', () => {
    expect(surpriseLine(paths, SNAPSHOT.date, 18)).toBe('Surprise (your path − priced): −25 bp after 12 months, −25 bp by Jun 2027.');
    expect(formatBp(50)).toBe('+50 bp');
  });

  it('is listed meeting by meeting with the SEP year-end between, and the CSV carries the same numbers', () => {
    const rows = referenceRows(paths, MEETINGS);
    expect(rows.map((r) => [r.date, r.surpriseBp])).toEqual([
      ['2026-01-28', -25],
      ['2026-03-18', -25],
      ['2026-04-29', -25],
      ['2026-06-17', -25],
      ['2026-07-29', -25],
      ['2026-09-16', -25],
      ['2026-10-28', -25],
      ['2026-12-09', -25],
      ['2026-12-31', -25],
      ['2027-01-27', -25],
      ['2027-03-17', -25],
    ]);
    expect(rows.find((r) => r.kind === 'sepYearEnd')).toMatchObject({ sep: 3.4, user: 2.875, priced: 3.125 });
    const csv = referencePathsCsv(rows).split('\r\n');
    expect(csv[0]).toBe('date,kind,your_rate_pct,priced_rate_pct,surprise_bp,sep_median_pct');
    expect(csv[1]).toBe('2026-01-28,meeting,3.375,3.625,-25,');
    expect(csv[9]).toBe('2026-12-31,sep_year_end,2.875,3.125,-25,3.4');
  });

  it('is described in words with each source and date', () => {
    expect(describeReferences(paths, SNAPSHOT.date, 18)).toBe(
      'Your path ends at 2.875% in Jun 2027. The market priced 3.125% (fed funds futures and OIS on December 11, 2025). ' +
        'Surprise (your path − priced): −25 bp after 12 months, −25 bp by Jun 2027. ' +
        'The Fed’s median (SEP of December 10, 2025): 3.4% at the end of 2026, 3% in the longer run.',
    );
  });

  it('rateAt reads a step path and rateAlong a straight-line one', () => {
    expect(rateAt(paths.user, 3)).toBe(3.375);
    expect(rateAlong([{ month: 0, rate: 3 }, { month: 10, rate: 4 }], 5)).toBe(3.5);
    expect(rateAlong([{ month: 0, rate: 3 }], 5)).toBeNaN();
  });
});

describe('endLabels(labels, gap, [top, bottom])', () => {
  it('keeps labels apart by at least the gap, in order, inside the range', () => {
    const placed = endLabels(
      [
        { id: 'user', text: 'You', y: 50 },
        { id: 'priced', text: 'Priced', y: 50 },
        { id: 'sep', text: 'Fed SEP', y: 145 },
      ],
      11,
      [10, 146],
    );
    expect(placed.map((l) => [l.id, l.y])).toEqual([
      ['priced', 50],
      ['user', 61],
      ['sep', 145],
    ]);
    const crowded = endLabels([{ id: 'a', text: '', y: 140 }, { id: 'b', text: '', y: 140 }], 11, [10, 146]);
    expect(crowded.map((l) => l.y)).toEqual([135, 146]);
  });
});

describe('mergeLabels(labels)', () => {
  it('joins the labels of lines that end at the same point, keeping the first one’s id', () => {
    expect(
      mergeLabels([
        { id: 'user', text: 'You', y: 80 },
        { id: 'priced', text: 'Priced', y: 80.2 },
        { id: 'sep', text: 'Fed SEP', y: 70 },
      ]),
    ).toEqual([
      { id: 'user', text: 'You = Priced', y: 80 },
      { id: 'sep', text: 'Fed SEP', y: 70 },
    ]);
  });
});
