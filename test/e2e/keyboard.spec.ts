import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** Everything a keyboard user must be able to Tab to, marked with data-kb so the walk can tick it off. */
async function markTabbables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    const all = [...document.querySelectorAll<HTMLElement | SVGElement>(selector)].filter((el) => {
      if (!el.checkVisibility({ visibilityProperty: true })) return false;
      if (el.closest('[inert]')) return false;
      // In a named radio group only the checked radio is a tab stop.
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name && !el.checked) {
        return !document.querySelector(`input[type="radio"][name="${CSS.escape(el.name)}"]:checked`);
      }
      return true;
    });
    return all.map((el, i) => {
      el.setAttribute('data-kb', String(i));
      const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
      return `${el.tagName.toLowerCase()} "${name.trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
    });
  });
}

/** The focused element's mark, and whether it shows a focus ring: an outline or box-shadow at least 2px, or (SVG bars) a ring stroke. */
async function focusedState(page: Page): Promise<{ kb: string | null; ring: string | null; body: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { kb: null, ring: null, body: true };
    const css = getComputedStyle(el);
    const outline = css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) >= 2;
    const shadow = css.boxShadow !== 'none' && /\d+(\.\d+)?px/.test(css.boxShadow);
    const ringRect = el.querySelector(':scope > .ring');
    const ringStroke = ringRect ? getComputedStyle(ringRect) : null;
    const svgRing = ringStroke !== null && ringStroke.stroke !== 'none' && parseFloat(ringStroke.strokeWidth) >= 2;
    const ok = outline || shadow || svgRing;
    return {
      kb: el.getAttribute('data-kb'),
      ring: ok ? null : `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}`,
      body: false,
    };
  });
}

/**
 * Puts focus on the tabbable element just before `target` in document order, then presses Tab
 * until `target` has focus (fails if not within `max` presses). That every control is reached by
 * Tab from the top of the page is the Tab walk's test; the others start one stop before their
 * control instead of walking the whole page again (a few hundred presses, most of the spec's time).
 */
async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
  await target.evaluate((el) => {
    const stops = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
      (e) => e.tabIndex >= 0 && !e.matches(':disabled') && e.getClientRects().length > 0,
    );
    const at = stops.indexOf(el as HTMLElement);
    if (at > 0) stops[at - 1].focus();
  });
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

// Long Tab walks on a machine shared by several test runs.
test.describe.configure({ timeout: 150_000 });

async function openApp(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Why', exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/^Done: /)).toBeVisible({ timeout: 60_000 });
}

test('Tab from the top of the page reaches every control, each with a visible focus ring', async ({ page }) => {
  await openApp(page);
  const tabbables = await markTabbables(page);
  expect(tabbables.length).toBeGreaterThan(40);
  const reached = new Set<string>();
  const noRing: string[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const state = await focusedState(page);
    if (state.body) break;
    if (state.kb !== null) {
      if (reached.has(state.kb)) break;
      reached.add(state.kb);
    }
    if (state.ring) noRing.push(state.ring);
  }
  const missed = tabbables.filter((_, i) => !reached.has(String(i)));
  expect(missed, 'controls Tab never reached').toEqual([]);
  expect(noRing, 'focused elements without a visible focus ring').toEqual([]);
});

test('the theme toggle and a preset work from the keyboard', async ({ page }) => {
  await openApp(page);
  const toggle = page.getByRole('button', { name: /^Switch to (dark|light) theme$/ });
  const before = await toggle.getAttribute('aria-label');
  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  await expect(toggle).not.toHaveAttribute('aria-label', before!);
  await expect(page.locator('html')).toHaveAttribute('data-theme', /dark|light/);

  const preset = page.getByRole('button', { name: /^Hard landing/ });
  await tabTo(page, preset);
  await page.keyboard.press('Space');
  await expect(preset).toHaveAttribute('aria-pressed', 'true');
});

test('the Fed path editor: arrows change a meeting, Left/Right move between meetings, Home/End jump', async ({ page }) => {
  await openApp(page);
  const bars = page.getByRole('slider', { name: /^Decision at the .* meeting/ });
  const first = bars.first();
  await tabTo(page, first);
  await page.keyboard.press('Home');
  await expect(first).toHaveAttribute('aria-valuenow', '-100');
  const cutText = await first.getAttribute('aria-valuetext');
  await page.keyboard.press('ArrowUp');
  await expect(first).toHaveAttribute('aria-valuenow', '-75');
  await expect(first).not.toHaveAttribute('aria-valuetext', cutText!);
  await page.keyboard.press('0');
  await expect(first).toHaveAttribute('aria-valuenow', '0');
  // The change is announced in the editor's live region.
  await expect(page.getByRole('status').filter({ hasText: /meeting|hold/i }).first()).not.toBeEmpty();

  await page.keyboard.press('ArrowRight');
  const second = bars.nth(1);
  await expect(second).toBeFocused();
  await expect(second).toHaveAttribute('tabindex', '0');
  await expect(first).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('End');
  await expect(second).toHaveAttribute('aria-valuenow', '100');
  await page.keyboard.press('PageDown');
  await expect(second).toHaveAttribute('aria-valuenow', '50');
  await page.keyboard.press('ArrowLeft');
  await expect(first).toBeFocused();
});

test('quick actions: details opens with Enter, a select changes with arrows, a number field takes typing and Enter, a button applies', async ({ page }) => {
  await openApp(page);
  const quick = page.locator('summary', { hasText: 'Quick actions' });
  await tabTo(page, quick);
  const details = quick.locator('xpath=..');
  const wasOpen = await details.evaluate((d) => (d as HTMLDetailsElement).open);
  await page.keyboard.press('Enter');
  await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(!wasOpen);
  if (wasOpen) await page.keyboard.press('Enter');
  await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);

  const cuts = page.getByRole('combobox', { name: 'Cuts of 25 bp' });
  await tabTo(page, cuts);
  await cuts.press('ArrowDown');
  await expect(cuts).toHaveValue('3');
  const setCuts = page.getByRole('button', { name: 'Set 3 cuts' });
  await tabTo(page, setCuts);
  await page.keyboard.press('Enter');
  await expect(page.getByText('3 cuts of 25 bp set.')).toBeVisible();

  const terminal = page.getByRole('textbox', { name: /^Terminal rate/ });
  await tabTo(page, terminal);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2.75');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Reach 2.75%' })).toBeVisible();
  // ArrowUp steps the field by its step.
  await terminal.press('ArrowUp');
  await expect(page.getByRole('button', { name: 'Reach 3%' })).toBeVisible();
});

test('a checkbox toggles with Space, and a chart data table opens from its Show data toggle', async ({ page }) => {
  await openApp(page);
  const reacts = page.getByRole('checkbox', { name: 'The Fed reacts to my inflation shock' });
  const was = await reacts.isChecked();
  await tabTo(page, reacts);
  await page.keyboard.press('Space');
  await expect(reacts).toBeChecked({ checked: !was });

  const showData = page.locator('summary', { hasText: /^(Show|Hide) data: Russell 2000: quantiles/ });
  await tabTo(page, showData);
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: /^Russell 2000: quantiles of the simulated paths/ });
  await expect(table).toBeVisible();
  await expect(table.locator('th[scope="col"]')).toHaveCount(9);
  await expect(table.locator('tbody th[scope="row"]').first()).toBeVisible();
  await expect(showData).toContainText('Hide data');
});

test('a chart\'s keyboard crosshair: arrows move the month, the tooltip shows the quantiles, aria-valuetext follows', async ({ page }) => {
  await openApp(page);
  const chart = page.getByRole('slider', { name: /^Russell 2000: use the arrow keys/ });
  await tabTo(page, chart);
  const months = Number(await chart.getAttribute('aria-valuemax'));
  expect(months).toBeGreaterThan(1);
  await expect(chart).toHaveAttribute('aria-valuenow', String(months));
  const figure = chart.locator('xpath=ancestor::figure[1]');
  const tooltip = figure.locator('.tooltip');
  await expect(tooltip).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(chart).toHaveAttribute('aria-valuenow', String(months - 1));
  await page.keyboard.press('Home');
  await expect(chart).toHaveAttribute('aria-valuenow', '0');
  await expect(chart).toHaveAttribute('aria-valuetext', /median .*5th percentile .*95th percentile/);
  await expect(tooltip).toContainText('(month 0)');
  for (const row of ['95th', '75th', 'median', 'mean', '25th', '5th']) await expect(tooltip).toContainText(row);
  await page.keyboard.press('PageUp');
  await expect(chart).toHaveAttribute('aria-valuenow', String(Math.min(12, months)));
  await expect(tooltip).toContainText(`(month ${Math.min(12, months)})`);
  // Leaving the chart hides the crosshair.
  await page.keyboard.press('Tab');
  await expect(tooltip).toHaveCount(0);
});
