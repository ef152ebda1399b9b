import { describe, expect, it } from 'vitest';
import { ordinal, realizedMarks } from '../../src/charts/realizedMarks.ts';
import { defaultScenario } from '../../src/model/index.ts';

describe('realizedMarks', () => {
  const snapshot = { ...defaultScenario().snapshot, smallCap: 1000, largeCap: 2000 };

  it('marks each realized 12-month outcome at its level and states the percentile', () => {
    const seen: [string, number, number][] = [];
    const marks = realizedMarks({ smallCap: 0.222, largeCap: 0.231, bitcoin: null }, snapshot, 24, (s, m, v) => {
      seen.push([s, m, v]);
      return 0.634;
    });
    expect(marks.smallCap?.value).toBeCloseTo(1222, 9);
    expect(marks.largeCap?.value).toBeCloseTo(2462, 9);
    expect(marks.relative?.value).toBeCloseTo((1.222 / 1.231) * 100, 9);
    expect(marks.bitcoin).toBeUndefined();
    expect(marks.smallCap?.label).toBe('Russell 2000: what happened in 12 months (+22.2%) sits at the model\'s 63rd percentile.');
    expect(seen.every(([, m]) => m === 12)).toBe(true);
  });

  it('is empty when the horizon ends before month 12', () => {
    expect(realizedMarks({ smallCap: 0.1, largeCap: 0.1, bitcoin: 0.5 }, snapshot, 6, () => 0.5)).toEqual({});
  });

  it.each([[1, '1st'], [2, '2nd'], [3, '3rd'], [11, '11th'], [12, '12th'], [22, '22nd'], [63, '63rd'], [99, '99th']])(
    'ordinal(%i) is %s',
    (n, text) => expect(ordinal(n)).toBe(text),
  );
});
