import { csvTable } from '../export/csvTable.ts';
import type { AdditiveWhy } from './additiveWhy.ts';
import { channelText } from './channelText.ts';

/** One waterfall of the Why panel, named for the CSV: "smallCap", …, "smallMinusLarge". */
export interface NamedWhy {
  chart: string;
  title: string;
  why: AdditiveWhy;
}

/**
 * The Why waterfalls as CSV, as displayed: per chart one row per channel, then `total`;
 * `log_points` is the bar's shown value (these add up to the total row exactly),
 * `running_total` where the bar ends, and `log_points_exact` the unrounded mean.
 */
export function whyCsv(charts: readonly NamedWhy[]): string {
  const header = ['chart', 'chart_title', 'channel', 'channel_label', 'log_points', 'running_total', 'log_points_exact'];
  const rows: (string | number)[][] = [];
  for (const { chart, title, why } of charts) {
    for (const s of why.steps) rows.push([chart, title, s.channel, channelText(s.channel).label, s.shown, s.end, s.value]);
    rows.push([chart, title, 'total', 'Total', why.shownTotal, why.shownTotal, why.total]);
  }
  return csvTable(header, rows);
}
