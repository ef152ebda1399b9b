import type { Page } from '@playwright/test';
import { test, expect, openAllDetails } from './fixtures.ts';

/**
 * The layout at a phone's widths and a laptop's: nothing wider than the screen, no chart text past
 * its card, the Fed editor's targets at least 24 px and its text at least 12 px, and on a phone the
 * result of an edit on screen beside the control. One page load per width.
 */

/**
 * Every chart of the results has drawn after the full run: the page mounts its sections one per
 * frame (the stories last), then each plot draws once it has a width.
 */
async function waitForCharts(page: Page): Promise<void> {
  await expect(page.locator('.charts:not(.stale)')).toBeVisible({ timeout: 120_000 });
  await expect.poll(() => page.locator('figure.fan .plot svg path').count(), { timeout: 60_000 }).toBeGreaterThan(20);
  await expect(page.locator('section.stories')).toBeAttached({ timeout: 60_000 });
  await waitForPlots(page);
}

/** Every plot on the page (fans, histograms, Why bars) holds its drawing. */
async function waitForPlots(page: Page): Promise<void> {
  const undrawn = () =>
    page.evaluate(() => {
      const plots = [...document.querySelectorAll('figure.fan .plot, figure.hist > div, .bars')];
      return plots.length === 0 ? -1 : plots.filter((p) => !p.querySelector('svg path, svg rect')).length;
    });
  await expect.poll(undrawn, { timeout: 60_000 }).toBe(0);
}

/** Page wider than the screen: scrollWidth past clientWidth, in px. */
const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * SVG texts (not in a sideways-scrolling strip) whose box runs past their card, the nearest
 * enclosing element with a border or that clips its overflow, or past the screen's sides when there
 * is none. Each as "text: px past".
 */
function clippedTexts(page: Page, root: string): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const screen = { left: 0, right: document.documentElement.clientWidth, top: -Infinity, bottom: Infinity };
    const cardOf = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        const bordered = ['top', 'right', 'bottom', 'left'].some((side) => parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0);
        if (bordered || style.overflowX !== 'visible' || style.overflowY !== 'visible') return a.getBoundingClientRect();
      }
      return screen;
    };
    const scrolls = (el: Element) => {
      for (let a = el.parentElement; a; a = a.parentElement) {
        if (/auto|scroll/.test(getComputedStyle(a).overflowX)) return true;
      }
      return false;
    };
    const out: string[] = [];
    for (const root of document.querySelectorAll(rootSelector)) {
      for (const text of root.querySelectorAll('svg text')) {
        const box = text.getBoundingClientRect();
        if (box.width === 0 || !text.textContent?.trim() || scrolls(text)) continue;
        const c = cardOf(text);
        const past = Math.max(c.left - box.left, box.right - c.right, c.top - box.top, box.bottom - c.bottom, screen.left - box.left, box.right - screen.right);
        if (past > 0.5) out.push(`${text.textContent.trim()}: ${past.toFixed(1)} px past`);
      }
    }
    return out;
  }, root);
}

/**
 * Pairs of SVG texts in one chart whose boxes overlap or come within 4 px side by side (tick
 * labels running together, as "−0.50.0+0.5" did at 360 px), each as "a × b".
 */
function crowdedTexts(page: Page, root: string): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const out: string[] = [];
    for (const root of document.querySelectorAll(rootSelector)) {
      for (const svg of root.querySelectorAll('svg')) {
        const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent?.trim() && t.getBoundingClientRect().width > 0);
        const boxes = texts.map((t) => t.getBoundingClientRect());
        for (let i = 0; i < texts.length; i++) {
          for (let j = i + 1; j < texts.length; j++) {
            const [a, b] = [boxes[i]!, boxes[j]!];
            const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            // Closer than 4 px side by side reads as one run of text ("−75 −50"), so it counts too.
            if (across > -4 && down > 2) out.push(`${texts[i]!.textContent!.trim()} × ${texts[j]!.textContent!.trim()}`);
          }
        }
      }
    }
    return out;
  }, root);
}

