import type { DataTable } from '../charts/dataTableRows.ts';
import { signedPercent } from '../charts/formats.ts';
import { csvTable } from '../export/csvTable.ts';
import type { Asset, Preset } from '../model/index.ts';
import type { ScenarioDigest } from './scenarioDigest.ts';

/** One story's digest beside the story. */
export interface StoryRow {
  preset: Preset;
  digest: ScenarioDigest;
}

const ASSET_NAMES: Record<Asset, string> = { smallCap: 'Russell 2000', largeCap: 'S&P 500', bitcoin: 'Bitcoin' };

/** A story's title cut to its first clause, short enough to label a row ("Sticky tariff inflation"). */
export function shortTitle(title: string): string {
  return title.split(/[,(]/)[0]!.trim();
}

/** "+4.1% (−22.0% to +33.5%)": a median with its 5–95% range. */
function band(digest: ScenarioDigest, asset: Asset): string {
  const b = digest.bands[asset];
  return `${signedPercent(b.p50)} (${signedPercent(b.p5)} to ${signedPercent(b.p95)})`;
}

/** The stories as a "Show data" table: each asset's median and 5–95% range, and the odds small caps win. */
export function storiesTable(rows: readonly StoryRow[]): DataTable {
  return {
    columns: ['Story', ...Object.values(ASSET_NAMES).map((name) => `${name}: median (5–95%)`), 'P(small beats large)'],
    rows: rows.map(({ preset, digest }) => ({
      header: preset.title,
      cells: [
        band(digest, 'smallCap'),
        band(digest, 'largeCap'),
        band(digest, 'bitcoin'),
        `${(digest.probSmallBeats.value * 100).toFixed(1)}% ± ${(1.96 * digest.probSmallBeats.se * 100).toFixed(1)}`,
      ],
    })),
  };
}

/** The stories as CSV: returns as fractions at each story's horizon. */
export function storiesCsv(rows: readonly StoryRow[]): string {
  const header = ['story', 'months', 'paths'];
  for (const asset of ['small_cap', 'large_cap', 'bitcoin']) header.push(`${asset}_p5`, `${asset}_p50`, `${asset}_p95`);
  header.push('p_small_beats_large', 'p_se');
  return csvTable(
    header,
    rows.map(({ preset, digest }) => [
      preset.id,
      digest.months,
      digest.paths,
      ...(['smallCap', 'largeCap', 'bitcoin'] as const).flatMap((a) => [digest.bands[a].p5, digest.bands[a].p50, digest.bands[a].p95]),
      digest.probSmallBeats.value,
      digest.probSmallBeats.se,
    ]),
  );
}

/** Two sentences comparing the stories: the spread of small caps' median and of their odds of winning. */
export function describeStories(rows: readonly StoryRow[]): string[] {
  if (rows.length === 0) return [];
  const byMedian = [...rows].sort((a, b) => a.digest.bands.smallCap.p50 - b.digest.bands.smallCap.p50);
  const byOdds = [...rows].sort((a, b) => a.digest.probSmallBeats.value - b.digest.probSmallBeats.value);
  const lowM = byMedian[0]!;
  const highM = byMedian.at(-1)!;
  const lowP = byOdds[0]!;
  const highP = byOdds.at(-1)!;
  const months = rows[0]!.digest.months;
  return [
    `Over ${months} months the Russell 2000's median return runs from ${signedPercent(lowM.digest.bands.smallCap.p50)} (${shortTitle(lowM.preset.title)}) to ${signedPercent(highM.digest.bands.smallCap.p50)} (${shortTitle(highM.preset.title)}), while every story's 5–95% band is far wider than that gap.`,
    `The odds that small caps beat large caps run from ${(lowP.digest.probSmallBeats.value * 100).toFixed(0)}% (${shortTitle(lowP.preset.title)}) to ${(highP.digest.probSmallBeats.value * 100).toFixed(0)}% (${shortTitle(highP.preset.title)}); 50% would be a coin flip.`,
  ];
}
