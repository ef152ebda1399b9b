/** What a number field accepts. */
export interface NumberRule {
  min: number;
  max: number;
  /** Only whole numbers (months, paths, seeds). */
  integer?: boolean;
  /** Unit shown in messages, e.g. "%" or "bp". */
  unit?: string;
}

/** The result of reading a field: a valid number, or the message to show at the field. */
export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/** Formats a number for an input: no exponent, no float noise ("0.30000000000000004" → "0.3"). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return String(Number(value.toPrecision(12)));
}

function withUnit(value: number, unit: string | undefined): string {
  const text = formatNumber(value);
  if (!unit) return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/** Reads what the user typed (commas, spaces and "−" allowed) and checks it against `rule`. */
export function parseNumberInput(text: string, rule: NumberRule): ParsedNumber {
  const cleaned = text.trim().replace(/[\s,_]/g, '').replace(/[\u2212\u2013]/g, '-');
  if (cleaned === '') return { ok: false, message: 'Enter a number.' };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, message: `“${text.trim()}” is not a number.` };
  if (rule.integer && !Number.isInteger(value)) return { ok: false, message: 'Enter a whole number.' };
  if (value < rule.min) return { ok: false, message: `Too low: the minimum is ${withUnit(rule.min, rule.unit)}.` };
  if (value > rule.max) return { ok: false, message: `Too high: the maximum is ${withUnit(rule.max, rule.unit)}.` };
  return { ok: true, value };
}

/** `value` moved by `direction` steps of `step`, kept within the rule and on the step's decimals. */
export function stepNumber(value: number, step: number, direction: number, rule: NumberRule): number {
  const decimals = (String(step).split('.')[1] ?? '').length;
  const next = Number((value + direction * step).toFixed(decimals));
  return Math.min(rule.max, Math.max(rule.min, next));
}
