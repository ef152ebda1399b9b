import { test, expect } from './fixtures.ts';
import { embedHeight } from '../../src/embed/embedHeight.ts';
import { defaultScenario } from '../../src/model/index.ts';
import { encodeScenario } from '../../src/url/index.ts';
import { appURL, hostOrigin } from './origins.ts';

// The built app embedded in a page on another origin, with and without embed.js, and the Embed dialog.

const embedded = (query: string) => `${appURL}?${query}`;

test('a host page on another origin embeds ?embed&view=large; embed.js sizes the iframe to its content and the chart is drawn', async ({
  page,
}) => {
  await page.goto(`${hostOrigin}/embed.html?app=${encodeURIComponent(embedded('embed&view=large&id=post-1'))}`);
  const frame = page.frameLocator('#rotation-lab');
  await expect(frame.getByText('S&P 500', { exact: true })).toBeVisible({ timeout: 120_000 });
  await expect(frame.locator('svg path').first()).toBeVisible();
  // Only the chosen view, and no page chrome.
  await expect(frame.getByText('Russell 2000', { exact: true })).toHaveCount(0);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  const link = frame.getByRole('link', { name: /Open in Rotation Lab/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
  await expect(frame.getByText(/Rotation Lab simulation: seed \d+, [\d,]+ paths/)).toBeVisible({ timeout: 120_000 });
  const href = new URL((await link.getAttribute('href'))!);
  expect(href.searchParams.get('s')).toMatch(/^[vz]\d+\./);
  expect([...href.searchParams.keys()].filter((key) => ['embed', 'view', 'id'].includes(key))).toEqual([]);

  // The iframe's height (set by embed.js) equals the content's bottom edge inside it.
  const contentHeight = () =>
    frame.locator('main.embed').evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom + window.scrollY));
  const frameHeight = () => page.locator('#rotation-lab').evaluate((el: HTMLElement) => el.style.height);
  await expect.poll(async () => (await frameHeight()) === `${await contentHeight()}px`, { timeout: 30_000 }).toBe(true);
  expect(await frameHeight()).not.toBe('700px');
});

test('without embed.js the snippet height from embedHeight shows the whole chart without a scroll bar', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  const height = embedHeight(['large'], 'none');
  await page.goto(
    `${hostOrigin}/embed-fixed.html?height=${height}&app=${encodeURIComponent(embedded('embed=1&view=large'))}`,
  );
  const frame = page.frameLocator('#rotation-lab');
  // Everything fits: the document inside the frame is no taller than the frame, from the first
  // chart (often the quick preview, while the full run goes on) to the finished run.
  const overflow = () => frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight);
  await expect(frame.locator('svg path').first()).toBeVisible({ timeout: 120_000 });
  expect(await overflow()).toBeLessThanOrEqual(0);
  await expect(frame.getByText(/Rotation Lab simulation: seed \d+/)).toBeVisible({ timeout: 120_000 });
  expect(await page.locator('#rotation-lab').evaluate((el: HTMLElement) => el.style.height)).toBe(`${height}px`);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await expect(frame.getByRole('link', { name: /Open in Rotation Lab/ })).toBeInViewport();
});

