/** How a copy went: on the clipboard, or selected in a field for the reader to copy by hand. */
export type CopyOutcome = 'copied' | 'selected';

/**
 * Puts `text` on the clipboard; where the Clipboard API is missing or refused (an insecure
 * origin, a denied permission, an iframe without clipboard-write), selects the read-only
 * `fallback` field that shows the same text so the reader can press Ctrl+C / ⌘C.
 */
export async function copyText(
  text: string,
  fallback: HTMLInputElement | HTMLTextAreaElement | null,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): Promise<CopyOutcome> {
  try {
    if (!clipboard) throw new Error('no clipboard');
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    fallback?.focus();
    fallback?.select();
    return 'selected';
  }
}
