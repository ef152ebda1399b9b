import type { Page } from '@playwright/test';
import { defaultBranch, defaultScenario, type Scenario } from '../../src/model/index.ts';
import { PRESET_PARAM, REPLAY_PARAM } from '../../src/share/scenarioOrigin.ts';
import { encodeScenario } from '../../src/url/index.ts';
import { test, expect, waitForLazyParts } from './fixtures.ts';
import { appURL, hostOrigin } from './origins.ts';

/** Script payloads a crafted link could carry; each would set window.__pwned if it ever ran. */
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '" onerror="window.__pwned=1',
  '<img src=x onerror=window.__pwned=1>',
  "{{constructor.constructor('window.__pwned=1')()}}",
];

/** Records dialogs and CSP violations; call before goto. */
async function arm(page: Page): Promise<{ dialogs: string[] }> {
  const record = { dialogs: [] as string[] };
  page.on('dialog', (dialog) => {
    record.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      w.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return record;
}

/** Nothing ran: no __pwned, no dialog, no CSP violation (a blocked attempt would be one). */
async function expectNothingRan(page: Page, record: { dialogs: string[] }): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(record.dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  // No element carries an inline handler or a javascript: URL made from the payloads.
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll('*')].filter(
      (el) =>
        [...el.attributes].some((a) => a.name.startsWith('on')) ||
        /^\s*javascript:/i.test(el.getAttribute('href') ?? '') ||
        /^\s*javascript:/i.test(el.getAttribute('src') ?? ''),
    ).length,
  );
  expect(injected).toBe(0);
}

/**
 * The payload is on screen as literal text, or the link was refused with the link notice (the
 * LinkNotice paragraph only: the page always holds other, unrelated status regions).
 */
async function expectLiteralOrNotice(page: Page, payload: string): Promise<void> {
  await expect
    .poll(async () => {
      const literal = await page.getByText(payload).count();
      const notice = await page.locator('p.link-notice').filter({ hasText: /link|scenario/i }).count();
      return literal + notice;
    })
    .toBeGreaterThan(0);
}

/** A scenario with a branch named after each payload (1,000 paths). */
function branchPerName(names: string[]): Scenario {
  const scenario = { ...defaultScenario(), paths: 1000 };
  scenario.branches = names.map((name) => ({ ...defaultBranch(), name, weight: 1 / names.length }));
  return scenario;
}

