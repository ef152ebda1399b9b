/**
 * `npm run data:update [-- --from-dir DIR] [--out FILE] [--today YYYY-MM-DD]`: fetches the latest
 * market data from FRED (or reads saved responses from DIR), and appends a snapshot to
 * src/data/marketSnapshots.json only when every value is present and sane. Node only; never shipped.
 * Exit 0: written or already up to date; 1: kept the old snapshot (the lines say why); 2: usage.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { todayIso } from '../src/data/todayIso.ts';
import { isIsoDate } from '../src/model/validation/isIsoDate.ts';
import { fetchResponses, readResponsesFromDir } from './marketData/readResponses.ts';
import { EXIT, updateMarketData } from './marketData/updateMarketData.ts';

const APP_FILE = fileURLToPath(new URL('../src/data/marketSnapshots.json', import.meta.url));
const USAGE = 'usage: npm run data:update [-- --from-dir DIR] [--out FILE] [--today YYYY-MM-DD]';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<number> {
  const known = new Set(['--from-dir', '--out', '--today']);
  const names = args.filter((_, i) => i % 2 === 0);
  if (args.length % 2 !== 0 || names.some((name) => !known.has(name))) {
    console.error(USAGE);
    return EXIT.usage;
  }
  const fromDir = option(args, '--from-dir');
  const out = resolve(option(args, '--out') ?? APP_FILE);
  const today = option(args, '--today') ?? todayIso();
  if (!isIsoDate(today)) {
    console.error(`--today ${today}: expected YYYY-MM-DD\n${USAGE}`);
    return EXIT.usage;
  }
  const responses = fromDir ? readResponsesFromDir(fromDir) : await fetchResponses();
  const outcome = updateMarketData(responses, {
    out,
    today,
    origin: fromDir ? `saved responses in ${fromDir}` : 'FRED (fred.stlouisfed.org/graph/fredgraph.csv)',
    isAppFile: out === APP_FILE,
  });
  (outcome.code === EXIT.ok ? console.log : console.error)(outcome.lines.join('\n'));
  return outcome.code;
}

process.exitCode = await main(process.argv.slice(2));
