import { describe, expect, it } from 'vitest';
import { EQUITY_CHANNELS, BITCOIN_CHANNELS, type Summary } from '../../../src/model/index.ts';
import { differenceRows } from '../../../src/compare/differenceRows.ts';
import { differenceText, signedPoints } from '../../../src/compare/differenceText.ts';
import { summaryFixture } from '../export/summaryFixture.ts';

/** A copy of the fixture with B's numbers moved by known amounts. */
function shifted(): Summary {
  const b = summaryFixture();
  b.fans.smallCap.p50[b.months] += 50;
  b.risk.smallCap.medianAnnualized += 0.02;
  b.risk.smallCap.probBeat = { value: 0.62, se: 0.005 };
  b.risk.largeCap.medianMaxDrawdown += 0.03;
  b.attribution.bitcoin.channels.jumps = (b.attribution.bitcoin.channels.jumps ?? 0) - 0.1;
  return b;
}

describe('differenceRows(a, b)', () => {
  const a = summaryFixture();
  const b = shifted();
  const rows = differenceRows(a, b);
  const row = (key: string) => rows.find((r) => r.key === key)!;

  it('has B − A for the median level and return, P(small beats large), drawdowns and every channel of every asset', () => {
    expect(row('smallCap:medianLevel').diff).toBeCloseTo(50, 12);
    // Annualized, as the risk table shows it.
    expect(row('smallCap:medianReturn')).toMatchObject({ measure: 'Median return, annualized', a: a.risk.smallCap.medianAnnualized });
    expect(row('smallCap:medianReturn').diff).toBeCloseTo(0.02, 12);
    expect(row('smallBeatsLarge')).toMatchObject({ a: a.risk.smallCap.probBeat.value, b: 0.62 });
    expect(row('largeCap:drawdown').diff).toBeCloseTo(0.03, 12);
    expect(rows.filter((r) => r.kind === 'attribution' && r.asset === 'smallCap')).toHaveLength(
      EQUITY_CHANNELS.filter((c) => a.attribution.smallCap.channels[c] !== undefined).length,
    );
    expect(rows.filter((r) => r.kind === 'attribution' && r.asset === 'bitcoin').map((r) => r.measure)).toEqual(
      BITCOIN_CHANNELS.filter((c) => a.attribution.bitcoin.channels[c] !== undefined),
    );
  });

  it('shows contributions as the Why bars do, in log points, so B − A is a difference of log points', () => {
    const jumps = row('bitcoin:channel:jumps');
    const before = a.attribution.bitcoin.channels.jumps ?? 0;
    expect(jumps.a).toBeCloseTo(100 * before, 12);
    expect(jumps.diff).toBeCloseTo(-10, 12);
  });

  it('is all zeros for A = B', () => {
    expect(differenceRows(a, summaryFixture()).every((r) => r.diff === 0)).toBe(true);
  });
});

describe('differenceText(row)', () => {
  it.each([
    { row: { kind: 'probability', a: 0.5, b: 0.62, diff: 0.12 }, expected: { a: '50.0%', b: '62.0%', diff: '+12.0 pp' } },
    { row: { kind: 'return', a: 0.1, b: 0.05, diff: -0.05 }, expected: { a: '+10.0%', b: '+5.0%', diff: '−5.0 pp' } },
    { row: { kind: 'drawdown', a: 0.1, b: 0.13, diff: 0.03 }, expected: { a: '−10.0%', b: '−13.0%', diff: '−3.0 pp' } },
    { row: { kind: 'attribution', a: 11.94, b: 1.9, diff: -10.04 }, expected: { a: '+11.9', b: '+1.9', diff: '−10.0' } },
    { row: { kind: 'level', asset: 'smallCap', a: 2500, b: 2450.4, diff: -49.6 }, expected: { a: '2,500', b: '2,450', diff: '−50' } },
    { row: { kind: 'level', asset: 'bitcoin', a: 90_000, b: 90_000, diff: 0 }, expected: { a: '$90k', b: '$90k', diff: '$0' } },
    // B − A of the figures as shown, in their unit: what a reader's own subtraction gives.
    { row: { kind: 'level', asset: 'bitcoin', a: 90_314, b: 80_720, diff: -9_594 }, expected: { a: '$90.3k', b: '$80.7k', diff: '−$9.6k' } },
    { row: { kind: 'level', asset: 'bitcoin', a: 9_500, b: 12_345, diff: 2_845 }, expected: { a: '$9,500', b: '$12.3k', diff: '+$2,845' } },
    { row: { kind: 'level', asset: 'smallCap', a: 2733.4, b: 2129.5, diff: -603.9 }, expected: { a: '2,733', b: '2,130', diff: '−603' } },
    { row: { kind: 'level', asset: 'smallCap', a: 2733.4, b: 2129.4, diff: -604 }, expected: { a: '2,733', b: '2,129', diff: '−604' } },
    { row: { kind: 'drawdown', a: 0.21949, b: 0.32151, diff: 0.10202 }, expected: { a: '−21.9%', b: '−32.2%', diff: '−10.3 pp' } },
    { row: { kind: 'probability', a: 0.4934, b: 0.5066, diff: 0.0132 }, expected: { a: '49.3%', b: '50.7%', diff: '+1.4 pp' } },
    // The difference follows the text: 17.55 pp between the values, 17.6 between the figures read.
    { row: { kind: 'drawdown', a: 0.219, b: 0.3945, diff: 0.1755 }, expected: { a: '−21.9%', b: '−39.5%', diff: '−17.6 pp' } },
  ] as const)('writes a $row.kind row as $expected', ({ row, expected }) => {
    expect(differenceText({ key: 'k', asset: null, measure: 'm', ...row })).toEqual(expected);
  });

  it('signedPoints writes no sign for a change that rounds to zero', () => {
    expect(signedPoints(-0.00004)).toBe('0.0 pp');
    expect(signedPoints(0.0123)).toBe('+1.2 pp');
  });
});
