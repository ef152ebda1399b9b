import { describe, expect, test } from 'vitest';
import { diffFromDefaults } from '../../../src/url/diffFromDefaults.ts';

describe('diffFromDefaults(value, defaults)', () => {
  test.each([
    ['nothing differs', { a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 2] } }, undefined],
    ['a nested number differs', { a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 2, d: 4 } }, { b: { d: 3 } }],
    ['an array differs, kept whole', { list: [1, 2, 3] }, { list: [1, 2] }, { list: [1, 2, 3] }],
    ['null replaces a number', { tailDf: null }, { tailDf: 5 }, { tailDf: null }],
    ['a key the defaults lack', { extra: 'x' }, {}, { extra: 'x' }],
  ])('keeps only what differs when %s', (_, value, defaults, expected) => {
    expect(diffFromDefaults(value, defaults)).toEqual(expected);
  });
});
