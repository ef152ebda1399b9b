import { BOUNDS, type Bound, type BoundKey } from './bounds.ts';

/**
 * The bound of the field at a scenario path such as `branches[1].policy.decisions[3].bp`, or
 * undefined when the path is not a numeric field.
 */
export function boundFor(path: string): Bound | undefined {
  const key = path.replace(/^branches\[\d+\]\./, '').replace(/\[\d+\]/g, '[]');
  return Object.prototype.hasOwnProperty.call(BOUNDS, key) ? BOUNDS[key as BoundKey] : undefined;
}
