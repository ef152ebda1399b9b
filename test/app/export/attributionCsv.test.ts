import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { attributionCsv } from '../../../src/export/attributionCsv.ts';
import { channelText } from '../../../src/charts/channelText.ts';
import { BITCOIN_CHANNELS, EQUITY_CHANNELS } from '../../../src/model/summary.ts';
import { summaryFixture } from './summaryFixture.ts';

describe('attributionCsv(summary)', () => {
  const summary = summaryFixture();
  const rows = csvParse(attributionCsv(summary));
  const label = (channel: string) => channelText(channel).label;

  it('has the columns asset, channel, the figure as shown, as a number and at full precision', () => {
    expect(rows.columns).toEqual(['Asset', 'Channel', 'Shown', 'Log points', 'Log points (full precision)']);
  });

  it('names each asset’s channels as the Why bars do, in model order, then a total row', () => {
    const channels = (asset: string) => rows.filter((r) => r.Asset === asset).map((r) => r.Channel);
    expect(channels('Russell 2000').slice(0, EQUITY_CHANNELS.length)).toEqual(EQUITY_CHANNELS.map(label));
    expect(channels('Russell 2000').at(-1)).toBe('Total');
    expect(channels('Bitcoin').slice(0, BITCOIN_CHANNELS.length)).toEqual(BITCOIN_CHANNELS.map(label));
    expect(label('financing')).toBe('Debt costs');
  });

  it('writes the bars as shown, adding up to the total as shown, and each at full precision', () => {
    for (const asset of ['Russell 2000', 'S&P 500', 'Bitcoin']) {
      const bars = rows.filter((r) => r.Asset === asset);
      const total = bars.pop()!;
      const sum = bars.reduce((s, r) => s + Number(r['Log points']), 0);
      expect(Math.round(sum * 10) / 10).toBe(Number(total['Log points']));
      for (const bar of bars) expect(Math.abs(Number(bar['Log points']) - Number(bar['Log points (full precision)']))).toBeLessThan(0.1 + 1e-9);
      expect(bars.every((r) => /^([+−]\d+\.\d|0\.0)$/.test(r.Shown!))).toBe(true);
    }
    const earnings = rows.find((r) => r.Asset === 'Russell 2000' && r.Channel === label('earnings'))!;
    expect(Number(earnings['Log points (full precision)'])).toBe(100 * summary.attribution.smallCap.channels.earnings!);
  });
});
