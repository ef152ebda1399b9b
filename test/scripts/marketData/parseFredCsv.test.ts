import { describe, expect, it } from 'vitest';
import { parseFredCsv } from '../../../scripts/marketData/parseFredCsv.ts';

describe('parseFredCsv(text, id)', () => {
  it('reads the current header, empty and "." gaps as null, and numbers as numbers', () => {
    const parsed = parseFredCsv('observation_date,DGS10\n2026-11-25,3.99\n2026-11-26,\n2026-11-27,4.00\n', 'DGS10');
    expect(parsed).toEqual({
      ok: true,
      id: 'DGS10',
      fixture: false,
      observations: [
        { date: '2026-11-25', value: 3.99 },
        { date: '2026-11-26', value: null },
        { date: '2026-11-27', value: 4 },
      ],
    });
  });

  it('reads the older DATE header, "." for a gap, CRLF lines and a byte-order mark', () => {
    const parsed = parseFredCsv('\uFEFFDATE,SP500\r\n2026-11-26,.\r\n2026-11-27,7162.40\r\n', 'SP500');
    expect(parsed.ok && parsed.observations).toEqual([
      { date: '2026-11-26', value: null },
      { date: '2026-11-27', value: 7162.4 },
    ]);
  });

  it('notes a file marked as a test fixture', () => {
    const parsed = parseFredCsv('# TEST FIXTURE: made up\nobservation_date,SP500\n2026-11-27,7162.40\n', 'SP500');
    expect(parsed.ok && parsed.fixture).toBe(true);
  });

  it.each([
    ['an HTML page', '<!DOCTYPE html><html><body>503</body></html>', /HTML page/],
    ['an empty response', '', /empty response/],
    ['another header', 'date;value\n2026-11-27;4.0', /expected the header "observation_date,DGS10"/],
    ['another series', 'observation_date,DGS2\n2026-11-27,3.5', /holds series DGS2, not DGS10/],
    ['a cut-off last line', 'observation_date,DGS10\n2026-11-26,4.01\n2026-11-2', /line 3: "2026-11-2" has 1 field, expected 2/],
    ['a cut-off date', 'observation_date,DGS10\n2026-11-2,4.01', /"2026-11-2" is not a date/],
    ['a text value', 'observation_date,DGS10\n2026-11-27,n/a', /"n\/a" is not a number/],
    ['dates out of order', 'observation_date,DGS10\n2026-11-27,4.0\n2026-11-26,4.1', /2026-11-26 does not come after 2026-11-27/],
    ['no values at all', 'observation_date,DGS10\n2026-11-26,.\n2026-11-27,', /no observations with a value/],
  ])('refuses %s with a reason', (_, text, reason) => {
    const parsed = parseFredCsv(text, 'DGS10');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(reason);
  });
});
