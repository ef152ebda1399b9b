import { DEFAULT_SNAPSHOT_DATE } from '../model/defaultScenario.ts';
import { isPlainRecord } from './isPlainRecord.ts';

/** One step of the compact format from schema version v to v + 1. */
export type Migration = (compact: Record<string, unknown>) => Record<string, unknown>;


/**
 * Schema 1 → 2 (model v2). A compact scenario is its difference from the defaults, and the new
 * fields (the priced path, the information weight, …) are absent from a v1 link, so expanding it
 * gives them their defaults. The one exception is the priced path of a link with another snapshot
 * date: the default one belongs to 2025-12-11, and v1 links priced nothing, so it becomes empty.
 */
export const migrateV1toV2: Migration = (compact) => {
  const snapshot = compact.snapshot;
  if (!isPlainRecord(snapshot) || typeof snapshot.date !== 'string' || snapshot.date === DEFAULT_SNAPSHOT_DATE) return compact;
  return { ...compact, snapshot: { ...snapshot, pricedDecisions: [] } };
};

/**
 * Migrations of the compact URL form, keyed by the version they migrate from (v → v + 1). When the
 * schema changes, bump SCHEMA_VERSION and add the step from the previous version here.
 */
export const migrations: Readonly<Record<number, Migration>> = { 1: migrateV1toV2 };

/** What a person is told when a link or file of an older schema version opens. */
export function migrationNotice(from: number): string {
  return from === 1
    ? 'This link was made with model v1 and opens in model v2, so its numbers differ: prices now move only on ' +
        'news against the path the market priced, and why the Fed cuts decides whether a cut is good news.'
    : `This link was made with an older format (v${from}) and has been updated.`;
}
