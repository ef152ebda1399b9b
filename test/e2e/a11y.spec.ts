import type { Page } from '@playwright/test';
import { test, expect, openAllDetails, useSharedPage } from './fixtures.ts';
import { blocking, countByImpact, runAxe } from './a11yAxe.ts';

/** Waits until the full run is drawn: every section of the results mounted and the status done. */
async function settledMain(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Why', exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/^Done: /)).toBeVisible({ timeout: 60_000 });
}


async function expectNoBlocking(page: Page, label: string): Promise<void> {
  const findings = await runAxe(page);
  // Minor and moderate findings do not fail the test; say them, and stay quiet when there are none.
  const counts = countByImpact(findings);
  if (Object.keys(counts).length > 0) console.log(`axe ${label}: ${JSON.stringify(counts)}`);
  expect(blocking(findings), `serious or critical axe violations (${label})`).toEqual([]);
}

/** Switches the emulated system colour scheme of a loaded page and waits until its styles follow. */
async function switchSystemScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(scheme);
}

// Each group below shares one page load: its tests check, in turn, the states that one load goes
// through, so the app loads and runs its simulation once per group instead of once per test.
for (const scheme of ['light', 'dark'] as const) {
  const toggled = scheme === 'light' ? 'dark' : 'light';
  test.describe(`the main view, loaded with the system in ${scheme} mode`, () => {
    let page: Page;
    useSharedPage(async (opened) => {
      page = opened;
      await page.goto('./');
      await settledMain(page);
    }, { colorScheme: scheme });

    test(`the main view has no serious or critical axe violation with the system in ${scheme} mode`, async () => {
      // The Assumptions groups' fields are made when a group is first opened: none before.
      await expect(page.locator('details[data-group]')).toHaveCount(6);
      await expect(page.locator('details[data-group] > .group')).toHaveCount(0);
      await openAllDetails(page);
      await expect(page.locator('details[data-group] > .group')).toHaveCount(6);
      await expectNoBlocking(page, `main, system ${scheme}`);
    });

    test(`the main view has no serious or critical axe violation after the theme toggle switches to ${toggled}`, async () => {
      await page.getByRole('button', { name: `Switch to ${toggled} theme` }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', toggled);
      await openAllDetails(page);
      // A chart's keyboard crosshair shows its tooltip; that must pass too.
      await page.getByRole('slider', { name: /^Russell 2000:/ }).focus();
      await page.keyboard.press('ArrowLeft');
      await expectNoBlocking(page, `main, toggled to ${toggled}`);
    });

    if (scheme === 'light') {
      test('the axe helper does report a critical violation when one is on the page (so zero means zero)', async () => {
        await page.evaluate(() => {
          const img = document.createElement('img');
          img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
          document.body.append(img);
        });
        const findings = await runAxe(page);
        expect(blocking(findings).map((f) => f.id)).toContain('image-alt');
      });
    }
  });
}

const EMBEDS = [
  'embed&view=large,small,summary',
  'embed&view=bitcoin,relative,rates,attribution',
  'embed&view=small&controls=compact',
  'embed&view=large&controls=full',
];

// One load per embed, with the system in light mode; the dark test then switches the system
// scheme of the same page, which the embed follows live (CSS media queries and the theme's
// matchMedia listener). Loading in dark is checked by the main view's dark group above.
for (const query of EMBEDS) {
  test.describe(`the embed view ?${query}`, () => {
    let page: Page;
    useSharedPage(async (opened) => {
      page = opened;
      await page.goto(`./?${query}`);
      await expect(page.locator('figure svg').first()).toBeVisible({ timeout: 60_000 });
      await expect(page.getByText(/seed \d+, [\d,]+ paths/)).toBeVisible({ timeout: 60_000 });
    }, { colorScheme: 'light' });

    for (const scheme of ['light', 'dark'] as const) {
      test(`the embed view ?${query} has no serious or critical axe violation in ${scheme} mode`, async () => {
        if (scheme === 'dark') await switchSystemScheme(page, 'dark');
        // An embed shows only its views: no page header.
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
        await openAllDetails(page);
        await expectNoBlocking(page, `embed ?${query}, ${scheme}`);
      });
    }
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`an embed whose host asks for theme=${theme} has no serious or critical axe violation against the other system setting`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
    await page.goto(`./?embed&view=large,small,summary,attribution&theme=${theme}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.getByText(/seed \d+, [\d,]+ paths/)).toBeVisible({ timeout: 60_000 });
    await openAllDetails(page);
    await expectNoBlocking(page, `embed theme=${theme}`);
  });
}
