import { deflateSync } from 'fflate';
import { bytesToBase64Url } from './toBase64Url.ts';

/**
 * UTF-8 text compressed with raw DEFLATE (RFC 1951, the `deflate-raw` of CompressionStream) and
 * written as base64url. fflate, not CompressionStream: every link is made and read synchronously
 * (address bar, Copy link, compare, embed code), and the stream API is asynchronous only.
 */
export function deflateText(text: string): string {
  return bytesToBase64Url(deflateSync(new TextEncoder().encode(text), { level: 9, mem: 8 }));
}
