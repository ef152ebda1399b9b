import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumberInput, stepNumber } from '../../../src/controls/numberInput.ts';

const rule = { min: 0, max: 10, unit: '%' };

describe('parseNumberInput', () => {
  it.each([
    ['2.5', 2.5],
    [' 3 ', 3],
    ['1,000', 1000],
    ['0', 0],
  ])('accepts %j as %d', (text, value) => {
    expect(parseNumberInput(text, { min: 0, max: 5000 })).toEqual({ ok: true, value });
  });

  it('accepts a typographic minus sign', () => {
    expect(parseNumberInput('−1.5', { min: -5, max: 5 })).toEqual({ ok: true, value: -1.5 });
  });

  it.each([
    ['', 'Enter a number.'],
    ['abc', '“abc” is not a number.'],
    ['-1', 'Too low: the minimum is 0%.'],
    ['12', 'Too high: the maximum is 10%.'],
  ])('rejects %j with the message %j', (text, message) => {
    expect(parseNumberInput(text, rule)).toEqual({ ok: false, message });
  });

  it('rejects fractions where only whole numbers make sense, naming the unit in range messages', () => {
    expect(parseNumberInput('6.5', { min: 6, max: 120, integer: true, unit: 'months' })).toEqual({
      ok: false,
      message: 'Enter a whole number.',
    });
    expect(parseNumberInput('3', { min: 6, max: 120, integer: true, unit: 'months' })).toEqual({
      ok: false,
      message: 'Too low: the minimum is 6 months.',
    });
  });
});

describe('stepNumber and formatNumber', () => {
  it('stepNumber moves by a step on the step’s decimals and stays in range', () => {
    expect(stepNumber(0.1, 0.2, 1, rule)).toBe(0.3);
    expect(stepNumber(9.9, 0.5, 1, rule)).toBe(10);
    expect(stepNumber(0.2, 0.5, -1, rule)).toBe(0);
  });

  it('formatNumber hides float noise and never uses an exponent for ordinary values', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1_000_000)).toBe('1000000');
    expect(formatNumber(NaN)).toBe('');
  });
});