/** Boxes that scroll or clip sideways with content past their width (a table cut at the card edge), as "tag.class: px hidden". */
function hiddenSideways(page: Page, root: string): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const out: string[] = [];
    for (const root of document.querySelectorAll(rootSelector)) {
      for (const el of root.querySelectorAll('*')) {
        if (el.closest('.visually-hidden') || el.clientWidth === 0) continue;
        if (!/auto|scroll|hidden|clip/.test(getComputedStyle(el).overflowX)) continue;
        const hidden = el.scrollWidth - el.clientWidth;
        if (hidden > 1) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${hidden} px hidden`);
      }
    }
    return out;
  }, root);
}

/**
 * Selects whose chosen option is wider than the room beside the arrow (about 20 px in Chromium), so
 * it reads cut ("Every other meetin"), as "option: px short". Opens every <details> first.
 */
async function cutSelects(page: Page): Promise<string[]> {
  await openAllDetails(page);
  return page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    const out: string[] = [];
    for (const select of document.querySelectorAll('select')) {
      if (select.clientWidth === 0) continue;
      const style = getComputedStyle(select);
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.text ?? '';
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      const short = context.measureText(text).width - room;
      if (short > 0) out.push(`${text}: ${short.toFixed(0)} px short`);
    }
    return out;
  });
}

/** Visible controls in the Fed editor smaller than 24 × 24 px, as "name: w×h". */
function smallTargets(page: Page): Promise<string[]> {
  return page.locator('.fed-path').evaluate((editor) => {
    const out: string[] = [];
    for (const el of editor.querySelectorAll('button, select, input, summary, [role="slider"]')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < 24 || box.height < 24) {
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30);
        out.push(`${name}: ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
      }
    }
    return out;
  });
}

/** Text in the Fed editor set below 12 px, as "text: size". */
function smallText(page: Page): Promise<string[]> {
  return page.locator('.fed-path').evaluate((editor) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.textContent?.trim() || !parent || parent.closest('.visually-hidden')) continue;
      if (parent.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 12) out.push(`${node.textContent.trim().slice(0, 30)}: ${size}px`);
    }
    return out;
  });
}

for (const width of [360, 390]) {
  test(`at ${width} px the results come first, the dock switches to the scenario and shows each edit's result beside the Fed editor; nothing overflows or is clipped`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./');
    await waitForCharts(page);
    // Results first: the first fan is on the first screen.
    await expect(page.locator('figure.fan').first()).toBeInViewport();
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    expect(await clippedTexts(page, 'main')).toEqual([]);
    expect(await crowdedTexts(page, 'main')).toEqual([]);
    expect(await hiddenSideways(page, 'main')).toEqual([]);
    // The Results pane says what its charts are of: the Scenario pane, which names the story, is out of sight.
    const caption = page.locator('.results-column .caption');
    await expect(caption).toContainText('Two cuts (consensus)');
    await expect(caption).toContainText('Fed path: two cuts (−25 bp Mar 2026, −25 bp Jun 2026) from 3.63%');
    await expect(caption).toContainText('Market data as of 2025-12-11');

    const dock = page.getByRole('navigation', { name: 'Scenario or results' });
    await dock.getByRole('button', { name: 'Scenario' }).click();
    const strip = dock.getByRole('region', { name: 'Result at a glance' });
    await expect(strip).toBeVisible();
    await page.locator('.fed-path details.quick summary').click();
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    expect(await clippedTexts(page, 'main, nav')).toEqual([]);
    expect(await crowdedTexts(page, 'main, nav')).toEqual([]);
    expect(await hiddenSideways(page, 'main, nav')).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    expect(await smallText(page)).toEqual([]);

    // An edit's result shows in the dock while the bar being edited is on screen above it.
    const bar = page.getByRole('slider', { name: /^Decision at the/ }).first();
    await bar.scrollIntoViewIfNeeded();
    const russell = strip.locator('li').first().locator('strong');
    const before = await russell.textContent();
    await bar.focus();
    await page.keyboard.press('End');
    await expect(russell).not.toHaveText(before!, { timeout: 60_000 });
    const barBox = (await bar.boundingBox())!;
    const dockBox = (await dock.boundingBox())!;
    expect(barBox.y + barBox.height).toBeLessThanOrEqual(dockBox.y);
    expect(dockBox.y + dockBox.height).toBeLessThanOrEqual(800 + 0.5);
    // Back in Results, the caption follows the edit: no longer the story, and the new first decision.
    await dock.getByRole('button', { name: 'Results' }).click();
    await expect(caption).toContainText('Custom scenario');
    await expect(caption).toContainText('+100 bp Jan 2026');
    // Every select of the scenario shows its whole choice.
    await dock.getByRole('button', { name: 'Scenario' }).click();
    expect(await cutSelects(page)).toEqual([]);
    // Back in Results, every chart draws again where it is, off screen too (so Export lists it).
    await dock.getByRole('button', { name: 'Results' }).click();
    await waitForPlots(page);
  });
}

