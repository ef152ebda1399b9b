import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultScenario, SCHEMA_VERSION } from '../../../src/model/index.ts';
import { compactScenario } from '../../../src/url/compactScenario.ts';
import { decodeScenario, encodeScenario, MAX_ENCODED_LENGTH, SAFE_LINK_LENGTH } from '../../../src/url/index.ts';
import { bytesToBase64Url, toBase64Url } from '../../../src/url/toBase64Url.ts';
import { largestScenario } from './largestScenario.ts';

describe('compact links (z<version>. + deflate-raw)', () => {
  it('the largest valid scenario (8 full branches) gives a link the app opens, back to the same scenario', () => {
    const scenario = largestScenario();
    const encoded = encodeScenario(scenario);
    expect(encoded.startsWith(`z${SCHEMA_VERSION}.`)).toBe(true);
    // Room to spare: no link the app can make is refused by the app.
    expect(encoded.length).toBeLessThan(MAX_ENCODED_LENGTH / 2);
    const decoded = decodeScenario(encoded);
    expect(decoded.ok && decoded.scenario).toEqual(scenario);
  });

  it('a busy 8-branch scenario shrinks to under a third of its plain link', () => {
    const scenario = largestScenario(24);
    const plain = `v${SCHEMA_VERSION}.${toBase64Url(JSON.stringify(compactScenario(scenario)))}`;
    expect(encodeScenario(scenario).length).toBeLessThan(plain.length / 3);
  });

  it('old plain links still open, and a small scenario keeps its short plain form', () => {
    const scenario = { ...defaultScenario(), paths: 2000 };
    const plain = `v${SCHEMA_VERSION}.${toBase64Url(JSON.stringify(compactScenario(scenario)))}`;
    expect(decodeScenario(plain)).toMatchObject({ ok: true, scenario });
    expect(encodeScenario(defaultScenario())).toBe(`v${SCHEMA_VERSION}.e30`);
    expect(encodeScenario(scenario)).toBe(plain);
  });

  it('a compressed link that would inflate past the limit, a damaged one and a truncated one are refused with a message', () => {
    const bomb = `z${SCHEMA_VERSION}.${bytesToBase64Url(deflateSync(new TextEncoder().encode(`{"x":"${' '.repeat(5_000_000)}"}`)))}`;
    expect(bomb.length).toBeLessThan(MAX_ENCODED_LENGTH);
    expect(decodeScenario(bomb)).toEqual({ ok: false, error: 'This scenario link is damaged (bad encoding).' });
    expect(decodeScenario(`z${SCHEMA_VERSION}.AAAAAAAA`)).toMatchObject({ ok: false });
    const good = encodeScenario(largestScenario(24));
    expect(decodeScenario(good.slice(0, good.length / 2))).toMatchObject({ ok: false });
  });

  it('the safe length for a whole link is 8,000 characters, far below what the app opens', () => {
    expect(SAFE_LINK_LENGTH).toBe(8_000);
    expect(MAX_ENCODED_LENGTH).toBeGreaterThan(4 * SAFE_LINK_LENGTH);
  });

  it('reads a link compressed by the browser\'s own CompressionStream("deflate-raw")', async () => {
    const scenario = largestScenario(24);
    const bytes = new TextEncoder().encode(JSON.stringify(compactScenario(scenario)));
    const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const compressed = new Uint8Array(await new Response(stream).arrayBuffer());
    expect(decodeScenario(`z${SCHEMA_VERSION}.${bytesToBase64Url(compressed)}`)).toEqual({ ok: true, scenario });
  });
});
