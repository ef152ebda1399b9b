import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import ts from 'typescript';

// src/export's DOM functions run in a real page: the TypeScript modules are transpiled on the fly
// and served from a made-up origin by request routing, so no build or server is needed.
const ORIGIN = 'http://export.test';
type StandaloneModule = typeof import('../../src/export/svgToStandalone.ts');
type PngModule = typeof import('../../src/export/svgToPng.ts');
const modules = { standalone: '/src/export/svgToStandalone.ts', png: '/src/export/svgToPng.ts' };
const root = fileURLToPath(new URL('../../', import.meta.url));

async function servePage(page: Page, body: string): Promise<void> {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.startsWith('/src/') && path.endsWith('.ts')) {
      const source = readFileSync(`${root}${path.slice(1)}`, 'utf8');
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      });
      await route.fulfill({ contentType: 'text/javascript', body: outputText });
    } else {
      await route.fulfill({ contentType: 'text/html', body });
    }
  });
  await page.goto(`${ORIGIN}/`);
}

/** A chart styled only by the page's stylesheet and CSS variables, with one hidden element. */
const chartPage = `<!doctype html><html><head><style>
  :root { --small: rgb(230, 20, 90); --ink: rgb(20, 30, 40); }
  body { background: rgb(250, 250, 245); color: var(--ink); font-family: serif; margin: 0; }
  .band { fill: var(--small); opacity: 0.5; }
  .median { stroke: var(--small); stroke-width: 3px; fill: none; }
  .hidden { display: none; }
  text { fill: currentColor; font: 700 14px monospace; }
</style></head><body>
  <svg id="chart" width="400" height="200" viewBox="0 0 400 200">
    <rect class="band" x="0" y="50" width="400" height="100"></rect>
    <path class="median" d="M0,100L400,100"></path>
    <text x="10" y="20">Russell 2000</text>
    <rect class="hidden" x="0" y="0" width="400" height="200" fill="black"></rect>
  </svg>
</body></html>`;

const meta = {
  title: 'Russell 2000: 24-month fan',
  description: 'Two cuts: −25 bp Mar 2026, −25 bp Jun 2026 · inflation target 2% · 24 months · 10,000 paths · seed 20251211',
  source: 'Rotation Lab simulation · seed 20251211 · 10,000 paths · scenario, not a forecast',
};

