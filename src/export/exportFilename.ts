/** What a file holds, and so its name and extension. */
export type ExportKind = 'fan' | 'summary' | 'attribution' | 'scenario' | 'chart-svg' | 'chart-png';

const NAME_AND_EXTENSION: Record<ExportKind, [string, string]> = {
  fan: ['fan', 'csv'],
  summary: ['summary', 'csv'],
  attribution: ['attribution', 'csv'],
  scenario: ['scenario', 'json'],
  'chart-svg': ['chart', 'svg'],
  'chart-png': ['chart', 'png'],
};

/** Where an exported file's scenario comes from: the story (preset or replay id, null once edited freely) and its snapshot date. */
export interface ExportOrigin {
  story: string | null;
  /** The scenario's snapshot date, ISO `YYYY-MM-DD`. */
  snapshotDate: string;
}

/** Lowercase letters, digits and single dashes only, at most `max` characters. */
function slug(text: string, max: number): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/**
 * A safe download file name that says which story and which data it holds, such as
 * `rotation-lab-consensus-fan-20251211.csv` or `rotation-lab-custom-chart-russell-2000-20260105.png`:
 * the story id (or "custom"), the kind, `detail` (e.g. a chart's name) and the snapshot date.
 */
export function exportFilename(kind: ExportKind, origin: ExportOrigin, detail?: string): string {
  const [name, extension] = NAME_AND_EXTENSION[kind];
  const story = slug(origin.story ?? '', 40) || 'custom';
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(origin.snapshotDate);
  const stamp = date ? `${date[1]}${date[2]}${date[3]}` : 'undated';
  return ['rotation-lab', story, name, slug(detail ?? '', 40), stamp].filter((part) => part !== '').join('-') + `.${extension}`;
}