test('the Embed dialog builds the snippet for the current scenario and chosen views, with a live preview', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(appURL).origin });
  await page.goto('./');
  await page.getByRole('button', { name: /^Hard landing/ }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('preset')).toBe('hard-landing');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this scenario' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Russell 2000 fan' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Rates and inflation' }).check();
  await dialog.getByRole('radio', { name: 'Dark' }).check();

  const snippetField = dialog.getByRole('textbox', { name: 'Code to paste' });
  await expect(snippetField).toHaveValue(/view=large,rates/);
  const snippet = await snippetField.inputValue();
  const src = new URL(/src="([^"]+)"/.exec(snippet)![1].replaceAll('&amp;', '&'));
  expect(src.origin + src.pathname).toBe(appURL);
  expect(src.searchParams.get('s')).toBe(new URL(page.url()).searchParams.get('s'));
  expect(src.searchParams.get('preset')).toBe('hard-landing');
  expect(src.searchParams.get('embed')).toBe('1');
  expect(src.searchParams.get('theme')).toBe('dark');
  expect(snippet).toContain('data-rotation-lab');
  expect(snippet).toContain(`<script src="${appURL}embed.js" defer></script>`);

  const preview = dialog.locator('iframe');
  await expect.poll(async () => new URL((await preview.getAttribute('src'))!).searchParams.get('view')).toBe('large,rates');
  const previewFrame = dialog.frameLocator('iframe');
  await expect(previewFrame.getByText('Policy rate', { exact: true })).toBeVisible({ timeout: 120_000 });
  await expect(previewFrame.getByText('S&P 500', { exact: true })).toBeVisible();
  await expect(previewFrame.getByText('Russell 2000', { exact: true })).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

  await dialog.getByRole('checkbox', { name: /resize script/ }).uncheck();
  await expect(snippetField).not.toHaveValue(/embed\.js/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('an embed over budget asks with Run it and Keep the preview; Run it runs the whole scenario, declining keeps the preview', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const long = encodeScenario({ ...defaultScenario(), paths: 1_000_000, months: 120 });
  await page.goto(`./?embed&view=large&s=${long}`);
  const ask = page.getByTestId('run-confirm');
  await expect(ask).toContainText(/1,000,000 paths × 120 months\) would take about/, { timeout: 60_000 });
  await expect(ask.getByRole('button', { name: 'Run it' })).toBeVisible();
  // Wait for the preview, so declining keeps something to show.
  await expect(page.getByText('Simulating the first paths…')).toHaveCount(0, { timeout: 60_000 });
  await ask.getByRole('button', { name: 'Keep the preview' }).click();
  const note = page.getByTestId('run-cancelled');
  await expect(note).toContainText('The charts show a partial result');
  await note.getByRole('button', { name: 'Run again' }).click();
  await page.getByTestId('run-confirm').getByRole('button', { name: 'Run it' }).click();
  await expect(page.getByTestId('run-confirm')).toHaveCount(0);
  await expect(page.getByText(/Simulating… [\d,]+ of 1,000,000 paths/)).toBeVisible({ timeout: 30_000 });
});

test('in an iframe sandboxed with allow-scripts only, the embed says why it cannot run instead of staying blank', async ({ page, pageProblems }) => {
  await page.goto(`${hostOrigin}/index.html`);
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.id = 'sandboxed';
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.src = src;
    frame.style.width = '800px';
    frame.style.height = '600px';
    document.body.append(frame);
  }, embedded('embed&view=large'));
  const frame = page.frameLocator('#sandboxed');
  await expect(frame.getByText(/may not start the simulation[\s\S]*allow-scripts allow-same-origin/)).toBeVisible({ timeout: 60_000 });
  // The refusal is handled: no uncaught SecurityError.
  expect(pageProblems.consoleErrors.filter((line) => /SecurityError|Uncaught/.test(line))).toEqual([]);
});

test('the embed names its story, Fed path and data date under the charts, and leaves bitcoin out of the summary and Why when its fan is not chosen', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 900 });
  const scenario = { ...defaultScenario(), paths: 2000 };
  await page.goto(embedded(`s=${encodeScenario(scenario)}&preset=consensus&embed=1&view=large,summary,attribution`));
  const caption = page.locator('main.embed .caption');
  await expect(caption).toContainText('Two cuts (consensus)', { timeout: 120_000 });
  await expect(caption).toContainText(/Fed path: two cuts \(−25 bp \w{3} \d{4}, −25 bp \w{3} \d{4}\) from \d+\.\d\d%/);
  await expect(caption).toContainText(`Market data as of ${scenario.snapshot.date}`);
  // Under the charts, above the source line.
  const [chartsBottom, captionTop] = await Promise.all([
    page.locator('main.embed .views').evaluate((el) => el.getBoundingClientRect().bottom),
    caption.evaluate((el) => el.getBoundingClientRect().top),
  ]);
  expect(captionTop).toBeGreaterThanOrEqual(chartsBottom);
  await expect(page.locator('section[aria-label="Why: Russell 2000"]')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('section[aria-label="Why: Bitcoin"]')).toHaveCount(0);
  await expect(page.locator('table thead th')).toHaveText(['Russell 2000', 'S&P 500']);
});

test('an embed whose link names unknown views shows the others and a notice naming the unknown ones and every view there is', async ({ page }) => {
  const scenario = { ...defaultScenario(), paths: 1000 };
  await page.goto(embedded(`s=${encodeScenario(scenario)}&embed=1&view=small,btc,why`));
  const notice = page.locator('.embed-notice');
  await expect(notice).toContainText('This embed’s link names views Rotation Lab does not know (“btc”, “why”), so it shows small.');
  await expect(notice).toContainText('The views are small, large, bitcoin, relative, rates, summary, attribution,');
  await expect(page.locator('figure.fan .plot svg path').first()).toBeVisible({ timeout: 120_000 });
  await expect(page.locator('figure.fan')).toHaveCount(1);
  // Dismissed, it goes.
  await notice.getByRole('button').click();
  await expect(notice).toHaveCount(0);
});
