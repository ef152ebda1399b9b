import fc from 'fast-check';

/** One edit of a text. */
export type TextEdit =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'none' };

/** A change to a text a user could paste or a tool could mangle: truncation, a flipped or inserted character. */
export const textEditArb: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), char: fc.string({ minLength: 1, maxLength: 1 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 6 }) }),
  fc.constant({ kind: 'none' as const }),
);

/** Applies a text edit at a position taken modulo the text's length. */
export function editText(text: string, edit: TextEdit): string {
  if (edit.kind === 'none' || text.length === 0) return text;
  const at = edit.at % text.length;
  if (edit.kind === 'truncate') return text.slice(0, at);
  if (edit.kind === 'flip') return text.slice(0, at) + edit.char + text.slice(at + 1);
  return text.slice(0, at) + edit.text + text.slice(at);
}

/** JSON.stringify that never throws (a BigInt or a cycle gives null) and keeps -0 visible as "-0". */
export function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? 'null';
  } catch {
    return 'null';
  }
}
