import { describe, expect, it } from 'vitest';
import { FRED_SERIES_IDS, fredCsvUrl } from '../../../scripts/marketData/fredSeries.ts';
import { fetchResponses } from '../../../scripts/marketData/readResponses.ts';

describe('fetchResponses(fetch)', () => {
  it("asks FRED's public CSV endpoint for every series and keeps each answer or why there is none", async () => {
    const asked: string[] = [];
    const fakeFetch = (async (url: string | URL | Request) => {
      asked.push(String(url));
      if (String(url).endsWith('=DGS10')) return new Response('busy', { status: 503 });
      if (String(url).endsWith('=SP500')) throw new Error('socket hang up');
      return new Response('observation_date,X\n2026-11-27,1\n', { status: 200 });
    }) as typeof fetch;
    const responses = await fetchResponses(fakeFetch);
    expect(asked).toEqual(FRED_SERIES_IDS.map(fredCsvUrl));
    expect(asked[0]).toBe('https://fred.stlouisfed.org/graph/fredgraph.csv?id=DFEDTARU');
    expect(responses.DGS10).toEqual({ error: `HTTP 503 from ${fredCsvUrl('DGS10')}` });
    expect(responses.SP500).toEqual({ error: 'download failed (socket hang up)' });
    expect(responses.CBBTCUSD).toEqual({ text: 'observation_date,X\n2026-11-27,1\n' });
  });
});
