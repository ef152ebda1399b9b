import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

/** Every source file the browser runs: src/, workers/, public/*.js and index.html. */
function sourceFiles(): string[] {
  const files: string[] = [join(root, 'index.html')];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|js|svelte|html)$/.test(name)) files.push(path);
    }
  };
  walk(join(root, 'src'));
  walk(join(root, 'workers'));
  for (const name of readdirSync(join(root, 'public'))) if (name.endsWith('.js')) files.push(join(root, 'public', name));
  return files;
}

/** Sinks that turn text into markup or code; none may appear in what ships. */
const FORBIDDEN: [string, RegExp][] = [
  ['{@html}', /\{@html\b/],
  ['innerHTML', /\.innerHTML\b/],
  ['outerHTML', /\.outerHTML\b/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ['eval(', /(^|[^\w.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string setTimeout/setInterval', /set(Timeout|Interval)\s*\(\s*['"`]/],
  ['javascript: URL', /['"`]javascript:/i],
  ['inline <script> in HTML', /<script(?![^>]*\bsrc=)[^>]*>/i],
];

/** Strips comments so prose that names a sink (like this file's) is not mistaken for a use. */
function code(text: string, path: string): string {
  const noBlock = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--[\s\S]*?-->/g, '');
  return path.endsWith('.html') ? noBlock : noBlock.replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('what ships holds no markup or code sinks', () => {
  const files = sourceFiles();

  it('finds the files to scan (src, workers, public scripts, index.html)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith('theme-init.js'))).toBe(true);
  });

  it.each(FORBIDDEN)('no %s in src/, workers/, public/*.js or index.html', (_name, pattern) => {
    const hits = files.filter((file) => {
      const text = code(readFileSync(file, 'utf8'), file);
      // A .svelte file's <script> blocks are component code, not inline page script.
      if (_name.startsWith('inline <script>') && !file.endsWith('.html')) return false;
      return pattern.test(text);
    });
    expect(hits.map((f) => relative(root, f))).toEqual([]);
  });

  it('the scan catches each sink when it is there (the patterns are not vacuous)', () => {
    const samples = [
      '{@html name}', 'el.innerHTML = x', 'el.outerHTML = x', 'el.insertAdjacentHTML("a", x)', 'document.write(x)',
      'eval(x)', 'new Function("a")', "setTimeout('a()', 1)", "href = 'javascript:alert(1)'", '<script>alert(1)</script>',
    ];
    FORBIDDEN.forEach(([, pattern], i) => expect(pattern.test(samples[i]!)).toBe(true));
  });
});
