import { isPlainRecord } from './isPlainRecord.ts';

/**
 * The fields of `value` that differ from `defaults`, recursively through objects; arrays and
 * primitives are kept whole when they differ. Returns undefined when nothing differs.
 */
export function diffFromDefaults(value: unknown, defaults: unknown): unknown {
  if (isPlainRecord(value) && isPlainRecord(defaults)) {
    const diff: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const fieldDiff = diffFromDefaults(value[key], defaults[key]);
      if (fieldDiff !== undefined) diff[key] = fieldDiff;
    }
    return Object.keys(diff).length > 0 ? diff : undefined;
  }
  return sameJson(value, defaults) ? undefined : value;
}

/** Deep equality of JSON-like values (numbers compared with ===, so -0 equals 0). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  if (isPlainRecord(a) && isPlainRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameJson(a[key], b[key]));
  }
  return false;
}
