/**
 * One CSV field per RFC 4180: numbers at full precision (shortest round-trip, `String(n)`),
 * non-finite numbers and null as an empty field, and text quoted only when it must be.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
