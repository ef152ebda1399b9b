import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { attributionCsv } from '../../../src/export/attributionCsv.ts';
import { CHANNEL_TEXT } from '../../../src/charts/channelText.ts';
import { signedPercent } from '../../../src/charts/formats.ts';
import { BITCOIN_CHANNELS, EQUITY_CHANNELS } from '../../../src/model/summary.ts';
import { summaryFixture } from './summaryFixture.ts';

describe('attributionCsv(summary)', () => {
  const summary = summaryFixture();
  const rows = csvParse(attributionCsv(summary));
  const label = (channel: string) => (CHANNEL_TEXT as Record<string, { label: string }>)[channel]!.label;

  it('has the columns asset, channel, the figure as shown, rounded and at full precision', () => {
    expect(rows.columns).toEqual(['Asset', 'Channel', 'Shown', 'Contribution (%)', 'Contribution (log return, full precision)']);
  });

  it('names each asset’s channels as the Why bars do, in model order, then a total row', () => {
    const channels = (asset: string) => rows.filter((r) => r.Asset === asset).map((r) => r.Channel);
    expect(channels('Russell 2000')).toEqual([...EQUITY_CHANNELS.map(label), 'Total']);
    expect(channels('S&P 500')).toEqual([label('earnings'), label('shocks'), 'Total']);
    expect(channels('Bitcoin')).toEqual([...BITCOIN_CHANNELS.map(label), 'Total']);
    expect(rows.find((r) => r.Channel === label('financing'))?.Channel).toBe('Debt costs');
  });

  it('writes the bar’s text, that figure rounded to one decimal, and the log contribution at full precision', () => {
    const rus = rows.filter((r) => r.Asset === 'Russell 2000');
    EQUITY_CHANNELS.forEach((channel, i) => {
      const value = summary.attribution.smallCap.channels[channel]!;
      expect(rus[i]!.Shown).toBe(signedPercent(Math.expm1(value)));
      expect(Number(rus[i]!['Contribution (%)'])).toBe(Math.round(Math.expm1(value) * 1000) / 10);
      expect(Number(rus[i]!['Contribution (log return, full precision)'])).toBe(value);
    });
    const total = rus.at(-1)!;
    expect(total.Shown).toBe(signedPercent(Math.expm1(summary.attribution.smallCap.total)));
  });
});