test.describe('links carrying script payloads run nothing', () => {
  // One page for all five: a branch named after each payload (the app loads once, not five times).
  test('branch names in the mixture tabs: every payload at once, each shown literally', async ({ page }) => {
    const record = await arm(page);
    await page.goto(`./?s=${encodeScenario(branchPerName(PAYLOADS))}`);
    await expect(page.getByText('Done: 1,000 paths')).toBeVisible({ timeout: 90_000 });
    const values = await page.locator('input[type="text"], input:not([type])').evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
    for (const payload of PAYLOADS) {
      // Shown literally: as text in the branch tab ("<name> 20%") and as the value of its name field.
      await expect(page.getByText(payload).first(), payload).toBeVisible();
      expect(values, payload).toContain(payload);
    }
    await expectNothingRan(page, record);
  });

  for (const payload of PAYLOADS) {
    test(`preset, replay, raw scenario and hash parameters: ${payload}`, async ({ page }) => {
      const record = await arm(page);
      const value = encodeURIComponent(payload);
      for (const search of [`?${PRESET_PARAM}=${value}`, `?${REPLAY_PARAM}=${value}`, `?s=${value}`, `?s=v1.${value}`]) {
        await page.goto(`./${search}#${value}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (search.startsWith('?s=')) await expectLiteralOrNotice(page, payload);
        await expectNothingRan(page, record);
        await waitForLazyParts(page);
      }
    });

    test(`embed parameters view, theme, controls and id: ${payload}`, async ({ page }) => {
      const record = await arm(page);
      const value = encodeURIComponent(payload);
      const scenario = encodeScenario({ ...defaultScenario(), paths: 1000 });
      await page.goto(`./?embed=1&s=${scenario}&view=${value}&theme=${value}&controls=${value}&id=${value}`);
      await expect(page.locator('svg').first()).toBeVisible({ timeout: 90_000 });
      // Unknown values fall back to the defaults; the id (not shown) is refused by its pattern.
      expect(await page.evaluate(() => document.documentElement.dataset.theme ?? 'auto')).not.toContain('<');
      await expectNothingRan(page, record);
    });
  }
});

test('the built app runs under its Content-Security-Policy with no violation and no other host', async ({
  page,
  pageProblems,
}) => {
  const record = await arm(page);
  await page.goto(`./?s=${encodeScenario({ ...defaultScenario(), paths: 2000 })}`);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("worker-src 'self'");
  expect(policy).not.toContain("'unsafe-eval'");
  expect(await page.locator('script:not([src])').count()).toBe(0);
  await expect(page.getByText('Done: 2,000 paths')).toBeVisible({ timeout: 90_000 });
  // The panels imported on demand load before the reload, which would abort them mid-request.
  await waitForLazyParts(page);
  // The stored theme still applies before paint from the external script.
  await page.evaluate(() => localStorage.setItem('rotation-lab:theme', 'dark'));
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.waitForLoadState('networkidle');
  await expectNothingRan(page, record);
  expect(pageProblems.foreignRequests).toEqual([]);
});

test("embed.js on a host page ignores messages it did not expect, and still resizes on the app frame's own", async ({ page }) => {
  // embed.js is the listener that acts on messages (the app itself listens only in its Embed dialog).
  const app = `${appURL}?embed=1&view=large&s=${encodeScenario({ ...defaultScenario(), paths: 1000 })}`;
  await page.goto(`${hostOrigin}/embed.html?app=${encodeURIComponent(app)}`);
  await expect(page.frameLocator('#rotation-lab').locator('svg').first()).toBeVisible({ timeout: 90_000 });
  const inner = page.frames().find((f) => f.url().includes('embed=1'))!;
  // Every height embed.js sets from now on.
  await page.evaluate(() => {
    const w = window as unknown as { __heights: string[] };
    w.__heights = [];
    const frame = document.getElementById('rotation-lab')!;
    new MutationObserver(() => w.__heights.push(frame.style.height)).observe(frame, { attributes: true, attributeFilter: ['style'] });
  });
  const TYPE = 'rotation-lab:height';
  // Junk from the app frame (the one source embed.js trusts): wrong shapes, and JSON with an own
  // __proto__ key (a literal `{ __proto__: … }` would be sent as {}).
  await inner.evaluate((type) => {
    const junk: unknown[] = [
      { type, height: '321' },
      { type, height: 321, extra: true },
      JSON.parse(`{"type":"${type}","height":321,"__proto__":{"polluted":true}}`),
      { type: 'other', height: 321 },
      [type, 321],
      null,
      '<script>window.__pwned=1</script>',
    ];
    for (const message of junk) parent.postMessage(message, '*');
  }, TYPE);
  // A well-formed message, but from the host page itself and from a frame embed.js does not manage.
  await page.evaluate((type) => {
    window.postMessage({ type, height: 321 }, '*');
    const other = document.createElement('iframe');
    document.body.append(other);
    (other.contentWindow as Window & typeof globalThis).eval(`parent.postMessage({ type: '${type}', height: 321 }, '*')`);
  }, TYPE);
  // Then a good one from the app frame: embed.js handles messages in order, so once 654 is set every junk message was seen.
  await inner.evaluate((type) => parent.postMessage({ type, height: 654 }, '*'), TYPE);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __heights: string[] }).__heights)).toContain('654px');
  expect(await page.evaluate(() => (window as unknown as { __heights: string[] }).__heights)).not.toContain('321px');
  expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
});