test('at 1280 px controls and charts sit side by side with no dock; nothing overflows or is clipped; Fed editor targets ≥ 24 px, text ≥ 12 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  await waitForCharts(page);
  await expect(page.getByRole('navigation', { name: 'Scenario or results' })).toHaveCount(0);
  // The story is named beside the charts (the controls column), so the results column has no caption of its own.
  await expect(page.locator('.results-column .caption')).toHaveCount(0);
  await expect(page.locator('.fed-path')).toBeInViewport();
  await expect(page.locator('figure.fan').first()).toBeInViewport();
  expect(await overflowX(page)).toBeLessThanOrEqual(0);
  expect(await clippedTexts(page, 'main')).toEqual([]);
  expect(await crowdedTexts(page, 'main')).toEqual([]);
  expect(await hiddenSideways(page, 'main')).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
  expect(await smallText(page)).toEqual([]);
  expect(await cutSelects(page)).toEqual([]);
});

test('a 360 px embed of every view has no text past its card and no sideways overflow', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('./?embed=1&view=small,large,bitcoin,relative,rates,summary,attribution');
  await expect(page.getByText(/Rotation Lab simulation: seed \d+/)).toBeVisible({ timeout: 120_000 });
  await expect.poll(() => page.locator('figure.fan .plot svg path').count(), { timeout: 60_000 }).toBeGreaterThan(20);
  await expect(page.locator('.bars')).not.toHaveCount(0);
  await waitForPlots(page);
  expect(await overflowX(page)).toBeLessThanOrEqual(0);
  expect(await clippedTexts(page, 'main')).toEqual([]);
  expect(await crowdedTexts(page, 'main')).toEqual([]);
  expect(await hiddenSideways(page, 'main')).toEqual([]);
});

test('at 360 px the lessons (track record, stories, what-if ladder) have no chart text overlapping or past its card, and tables wider than the phone show they scroll', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('./');
  const long = { timeout: 120_000 };
  const lessons = 'section.track-record, section.stories, section.ladder';
  // Each starts once near the screen.
  await page.locator('section.track-record').scrollIntoViewIfNeeded(long);
  await expect(page.locator('section.track-record')).toHaveAttribute('data-complete', 'true', long);
  await page.locator('section.stories').scrollIntoViewIfNeeded();
  await expect(page.locator('section.stories')).toHaveAttribute('data-complete', 'true', long);
  await page.locator('section.ladder').scrollIntoViewIfNeeded();
  await expect(page.locator('section.ladder')).toHaveAttribute('data-status', 'done', long);
  await expect(page.locator('section.ladder svg path.line')).toHaveCount(6);
  expect(await overflowX(page)).toBeLessThanOrEqual(0);
  expect(await clippedTexts(page, lessons)).toEqual([]);
  expect(await crowdedTexts(page, lessons)).toEqual([]);
  // Their data tables, opened, are wider than the phone: each scrolls sideways and shows the shadow cue.
  await page.evaluate((selector) => document.querySelectorAll(`:is(${selector}) details.data`).forEach((d) => ((d as HTMLDetailsElement).open = true)), lessons);
  const sideways = await page.evaluate((selector) =>
    [...document.querySelectorAll<HTMLElement>(`:is(${selector}) *`)]
      .filter((el) => el.clientWidth > 0 && /auto|scroll/.test(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
      .map((el) => ({ cue: el.classList.contains('scroll-x') && getComputedStyle(el).backgroundImage.includes('radial-gradient'), name: el.getAttribute('aria-label') })),
  lessons);
  expect(sideways.length).toBeGreaterThan(0);
  expect(sideways.filter((box) => !box.cue)).toEqual([]);
});

test('at 360 px the policy rate’s “announced path” label sits clear of its line, also when the path hikes', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('./');
  await waitForCharts(page);
  const dock = page.getByRole('navigation', { name: 'Scenario or results' });
  await dock.getByRole('button', { name: 'Scenario' }).click();
  await page.getByRole('button', { name: /^Hawkish pivot/ }).first().click();
  await dock.getByRole('button', { name: 'Results' }).click();
  await expect(page.locator('.results-column .caption')).toContainText('Hawkish pivot');
  await expect(page.getByText('Done: 10,000 paths')).toBeVisible({ timeout: 120_000 });
  // Back from the Scenario pane, a chart below the screen draws again once scrolled to.
  const chart = page.getByRole('figure', { name: /^Policy rate/ });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('path.announced')).toHaveCount(1);
  // Points of the label's box (in the chart's own coordinates) that the line's stroke covers.
  const crossed = await chart.evaluate((figure) => {
    const path = figure.querySelector<SVGPathElement>('path.announced')!;
    const box = figure.querySelector<SVGTextElement>('text.announced-label')!.getBBox();
    const hits: string[] = [];
    for (let px = box.x; px <= box.x + box.width; px += 1) {
      for (let py = box.y; py <= box.y + box.height; py += 1) {
        const point = new DOMPoint(px, py);
        if (path.isPointInStroke(point)) hits.push(`${px.toFixed(0)},${py.toFixed(0)}`);
      }
    }
    return hits;
  });
  expect(crossed).toEqual([]);
});
