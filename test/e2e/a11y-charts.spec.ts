import type { Page } from '@playwright/test';
import { test, expect, openAllDetails, useSharedPage } from './fixtures.ts';

async function openApp(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Why', exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/^Done: /)).toBeVisible({ timeout: 60_000 });
}

/** Every element's transition and animation durations that are not zero, as "tag.class: value". */
async function movingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const moving: string[] = [];
    const nonZero = (value: string) => value.split(',').some((d) => parseFloat(d) > 0);
    for (const el of document.querySelectorAll('*')) {
      const css = getComputedStyle(el);
      const what = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
      if (nonZero(css.transitionDuration)) moving.push(`${what}: transition ${css.transitionDuration}`);
      if (css.animationName !== 'none' && nonZero(css.animationDuration)) moving.push(`${what}: animation ${css.animationDuration}`);
    }
    return moving;
  });
}

async function checkReducedMotion(page: Page): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  // Without the preference the results column does fade, so the check below can see a transition.
  expect((await movingElements(page)).length).toBeGreaterThan(0);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await movingElements(page)).toEqual([]);
  const scroll = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
  expect(scroll).toBe('auto');
  // The checks after this one run without the preference, as Playwright's default page does.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
}

/** WCAG relative luminance of an sRGB colour given as 0–255 channels. */
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

async function checkSvgTextContrast(page: Page, theme: 'light' | 'dark'): Promise<void> {
  {
    // Each SVG text's fill blended by its opacities over the first opaque background behind the SVG.
    const texts = await page.evaluate(() => {
      const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
      const out: { text: string; fill: number[]; alpha: number; bg: number[] }[] = [];
      for (const el of document.querySelectorAll<SVGTextElement>('svg text')) {
        if (!el.checkVisibility() || !el.textContent?.trim()) continue;
        let alpha = 1;
        for (let n: Element | null = el; n && n.tagName.toLowerCase() !== 'svg'; n = n.parentElement) {
          const css = getComputedStyle(n);
          alpha *= Number(css.opacity) * (n === el ? Number(css.fillOpacity) : 1);
        }
        let bg = [255, 255, 255];
        for (let n: Element | null = el.closest('svg'); n; n = n.parentElement) {
          const c = rgb(getComputedStyle(n).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3] > 0)) {
            bg = c.slice(0, 3);
            break;
          }
        }
        const fill = rgb(getComputedStyle(el).fill);
        out.push({ text: `${el.closest('figure, section, div')?.className ?? ''} "${el.textContent.trim()}"`, fill: fill.slice(0, 3), alpha: alpha * (fill[3] ?? 1), bg });
      }
      return out;
    });
    expect(texts.length).toBeGreaterThan(50);
    const failing = texts
      .map((t) => {
        const shown = t.fill.map((c, i) => c * t.alpha + t.bg[i] * (1 - t.alpha));
        return { text: t.text, ratio: contrast(shown, t.bg) };
      })
      .filter((t) => t.ratio < 4.5)
      .map((t) => `${t.text}: ${t.ratio.toFixed(2)}`);
    console.log(`${theme}: ${texts.length} SVG texts, lowest contrast ${Math.min(...texts.map((t) => contrast(t.fill.map((c, i) => c * t.alpha + t.bg[i] * (1 - t.alpha)), t.bg))).toFixed(2)}`);
    expect([...new Set(failing)]).toEqual([]);
  }
}

async function checkFieldEdges(page: Page): Promise<void> {
  {
    await openAllDetails(page);
    const fields = await page.evaluate(() => {
      const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
      const out: { what: string; border: number[]; bg: number[] }[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), select, textarea')) {
        if (!el.checkVisibility()) continue;
        let bg = [255, 255, 255];
        for (let n: Element | null = el.parentElement; n; n = n.parentElement) {
          const c = rgb(getComputedStyle(n).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3] > 0)) {
            bg = c.slice(0, 3);
            break;
          }
        }
        const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? el.tagName;
        out.push({ what: label.slice(0, 50), border: rgb(getComputedStyle(el).borderBottomColor).slice(0, 3), bg });
      }
      return out;
    });
    expect(fields.length).toBeGreaterThan(10);
    const weak = fields.filter((f) => contrast(f.border, f.bg) < 3).map((f) => `${f.what}: ${contrast(f.border, f.bg).toFixed(2)}`);
    expect([...new Set(weak)]).toEqual([]);
  }
}

