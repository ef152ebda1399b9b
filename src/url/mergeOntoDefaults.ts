import { isPlainRecord } from './isPlainRecord.ts';

/** Keys that could reach an object's prototype; a patch never sets them. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A fresh copy of `defaults` with `patch` applied: objects merge key by key, anything else
 * (arrays, primitives, null) replaces the default whole. Keys in `forbiddenKeys` are skipped and
 * their paths reported through `onIgnored`.
 */
export function mergeOntoDefaults(
  patch: unknown,
  defaults: unknown,
  onIgnored: (path: string) => void = () => {},
  path = '',
): unknown {
  if (!isPlainRecord(patch)) return copyJson(patch === undefined ? defaults : patch, onIgnored, path);
  const merged: Record<string, unknown> = isPlainRecord(defaults)
    ? (copyJson(defaults, onIgnored, path) as Record<string, unknown>)
    : {};
  for (const key of Object.keys(patch)) {
    const keyPath = path ? `${path}.${key}` : key;
    if (forbiddenKeys.has(key)) {
      onIgnored(keyPath);
      continue;
    }
    const base = isPlainRecord(defaults) && Object.hasOwn(defaults, key) ? defaults[key] : undefined;
    merged[key] = mergeOntoDefaults(patch[key], base, onIgnored, keyPath);
  }
  return merged;
}

/** A deep copy of a JSON-like value that drops forbidden keys. */
function copyJson(value: unknown, onIgnored: (path: string) => void, path: string): unknown {
  if (Array.isArray(value)) return value.map((item, i) => copyJson(item, onIgnored, `${path}[${i}]`));
  if (!isPlainRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const keyPath = path ? `${path}.${key}` : key;
    if (forbiddenKeys.has(key)) onIgnored(keyPath);
    else copy[key] = copyJson(value[key], onIgnored, keyPath);
  }
  return copy;
}
