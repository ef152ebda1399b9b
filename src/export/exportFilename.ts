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

/**
 * A safe download file name such as `rotation-lab-fan-20251211.csv`; `detail` (e.g. a chart's
 * view, "small") is reduced to lowercase letters, digits and dashes and added after the kind.
 */
export function exportFilename(kind: ExportKind, scenario: { seed: number }, detail?: string): string {
  const [name, extension] = NAME_AND_EXTENSION[kind];
  const slug = (detail ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const seed = Number.isSafeInteger(scenario.seed) ? String(Math.abs(scenario.seed)) : 'run';
  return ['rotation-lab', name, slug, seed].filter((part) => part !== '').join('-') + `.${extension}`;
}
