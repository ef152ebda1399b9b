import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../../public/${path}`, import.meta.url)));

describe('public/og-card.png, the social card', () => {
  const png = read('og-card.png');

  it('is a PNG of 1200 × 630, the Open Graph and Twitter large-card size', () => {
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('is smaller than 200 kB', () => {
    expect(png.length).toBeLessThan(200_000);
  });
});

describe('public/og-card.svg, its source', () => {
  const svg = read('og-card.svg').toString('utf8');

  it('is 1200 × 630 and self-contained: no scripts, links, images or web fonts', () => {
    expect(svg).toMatch(/<svg [^>]*width="1200" height="630"/);
    expect(svg).not.toMatch(/<script|<image|<foreignObject|href=|@import|@font-face|url\((?!#)/i);
  });

  it('carries the title and the question', () => {
    expect(svg).toContain('Rotation Lab');
    expect(svg).toContain('If the Fed keeps cutting, do small caps beat large caps? What does bitcoin do?');
  });
});
