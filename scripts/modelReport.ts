// `npm run --silent model:report`: the preset table and the history-replay table of docs/model.md,
// computed from the engine (10,000 paths, each scenario's own seed). Markdown on stdout.
import {
  PRESETS,
  REPLAYS,
  percentileOf,
  simulatePartial,
  summarize,
  type Scenario,
  type Summary,
} from '../src/model/index.ts';
import { ordinal } from '../src/charts/realizedMarks.ts';

const pct = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(1)}%`;

function change(summary: Summary, asset: 'smallCap' | 'largeCap' | 'bitcoin', key: 'p5' | 'p50' | 'p95', month: number): number {
  const fan = summary.fans[asset];
  return fan[key][month] / fan.p50[0] - 1;
}

function band(summary: Summary, asset: 'smallCap' | 'largeCap' | 'bitcoin', month: number): string {
  return `${pct(change(summary, asset, 'p50', month))} (${pct(change(summary, asset, 'p5', month))} … ${pct(change(summary, asset, 'p95', month))})`;
}

function presetTable(): string[] {
  const rows = [
    '| preset | S&P 500 12 m | Russell 2000 12 m | bitcoin 12 m | S&P 500 24 m | Russell 2000 24 m | P(small beats large), 24 m |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const preset of PRESETS) {
    const scenario: Scenario = preset.scenario();
    scenario.months = 24;
    const s = summarize(scenario, simulatePartial(scenario));
    const p = s.risk.smallCap.probBeat;
    rows.push(
      `| ${preset.id} | ${band(s, 'largeCap', 12)} | ${band(s, 'smallCap', 12)} | ${band(s, 'bitcoin', 12)} | ` +
        `${band(s, 'largeCap', 24)} | ${band(s, 'smallCap', 24)} | ${p.value.toFixed(2)} ± ${p.se.toFixed(3)} |`,
    );
  }
  return rows;
}

function replayTable(): string[] {
  const rows = [
    '| cycle | P(small beats large) | small won? | S&P 500 model median (5–95%) | realized, percentile | Russell 2000 model median (5–95%) | realized, percentile |',
    '|---|---|---|---|---|---|---|',
  ];
  let brier = 0;
  let outside = 0;
  for (const replay of REPLAYS) {
    const scenario = replay.scenario();
    const partial = simulatePartial(scenario);
    const s = summarize(scenario, partial);
    const p = s.risk.smallCap.probBeat;
    const won = replay.realized.smallBeatLarge;
    brier += (p.value - (won ? 1 : 0)) ** 2;
    const at = (asset: 'smallCap' | 'largeCap') => {
      const realized = replay.realized[asset];
      const q = percentileOf(partial, asset, 12, 100 * (1 + realized));
      if (q < 5 || q > 95) outside++;
      return `${pct(realized)}, ${ordinal(Math.round(q))}`;
    };
    rows.push(
      `| ${replay.id} | ${p.value.toFixed(2)} ± ${p.se.toFixed(3)} | ${won ? 'yes' : 'no'} | ${band(s, 'largeCap', 12)} | ${at('largeCap')} | ` +
        `${band(s, 'smallCap', 12)} | ${at('smallCap')} |`,
    );
  }
  rows.push('', `Brier score ${(brier / REPLAYS.length).toFixed(3)} (coin flip 0.250); ${outside} of ${2 * REPLAYS.length} realized outcomes outside the 5–95% band.`);
  return rows;
}

console.log(['## Presets (24-month runs, 10,000 paths)', '', ...presetTable(), '', '## History replays (12 months, 10,000 paths)', '', ...replayTable()].join('\n'));
