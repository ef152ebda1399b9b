import type { Page } from '@playwright/test';
import { defaultBranch, defaultScenario, type Scenario } from '../../src/model/index.ts';
import { PRESET_PARAM, REPLAY_PARAM } from '../../src/share/scenarioOrigin.ts';
import { encodeScenario } from '../../src/url/index.ts';
import { test, expect } from './fixtures.ts';

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

/** The payload is on screen as literal text, or the link was refused with a notice. */
async function expectLiteralOrNotice(page: Page, payload: string): Promise<void> {
  await expect
    .poll(async () => {
      const literal = await page.getByText(payload).count();
      const notice = await page.locator('.link-notice, [role="status"], [role="alert"]').count();
      return literal + notice;
    })
    .toBeGreaterThan(0);
}

function twoBranches(names: [string, string]): Scenario {
  const scenario = { ...defaultScenario(), paths: 1000 };
  scenario.branches = names.map((name) => ({ ...defaultBranch(), name, weight: 0.5 }));
  return scenario;
}

test.describe('links carrying script payloads run nothing', () => {
  for (const payload of PAYLOADS) {
    test(`branch names in the mixture tabs: ${payload}`, async ({ page }) => {
      const record = await arm(page);
      await page.goto(`./?s=${encodeScenario(twoBranches([payload, `B ${payload}`]))}`);
      await expect(page.getByText('Done: 1,000 paths')).toBeVisible({ timeout: 90_000 });
      // Shown literally: as text in the branch tab ("<name> 50%") and as the value of its name field.
      await expect(page.getByText(payload).first()).toBeVisible();
      const values = await page.locator('input[type="text"], input:not([type])').evaluateAll((inputs) =>
        inputs.map((input) => (input as HTMLInputElement).value),
      );
      expect(values).toContain(payload);
      await expectNothingRan(page, record);
    });

    test(`preset, replay, raw scenario and hash parameters: ${payload}`, async ({ page }) => {
      const record = await arm(page);
      const value = encodeURIComponent(payload);
      for (const search of [`?${PRESET_PARAM}=${value}`, `?${REPLAY_PARAM}=${value}`, `?s=${value}`, `?s=v1.${value}`]) {
        await page.goto(`./${search}#${value}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (search.startsWith('?s=')) await expectLiteralOrNotice(page, payload);
        await expectNothingRan(page, record);
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
  // The stored theme still applies before paint from the external script.
  await page.evaluate(() => localStorage.setItem('rotation-lab:theme', 'dark'));
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.waitForLoadState('networkidle');
  await expectNothingRan(page, record);
  expect(pageProblems.foreignRequests).toEqual([]);
});

test('an embedded app ignores postMessage input it did not expect', async ({ page }) => {
  const record = await arm(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const src = `./?embed=1&s=${encodeScenario({ ...defaultScenario(), paths: 1000 })}`;
  await page.evaluate((url) => {
    const frame = document.createElement('iframe');
    frame.id = 'probe';
    frame.src = url;
    frame.style.width = '800px';
    frame.style.height = '900px';
    document.body.append(frame);
  }, src);
  const frame = page.frameLocator('#probe');
  await expect(frame.locator('svg').first()).toBeVisible({ timeout: 90_000 });
  const inner = page.frames().find((f) => f.url().includes('embed=1'))!;
  await inner.evaluate(() => {
    const w = window as unknown as { __cspViolations: string[]; __errors: string[] };
    w.__errors = [];
    addEventListener('error', (event) => w.__errors.push(String(event.message)));
  });
  const before = await inner.evaluate(() => document.body.innerText);
  const junk: unknown[] = [
    ...PAYLOADS,
    null,
    42,
    { type: 'rotation-lab:height', height: '<script>' },
    { type: 'rotation-lab:scenario', scenario: { paths: 1e9 } },
    { __proto__: { polluted: true } },
    { eval: 'window.__pwned=1' },
    [1, 2, 3],
  ];
  await page.evaluate((messages) => {
    const target = (document.getElementById('probe') as HTMLIFrameElement).contentWindow!;
    for (const message of messages) {
      target.postMessage(message, '*');
      window.postMessage(message, '*');
    }
  }, junk);
  // A message that does nothing cannot be awaited: post a marker after the junk and wait for it to arrive.
  await inner.evaluate(
    () =>
      new Promise<void>((resolve) => {
        addEventListener('message', (event) => event.data === 'probe-done' && resolve());
        postMessage('probe-done', '*');
      }),
  );
  expect(await inner.evaluate(() => document.body.innerText)).toBe(before);
  expect(await inner.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
  expect(await inner.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await inner.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
  await expectNothingRan(page, record);
});
