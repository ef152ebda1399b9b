import { SCHEMA_VERSION } from '../model/scenario.ts';
import { migrations as publishedMigrations, type Migration } from './migrations.ts';

/** The outcome of migrating a compact scenario to the current schema version. */
export type MigrationResult =
  | { ok: true; compact: Record<string, unknown>; migratedFrom?: number }
  | { ok: false; error: string };

/** Brings a compact scenario written with schema `version` up to SCHEMA_VERSION, step by step. */
export function migrateCompact(
  compact: Record<string, unknown>,
  version: number,
  migrations: Readonly<Record<number, Migration>> = publishedMigrations,
): MigrationResult {
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      error:
        `This link was made by a newer version of Rotation Lab (format v${version}); ` +
        `this one reads up to v${SCHEMA_VERSION}.`,
    };
  }
  let migrated = compact;
  for (let from = version; from < SCHEMA_VERSION; from++) {
    const step = Object.hasOwn(migrations, from) ? migrations[from] : undefined;
    if (!step) return { ok: false, error: `Links in format v${version} are no longer supported.` };
    migrated = step(migrated);
  }
  return version < SCHEMA_VERSION
    ? { ok: true, compact: migrated, migratedFrom: version }
    : { ok: true, compact: migrated };
}
