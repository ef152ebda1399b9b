/** Control, format (bidi overrides and isolates, zero-width, BOM) and line/paragraph separator characters. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** A run of this many characters without a space is cut (a pasted key can be kilobytes long). */
const LONGEST_WORD = 60;

/**
 * Text from a link or a file made safe to show in a notice: every control, bidi or other invisible
 * character written as a visible `\u{…}` escape (so `U+202E` cannot reverse what follows), each
 * run of more than 60 characters without a space cut to its start and end, and the whole cut to
 * `maxLength` characters.
 */
export function printableText(text: string, maxLength = 300): string {
  const escaped = String(text).replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
  const shortened = escaped.replace(new RegExp(`\\S{${LONGEST_WORD + 1},}`, 'gu'), (word) => {
    const chars = Array.from(word);
    return chars.length > LONGEST_WORD ? `${chars.slice(0, 40).join('')}…${chars.slice(-12).join('')}` : word;
  });
  const chars = Array.from(shortened);
  return chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('')}…` : shortened;
}