test.describe('svgToStandalone(svg, meta) and svgToPng(svgText)', () => {
  test.beforeEach(async ({ page }) => {
    await servePage(page, chartPage);
  });

  test('inlines the computed styles, drops hidden elements and frames the chart with title, description and source', async ({ page }) => {
    const text = await page.evaluate(
      async ({ meta, modules }) => {
        const { svgToStandalone } = (await import(modules.standalone)) as StandaloneModule;
        return svgToStandalone(document.querySelector('svg')!, meta);
      },
      { meta, modules },
    );
    expect(text).not.toContain('var(');
    expect(text).not.toContain('class="hidden"');
    const parsed = await page.evaluate((svgText) => {
      const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
      const band = doc.querySelector('.band');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        rootName: doc.documentElement.localName,
        title: doc.querySelector(':root > title')?.textContent,
        lines: [...doc.querySelectorAll(':root > text')].map((t) => t.textContent),
        band: band?.getAttribute('style'),
        label: doc.querySelector(':root > svg text')?.getAttribute('style'),
        background: doc.querySelector(':root > rect')?.getAttribute('fill'),
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.rootName).toBe('svg');
    expect(parsed.title).toBe(meta.title);
    expect(parsed.lines[0]).toBe(meta.title);
    expect(parsed.lines.join(' ')).toBe(`${meta.title} ${meta.description} ${meta.source}`);
    expect(parsed.band).toContain('fill:rgb(230, 20, 90)');
    expect(parsed.band).toContain('opacity:0.5');
    expect(parsed.label).toContain('font-family:monospace');
    expect(parsed.background).toBe('rgb(250, 250, 245)');
  });

  test('wraps a long title over lines instead of cutting it, prints the legend and keeps labels drawn past the chart’s box', async ({ page }) => {
    const parsed = await page.evaluate(
      async ({ modules }) => {
        const { svgToStandalone } = (await import(modules.standalone)) as StandaloneModule;
        const chart = document.querySelector('svg')!;
        chart.removeAttribute('viewBox');
        chart.style.overflow = 'visible';
        const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
        label.setAttribute('x', '380');
        label.setAttribute('y', '100');
        label.textContent = '95th 4.60%';
        chart.append(label);
        const title = 'Why: Russell 2000 total +11.5% over 24 months (mean log return), a title longer than the chart is wide';
        const text = svgToStandalone(chart, {
          title,
          description: 'd',
          source: 's',
          legend: [
            { label: '5–95% of paths', mark: 'band', color: 'rgb(0, 114, 178)', opacity: 0.35 },
            { label: 'median', mark: 'line', color: 'rgb(0, 114, 178)' },
            { label: 'FOMC meeting', mark: 'triangle', color: 'rgb(90, 90, 90)' },
          ],
        });
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const lines = [...doc.querySelectorAll(':root > text')].map((t) => t.textContent);
        const inner = doc.querySelector(':root > svg')!;
        return {
          title,
          lines,
          legend: [...doc.querySelectorAll(':root > g.legend text')].map((t) => t.textContent),
          marks: doc.querySelectorAll(':root > g.legend rect, :root > g.legend line, :root > g.legend path').length,
          viewBoxWidth: Number(inner.getAttribute('viewBox')!.split(' ')[2]),
          rootWidth: Number(doc.documentElement.getAttribute('width')),
        };
      },
      { modules },
    );
    const titleLines = parsed.lines.slice(0, -2);
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.join(' ')).toBe(parsed.title);
    for (const line of titleLines) expect(line!.length * 18 * 0.6).toBeLessThanOrEqual(parsed.rootWidth);
    expect(parsed.legend).toEqual(['5–95% of paths', 'median', 'FOMC meeting']);
    expect(parsed.marks).toBe(3);
    // "95th 4.60%" starts at x = 380 of a 400 px chart: the viewport grows to hold all of it.
    expect(parsed.viewBoxWidth).toBeGreaterThan(430);
    expect(parsed.rootWidth).toBe(parsed.viewBoxWidth + 32);
  });

  test('gives a narrow chart (a phone’s histogram) a text column wide enough for its title', async ({ page }) => {
    const width = await page.evaluate(async ({ modules }) => {
      const { svgToStandalone } = (await import(modules.standalone)) as StandaloneModule;
      document.body.insertAdjacentHTML('beforeend', '<svg id="narrow" width="150" height="100"><rect width="150" height="100" fill="teal"></rect></svg>');
      const chart = document.querySelector<SVGSVGElement>('#narrow')!;
      const text = svgToStandalone(chart, { title: 'Russell 2000 vs S&P 500', description: 'd', source: 's' });
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { root: Number(doc.documentElement.getAttribute('width')), lines: [...doc.querySelectorAll(':root > text')].map((t) => t.textContent) };
    }, { modules });
    expect(width.root).toBe(360 + 32);
    expect(width.lines[0]).toBe('Russell 2000 vs S&P 500');
  });

  test('the standalone file renders the chart the same on a page without the stylesheet, and svgToPng doubles it', async ({ page }) => {
    const result = await page.evaluate(async ({ meta, modules }) => {
      const { svgToStandalone } = (await import(modules.standalone)) as StandaloneModule;
      const { svgToPng } = (await import(modules.png)) as PngModule;
      const chart = document.querySelector('svg')!;
      const text = svgToStandalone(chart, meta);
      document.head.querySelector('style')!.remove(); // the file must not need the page's CSS
      const blob = await svgToPng(text);
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const size = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
      // The chart is nested at x = 16 and y below the title; its band spans chart y 50–150.
      const chartY = Number(size.querySelector('svg svg')!.getAttribute('y'));
      const pixel = (x: number, y: number) => [...context.getImageData(x * 2, y * 2, 1, 1).data];
      return {
        type: blob.type,
        width: bitmap.width,
        height: bitmap.height,
        svgWidth: Number(size.getAttribute('width')),
        svgHeight: Number(size.getAttribute('height')),
        band: pixel(16 + 200, chartY + 70),
        background: pixel(16 + 200, chartY + 30),
        hiddenCorner: pixel(16 + 390, chartY + 190),
      };
    }, { meta, modules });
    expect(result.type).toBe('image/png');
    expect([result.width, result.height]).toEqual([result.svgWidth * 2, result.svgHeight * 2]);
    expect(result.svgWidth).toBe(432);
    // Half-opaque rgb(230, 20, 90) over rgb(250, 250, 245) ≈ rgb(240, 135, 168).
    const [r, g, b] = result.band;
    expect(Math.abs(r! - 240)).toBeLessThan(6);
    expect(Math.abs(g! - 135)).toBeLessThan(6);
    expect(Math.abs(b! - 168)).toBeLessThan(6);
    expect(result.background.slice(0, 3)).toEqual([250, 250, 245]);
    expect(result.hiddenCorner.slice(0, 3)).toEqual([250, 250, 245]);
  });
});
