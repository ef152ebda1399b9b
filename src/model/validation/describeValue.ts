const MAX_STRING_SHOWN = 40;

/**
 * A short printable rendering of any value for an error message (`NaN`, `"abc"`, `undefined`,
 * `{…}`); never throws and never calls the value's own methods.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    case 'string': {
      const shown = value.length > MAX_STRING_SHOWN ? `${value.slice(0, MAX_STRING_SHOWN)}…` : value;
      // JSON.stringify escapes quotes and control characters, so hostile text stays on one line.
      return JSON.stringify(shown);
    }
    default:
      if (value === null) return 'null';
      try {
        return Array.isArray(value) ? '[…]' : '{…}';
      } catch {
        // Array.isArray throws on a revoked proxy.
        return '{…}';
      }
  }
}
