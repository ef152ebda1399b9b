import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE_TYPE, MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT } from '../../../src/embed/heightMessage.ts';

const path = fileURLToPath(new URL('../../../public/embed.js', import.meta.url));
const source = readFileSync(path, 'utf8');

describe('public/embed.js', () => {
  it('is smaller than 1.5 kB', () => {
    expect(statSync(path).size).toBeLessThan(1500);
  });

  it('uses no eval, no Function constructor, no innerHTML and no document.write, and loads nothing', () => {
    expect(source).not.toMatch(/\beval\b|\bFunction\s*\(|innerHTML|outerHTML|insertAdjacentHTML|document\.write|import\s*\(|fetch\(|XMLHttpRequest/);
  });

  it('speaks the same protocol as src/embed: message type and height range', () => {
    expect(source).toContain(`'${HEIGHT_MESSAGE_TYPE}'`);
    expect(source).toMatch(new RegExp(`MIN = ${MIN_EMBED_HEIGHT}\\b`));
    expect(source).toMatch(new RegExp(`MAX = ${MAX_EMBED_HEIGHT}\\b`));
  });

  it('only resizes iframes marked data-rotation-lab whose contentWindow sent the message', () => {
    expect(source).toContain("querySelectorAll('iframe[data-rotation-lab]')");
    expect(source).toContain('contentWindow === source');
  });
});
