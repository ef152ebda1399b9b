import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FRED_SERIES_IDS, fredCsvUrl, type FredSeriesId } from './fredSeries.ts';

/** The raw text of each series' response, or why there is none. */
export type Responses = Record<FredSeriesId, { text: string } | { error: string }>;

/** Reads saved responses from `dir`, one `SERIES.csv` per series (e.g. `DGS10.csv`). */
export function readResponsesFromDir(dir: string): Responses {
  const responses = {} as Responses;
  for (const id of FRED_SERIES_IDS) {
    const path = join(dir, `${id}.csv`);
    responses[id] = existsSync(path) ? { text: readFileSync(path, 'utf8') } : { error: `no file ${id}.csv in ${dir}` };
  }
  return responses;
}

const TIMEOUT_MS = 30_000;

/** Downloads every series from FRED's public CSV endpoint, one after another, each with a timeout. */
export async function fetchResponses(fetchText: typeof fetch = fetch): Promise<Responses> {
  const responses = {} as Responses;
  for (const id of FRED_SERIES_IDS) {
    try {
      const response = await fetchText(fredCsvUrl(id), {
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: { 'user-agent': 'rotation-lab data:update (+https://github.com/)' },
      });
      responses[id] = response.ok ? { text: await response.text() } : { error: `HTTP ${response.status} from ${fredCsvUrl(id)}` };
    } catch (error) {
      responses[id] = { error: `download failed (${describeError(error)})` };
    }
  }
  return responses;
}

/** An error's message with its cause (Node's fetch says only "fetch failed"; the cause says why). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
