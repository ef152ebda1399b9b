import { BOUNDS, type BoundKey } from '../bounds.ts';
import type { ScenarioError } from '../scenarioError.ts';
import { describeValue } from './describeValue.ts';
import { isIsoDate } from './isIsoDate.ts';

// Enough to fix a file by hand; a hostile input with a million bad items gets no more.
const MAX_ERRORS = 100;

// C0, DEL, C1, and the bidirectional overrides that can make a name display differently from what it is.
const FORBIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** Joins a parent path and a field name the way JavaScript would write the access. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/** The fields of an object as read once from the input; absent or unreadable fields are missing. */
export type Fields<K extends string> = Partial<Record<K, unknown>>;

/**
 * Reads untrusted input field by field, collecting errors instead of throwing: every property
 * access is guarded, because the input may be a proxy or carry throwing getters.
 */
export class ScenarioReader {
  readonly errors: ScenarioError[] = [];
  // Paths already reported as unreadable, so that they are not reported again as missing.
  private readonly unreadable = new Set<string>();

  report(path: string, received: string, allowed: string, message: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ path, received, allowed, message });
  }

  private wrong(path: string, value: unknown, allowed: string, unit = ''): undefined {
    if (this.unreadable.has(path)) return undefined;
    const where = path === '' ? 'the input' : path;
    const suffix = unit === '' ? '' : ` (${unit})`;
    const received = describeValue(value);
    const message =
      value === undefined && path !== ''
        ? `${where} is missing; it must be ${allowed}${suffix}`
        : `${where} must be ${allowed}${suffix}; got ${received}`;
    this.report(path, received, allowed, message);
    return undefined;
  }

  /**
   * Reads the listed own fields of an object and reports any other field as unknown; returns
   * undefined (after reporting) when the value is not a plain object.
   */
  object<K extends string>(value: unknown, path: string, keys: readonly K[], what = 'an object'): Fields<K> | undefined {
    let present: string[];
    try {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.wrong(path, value, what);
      present = Object.keys(value);
    } catch {
      return this.unreadableValue(path, what);
    }
    const known = new Set<string>(keys);
    for (const key of present) {
      if (known.has(key)) continue;
      const fieldPath = childPath(path, key);
      let received = '?';
      try {
        received = describeValue((value as Record<string, unknown>)[key]);
      } catch {
        // A throwing getter on an unknown field is still just an unknown field.
      }
      this.report(
        fieldPath,
        received,
        `one of the fields ${keys.join(', ')}`,
        `${fieldPath} is not a field of ${path === '' ? 'a scenario' : path}; the fields are ${keys.join(', ')}`,
      );
    }
    const fields: Fields<K> = {};
    for (const key of keys) {
      try {
        if (Object.prototype.hasOwnProperty.call(value, key)) fields[key] = (value as Record<string, unknown>)[key];
      } catch {
        this.unreadableValue(childPath(path, key), 'a readable value');
      }
    }
    return fields;
  }

  private unreadableValue(path: string, allowed: string): undefined {
    this.unreadable.add(path);
    const where = path === '' ? 'the input' : path;
    this.report(path, '{…}', allowed, `${where} could not be read (reading it threw an error)`);
    return undefined;
  }

  /** Reads an array of at most `max` items; returns the items (each read once) or undefined. */
  array(value: unknown, path: string, max: number, itemName: string, min = 0): unknown[] | undefined {
    const allowed = min > 0 ? `a list of ${min} to ${max} ${itemName}` : `a list of at most ${max} ${itemName}`;
    let length: number;
    try {
      if (!Array.isArray(value)) return this.wrong(path, value, allowed);
      length = value.length;
    } catch {
      return this.unreadableValue(path, allowed);
    }
    if (length < min || length > max) {
      const received = `[… ${length} items]`;
      this.report(path, received, allowed, `${path} must be ${allowed}; got ${length}`);
      return undefined;
    }
    const items: unknown[] = [];
    for (let i = 0; i < length; i++) {
      try {
        items.push((value as unknown[])[i]);
      } catch {
        this.unreadableValue(childPath(path, i), 'a readable value');
        items.push(undefined);
      }
    }
    return items;
  }

  /** A finite number within the field's bound (whole if the bound says so); −0 becomes 0; NaN after an error. */
  number(value: unknown, path: string, key: BoundKey): number {
    const bound = BOUNDS[key];
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      (bound.integer === true && !Number.isInteger(value)) ||
      value < bound.min ||
      value > bound.max
    ) {
      // Written only for an error: formatting both ends for every valid number was most of the
      // reader's time (each scenario read has ~80 numbers).
      const kind = bound.integer ? 'an integer' : 'a number';
      this.wrong(path, value, `${kind} from ${numberFormat.format(bound.min)} to ${numberFormat.format(bound.max)}`, bound.unit);
      return Number.NaN;
    }
    return value === 0 ? 0 : value;
  }

  /** Reads several numeric fields whose bounds are listed under `${prefix}.${field}`. */
  numbers<K extends string>(fields: Fields<K>, path: string, prefix: string, keys: readonly K[]): Record<K, number> {
    const out = {} as Record<K, number>;
    for (const key of keys) out[key] = this.number(fields[key], childPath(path, key), `${prefix}.${key}` as BoundKey);
    return out;
  }

  /** `null`, or a number within the field's bound; NaN after an error. */
  nullableNumber(value: unknown, path: string, key: BoundKey, nullMeans: string): number | null {
    if (value === null) return null;
    const bound = BOUNDS[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= bound.min && value <= bound.max) return value;
    const allowed = `null (${nullMeans}) or a number from ${numberFormat.format(bound.min)} to ${numberFormat.format(bound.max)}`;
    this.wrong(path, value, allowed, bound.unit);
    return Number.NaN;
  }

  /** true or false; false after an error. */
  boolean(value: unknown, path: string): boolean {
    if (typeof value === 'boolean') return value;
    this.wrong(path, value, 'true or false');
    return false;
  }

  /** One of a few literal strings; the first option after an error. */
  choice<T extends string>(value: unknown, path: string, options: readonly [T, ...T[]]): T {
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
    this.wrong(path, value, `one of ${options.map((o) => JSON.stringify(o)).join(', ')}`);
    return options[0];
  }

  /** Text of at most `maxLength` characters without control characters; '' after an error. */
  text(value: unknown, path: string, maxLength: number): string {
    const allowed = `text of at most ${maxLength} characters without control characters`;
    if (typeof value === 'string' && value.length <= maxLength && !FORBIDDEN_CHARACTERS.test(value)) return value;
    this.wrong(path, value, allowed);
    return '';
  }

  /** An ISO date `YYYY-MM-DD` that exists on the calendar; '' after an error. */
  date(value: unknown, path: string): string {
    if (typeof value === 'string' && isIsoDate(value)) return value;
    this.wrong(path, value, 'a calendar date written YYYY-MM-DD (years 1900 to 2100)');
    return '';
  }
}
