import { csvParseRows } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../src/export/csvTable.ts';

describe('csvTable(header, rows) cells', () => {
  const csvField = (value: string | number | null) => csvTable(['h'], [[value]]).slice('h\r\n'.length, -2);

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
    [null, ''],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    [0.1 + 0.2, '0.30000000000000004'],
    [1e-7, '1e-7'],
    [-2.5, '-2.5'],
  ])('writes %j as %j (RFC 4180 quoting, shortest round-trip numbers)', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes every finite double so that it parses back to the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Number(csvField(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});

describe('csvTable(header, rows)', () => {
  it('writes a header line then one CRLF-terminated line per row', () => {
    expect(csvTable(['a', 'b'], [[1, 'x'], [2, 'y,z']])).toBe('a,b\r\n1,x\r\n2,"y,z"\r\n');
  });

  it('round-trips any text through a standard CSV parser', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const parsed = csvParseRows(csvTable(['a', 'b'], rows).replace(/\r\n$/, ''));
        expect(parsed.slice(1)).toEqual(rows);
      }),
    );
  });
});
