import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { fitTicks, labelsFit } from '../../../src/charts/fitTicks.ts';

/** Labels 7 px a character, as a 12 px font roughly sets digits. */
const measure = (label: string) => label.length * 7;
const plain = (ticks: number[]) => ticks.map((t) => t.toFixed(1));

describe('labelsFit', () => {
  it('holds when neighbours keep the gap, and fails when they come closer', () => {
    const at = (x: number) => ({ x, width: 20, anchor: 'middle' as const });
    expect(labelsFit([at(0), at(26)], 6)).toBe(true);
    expect(labelsFit([at(0), at(25)], 6)).toBe(false);
  });

  it('reads a start-anchored label as running right and an end-anchored one as running left', () => {
    // "Now" at 0 (start) and "Dec 2027" at 100 (end): 0–20 and 40–100 leave 20 px.
    const boxes = [
      { x: 0, width: 20, anchor: 'start' as const },
      { x: 100, width: 60, anchor: 'end' as const },
    ];
    expect(labelsFit(boxes, 20)).toBe(true);
    expect(labelsFit(boxes, 21)).toBe(false);
  });
});

describe('fitTicks', () => {
  it('keeps the densest ticks asked for on a wide axis', () => {
    const x = scaleLinear().domain([-0.5, 1.5]).range([0, 600]);
    expect(fitTicks(x, 5, plain, measure)).toEqual(x.ticks(5));
  });

  it('thins the ticks of a narrow axis until no two labels come within the gap', () => {
    // 100 px for −0.5…1.5: every 0.5 (five 4-character labels, 25 px apart) would run together.
    const x = scaleLinear().domain([-0.5, 1.5]).range([0, 100]);
    const ticks = fitTicks(x, 5, plain, measure, 6);
    expect(ticks).toEqual([0, 1]);
    const labels = plain(ticks);
    expect(labelsFit(ticks.map((t, i) => ({ x: x(t), width: measure(labels[i]!), anchor: 'middle' as const })), 6)).toBe(true);
  });

  it('formats each candidate set as a whole (the decimals follow the step) when measuring it', () => {
    const seen: number[][] = [];
    const x = scaleLinear().domain([0, 1]).range([0, 40]);
    fitTicks(x, 5, (ticks) => (seen.push(ticks), plain(ticks)), measure);
    expect(seen[0]).toEqual(x.ticks(5));
    // Each set is tried once, sparser each time.
    expect(seen.map((s) => s.length)).toEqual([...seen.map((s) => s.length)].sort((a, b) => b - a));
    expect(new Set(seen.map((s) => s.join())).size).toBe(seen.length);
  });

  it('falls back to the sparsest set when nothing fits', () => {
    const x = scaleLinear().domain([0, 1]).range([0, 4]);
    expect(fitTicks(x, 5, plain, measure)).toEqual(x.ticks(1));
  });
});
