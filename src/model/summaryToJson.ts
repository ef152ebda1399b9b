import type { Summary } from './summary.ts';

/**
 * The summary as plain JSON data: every typed array becomes a number array under the same field
 * name, numbers unrounded (for the CLI and JSON exports).
 */
export function summaryToJson(summary: Summary): unknown {
  return toPlain(summary);
}

function toPlain(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number>);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object' && value !== null) {
    const plain: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) plain[key] = toPlain(field);
    return plain;
  }
  return value;
}
