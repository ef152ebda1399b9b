/** One step of the compact format from schema version v to v + 1. */
export type Migration = (compact: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations of the compact URL form, keyed by the version they migrate from (v → v + 1).
 * Version 1 is the first published format, so the table is empty; when the schema changes, bump
 * SCHEMA_VERSION and add the step from the previous version here.
 */
export const migrations: Readonly<Record<number, Migration>> = {};