async function checkTextSummaries(page: Page): Promise<void> {
  const fans = page.getByRole('slider', { name: /: use the arrow keys to read a month$/ });
  await expect(fans).toHaveCount(7);
  for (const fan of await fans.all()) {
    await expect(fan).toHaveAccessibleDescription(/the median (rises|falls|holds near) .* over \d+ months; half the paths end between .* and 90% between /);
  }
  const histograms = page.getByRole('img', { name: /after \d+ months: the most common return is / });
  await expect(histograms).toHaveCount(4);
  await expect(histograms.first()).toHaveAccessibleName(/% of paths lose money and \d+% gain\.$/);
  // One index against the other trails or leads; it loses no money.
  await expect(histograms.last()).toHaveAccessibleName(/^Russell 2000 vs S&P 500 after \d+ months: .*; in about \d+% of paths it trails and in \d+% it leads\.$/);
  // Each histogram's two end bins, which hold the tails beyond the axis, are drawn apart (hollow).
  await expect(page.locator('figure.hist rect.tail')).toHaveCount(8);
  // Three assets and small minus large.
  const bars = page.getByRole('img', { name: /^Contributions to the .* return over \d+ months, in log points that add up \(total [+−]?\d/ });
  await expect(bars).toHaveCount(4);
  await expect(page.getByRole('img', { name: /^Your path ends at .* The market priced .* The Fed’s median \(SEP of / })).toHaveCount(1);
}

async function checkShowData(page: Page): Promise<void> {
  // 14 charts, the small-minus-large Why and the Fed editor's reference paths, and the three lessons.
  const toggles = page.locator('details.data > summary');
  await expect(toggles).toHaveCount(19);
  await expect(toggles.first()).toContainText(/^Show data: /);
  for (const toggle of await toggles.all()) await toggle.click();
  await expect(toggles.first()).toContainText(/^Hide data: /);
  const tables = page.locator('details.data table');
  await expect(tables).toHaveCount(19);
  for (const table of await tables.all()) {
    await expect(table.locator('caption')).not.toBeEmpty();
    expect(await table.locator('thead th[scope="col"]').count()).toBeGreaterThanOrEqual(2);
    expect(await table.locator('tbody th[scope="row"]').count()).toBeGreaterThanOrEqual(2);
  }
  const histogram = page.getByRole('table', { name: /^Russell 2000: share of paths by return/ });
  await expect(histogram.locator('tbody tr').first()).toContainText('%');
}

// Two page loads in all, one per theme: each describe's tests read, in turn, the page its
// beforeAll loaded (the app and its simulation run once per theme instead of once per test). The
// order matters only where a check changes the page: the field-edge check opens every <details>,
// so it comes last, after the Show data check has opened its toggles one by one.
for (const theme of ['light', 'dark'] as const) {
  test.describe(`charts and controls in the ${theme} theme`, () => {
    let page: Page;
    useSharedPage(async (opened) => {
      page = opened;
      await openApp(page);
    }, { colorScheme: theme });

    if (theme === 'light') {
      test('with prefers-reduced-motion nothing transitions or animates, and scrolling is not smooth', () => checkReducedMotion(page));
    }
    test(`chart and control SVG text meets WCAG AA contrast (4.5:1) against its panel in the ${theme} theme`, () =>
      checkSvgTextContrast(page, theme));
    if (theme === 'light') {
      test('every chart has a text summary for screen readers', () => checkTextSummaries(page));
    } else {
      test('every chart has a Show data table with a caption and column and row headings', () => checkShowData(page));
    }
    test(`text fields and selects have edges of at least 3:1 against their background in the ${theme} theme (WCAG 1.4.11)`, () =>
      checkFieldEdges(page));
  });
}
