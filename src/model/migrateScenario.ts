import { DEFAULT_PRICED_DECISIONS, DEFAULT_SNAPSHOT_DATE, V2_BRANCH_DEFAULTS } from './defaultScenario.ts';

/** A scenario object brought to the current schema, and the version it was written in. */
export interface MigratedInput {
  input: unknown;
  /** Set when the input was an older version and was migrated. */
  migratedFrom?: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * Schema 1 → 2 (model v2): adds the priced path to the snapshot (the default one for the default
 * snapshot date, none for any other date: those files carried no priced path) and the new branch
 * fields at their defaults. Works on untrusted plain objects: anything not shaped like a v1
 * scenario is returned as it is, for the validator to report. Never mutates its input.
 */
export function migrateScenario(input: unknown): MigratedInput {
  try {
    return migrate(input);
  } catch {
    // A hostile object (a throwing proxy or getter): the validator reads it and says where.
    return { input };
  }
}

function migrate(input: unknown): MigratedInput {
  if (!isRecord(input) || input.version !== 1) return { input };
  const out: Record<string, unknown> = { ...input, version: 2 };
  if (isRecord(input.snapshot) && !('pricedDecisions' in input.snapshot)) {
    const priced = input.snapshot.date === DEFAULT_SNAPSHOT_DATE ? DEFAULT_PRICED_DECISIONS.map((d) => ({ ...d })) : [];
    out.snapshot = { ...input.snapshot, pricedDecisions: priced };
  }
  if (Array.isArray(input.branches)) out.branches = input.branches.map(migrateBranch);
  return { input: out, migratedFrom: 1 };
}

function migrateBranch(branch: unknown): unknown {
  if (!isRecord(branch)) return branch;
  const out: Record<string, unknown> = { ...branch };
  for (const [part, fields] of Object.entries(V2_BRANCH_DEFAULTS)) {
    const section = branch[part];
    if (!isRecord(section)) continue;
    const added: Record<string, unknown> = { ...section };
    for (const [key, value] of Object.entries(fields)) if (!(key in section)) added[key] = value;
    out[part] = added;
  }
  return out;
}
