import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { attributionCsv } from '../../../src/export/attributionCsv.ts';
import { BITCOIN_CHANNELS, EQUITY_CHANNELS } from '../../../src/model/summary.ts';
import { summaryFixture } from './summaryFixture.ts';

describe('attributionCsv(summary)', () => {
  const summary = summaryFixture();
  const rows = csvParse(attributionCsv(summary));

  it('has the columns asset, labels, channel, contribution in log points and in percent', () => {
    expect(rows.columns).toEqual([
      'asset',
      'asset_label',
      'channel',
      'channel_label',
      'contribution_log',
      'contribution_pct',
    ]);
  });

  it('lists each asset’s channels present in the summary in model order, then a total row', () => {
    const channels = (asset: string) => rows.filter((r) => r.asset === asset).map((r) => r.channel);
    expect(channels('smallCap')).toEqual([...EQUITY_CHANNELS, 'total']);
    expect(channels('largeCap')).toEqual(['earnings', 'shocks', 'total']);
    expect(channels('bitcoin')).toEqual([...BITCOIN_CHANNELS, 'total']);
  });

  it('gives every channel a plain label', () => {
    for (const row of rows) expect(row.channel_label).not.toBe(row.channel);
    expect(rows.find((r) => r.asset === 'bitcoin' && r.channel === 'jumps')?.channel_label).toBe('Crashes (jumps)');
  });

  it('writes the contribution at full precision and the percent as 100 × it', () => {
    for (const row of rows.filter((r) => r.channel !== 'total')) {
      const asset = row.asset as 'smallCap' | 'largeCap' | 'bitcoin';
      const value = summary.attribution[asset].channels[row.channel as 'shocks'];
      expect(Number(row.contribution_log)).toBe(value);
      expect(Number(row.contribution_pct)).toBe(value! * 100);
    }
  });
});
