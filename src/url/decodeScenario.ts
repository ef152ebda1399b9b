import type { Scenario } from '../model/scenario.ts';
import { validateScenario } from '../model/validateScenario.ts';
import { expandScenario } from './expandScenario.ts';
import { fromBase64Url } from './fromBase64Url.ts';
import { inflateText } from './inflateText.ts';
import { isPlainRecord } from './isPlainRecord.ts';
import { migrateCompact } from './migrateCompact.ts';
import { migrationNotice, migrations as publishedMigrations, type Migration } from './migrations.ts';
import { printableText } from './printableText.ts';

/**
 * Longest encoded scenario accepted: above the longest link the app can make, the largest valid
 * scenario (8 branches, every list full, every number at full precision; see the tests). Links
 * past SAFE_LINK_LENGTH draw a warning when made, long before this.
 */
export const MAX_ENCODED_LENGTH = 100_000;

/** Most bytes of JSON a compressed (`z`) link may inflate to: well above the largest valid scenario. */
export const MAX_LINK_JSON_BYTES = 400_000;

/** The outcome of decoding a scenario link: a valid scenario (with an optional notice) or why not. */
export type DecodeResult = { ok: true; scenario: Scenario; notice?: string } | { ok: false; error: string };

/** `v<version>.` + base64url JSON, or `z<version>.` + base64url of the JSON compressed with raw DEFLATE. */
const encodedPattern = /^([vz])(\d{1,4})\.([A-Za-z0-9_-]*)$/;

/**
 * Decodes text made by `encodeScenario` (or by an older version, via the migrations) into a
 * validated scenario. Never throws: anything malformed, oversized or invalid gives `ok: false`.
 */
export function decodeScenario(
  text: string,
  migrations: Readonly<Record<number, Migration>> = publishedMigrations,
): DecodeResult {
  try {
    return decode(text, migrations);
  } catch {
    return { ok: false, error: 'This scenario link could not be read.' };
  }
}

function decode(text: string, migrations: Readonly<Record<number, Migration>>): DecodeResult {
  if (typeof text !== 'string') return { ok: false, error: 'A scenario link must be text.' };
  if (text.length > MAX_ENCODED_LENGTH) {
    return { ok: false, error: `This scenario link is too long (over ${MAX_ENCODED_LENGTH} characters).` };
  }
  const match = encodedPattern.exec(text.trim());
  if (!match) return { ok: false, error: 'This is not a Rotation Lab scenario link.' };
  const json = match[1] === 'z' ? inflateText(match[3], MAX_LINK_JSON_BYTES) : fromBase64Url(match[3]);
  if (json === null) return { ok: false, error: 'This scenario link is damaged (bad encoding).' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, error: 'This scenario link is damaged (bad data).' };
  }
  if (!isPlainRecord(parsed)) return { ok: false, error: 'This scenario link is damaged (not a scenario).' };

  const migrated = migrateCompact(parsed, Number(match[2]), migrations);
  if (!migrated.ok) return migrated;

  const ignored: string[] = [];
  const candidate = expandScenario(migrated.compact, (path) => ignored.push(path));
  const validation = validateScenario(candidate);
  if (!validation.ok) {
    // Messages quote the link's own field names: shown only as printable, shortened text.
    const messages = validation.errors.slice(0, 3).map((error) => printableText(error.message, 200));
    const more = validation.errors.length > 3 ? ` (and ${validation.errors.length - 3} more)` : '';
    return { ok: false, error: `This scenario link is not valid: ${messages.join('; ')}${more}` };
  }

  const notices: string[] = [];
  if (migrated.migratedFrom !== undefined) {
    notices.push(migrationNotice(migrated.migratedFrom));
  }
  if (ignored.length > 0) {
    const names = ignored.slice(0, 5).map((path) => printableText(path, 80));
    const more = ignored.length > 5 ? ` (and ${ignored.length - 5} more)` : '';
    notices.push(`Ignored unsafe fields in the link: ${names.join(', ')}${more}.`);
  }
  return notices.length > 0
    ? { ok: true, scenario: validation.scenario, notice: notices.join(' ') }
    : { ok: true, scenario: validation.scenario };
}
