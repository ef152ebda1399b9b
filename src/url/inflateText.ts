import { Inflate } from 'fflate';
import { base64UrlToBytes } from './fromBase64Url.ts';

/** Input is fed to the inflater this many bytes at a time, so a bomb is stopped early. */
const STEP = 256;

/**
 * The text that `deflateText` compressed, or null when the encoding or the data is malformed, the
 * text is not UTF-8, or it would exceed `maxBytes` (a small link cannot expand without bound).
 */
export function inflateText(encoded: string, maxBytes: number): string | null {
  const input = base64UrlToBytes(encoded);
  if (input === null) return null;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  try {
    const inflater = new Inflate((chunk, final) => {
      total += chunk.length;
      if (total > maxBytes) throw new RangeError('inflated past the limit');
      chunks.push(chunk);
      if (final) ended = true;
    });
    for (let at = 0; at < input.length; at += STEP) {
      inflater.push(input.subarray(at, at + STEP), at + STEP >= input.length);
    }
    if (input.length === 0) return null;
  } catch {
    return null;
  }
  if (!ended) return null;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
