import type { Snapshot } from '../model/index.ts';

type Level = Exclude<keyof Snapshot, 'date' | 'pricedDecisions'>;

const LEVELS: readonly { key: Level; name: string; format: (value: number) => string }[] = [
  { key: 'policyRate', name: 'policy rate', format: (v) => `${v}%` },
  { key: 'tenYear', name: '10-year yield', format: (v) => `${v}%` },
  { key: 'inflation', name: 'inflation', format: (v) => `${v}%` },
  { key: 'smallCap', name: 'Russell 2000', format: (v) => v.toLocaleString('en-US') },
  { key: 'largeCap', name: 'S&P 500', format: (v) => v.toLocaleString('en-US') },
  { key: 'bitcoin', name: 'bitcoin', format: (v) => `$${v.toLocaleString('en-US')}` },
];

/**
 * Says how a story's own start snapshot differs from the blend's shared one ("Goldilocks rotation
 * starts from 2.5% inflation on its own; in this blend it starts from 2.9%."), or null when they match.
 */
export function describeSnapshotDifference(title: string, own: Snapshot, shared: Snapshot): string | null {
  const differing = LEVELS.filter(({ key }) => own[key] !== shared[key]);
  const dated = own.date !== shared.date;
  if (differing.length === 0 && !dated) return null;
  const ownParts = differing.map(({ key, name, format }) => `${format(own[key])} ${name}`);
  const sharedParts = differing.map(({ key, name, format }) => `${format(shared[key])} ${name}`);
  if (dated) {
    ownParts.push(`the ${own.date} levels`);
    sharedParts.push(`the ${shared.date} levels`);
  }
  return `${title} starts from ${list(ownParts)} on its own; in this blend it starts from ${list(sharedParts)}, like every branch.`;
}

function list(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
