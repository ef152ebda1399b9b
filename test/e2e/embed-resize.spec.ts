import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

// public/embed.js runs in a host page built with setContent, so these tests need no server.
const embedJs = readFileSync(fileURLToPath(new URL('../../public/embed.js', import.meta.url)), 'utf8');
const TYPE = 'rotation-lab:height';

/** A srcdoc document that reports a height to its parent as soon as it loads. */
const postingDoc = (height: number) =>
  `<script>parent.postMessage({ type: '${TYPE}', height: ${height} }, '*')</script>`.replaceAll('"', '&quot;');

const hostPage = `<!doctype html>
<html><head><script>${embedJs}</script><script>
  // Every style change of an iframe, so a test can assert that nothing else happened.
  window.changes = [];
  new MutationObserver((records) => {
    for (const r of records) window.changes.push(r.target.id + ':' + r.target.style.height);
  }).observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['style'] });
</script></head>
<body>
  <iframe id="marked" data-rotation-lab style="height:150px" srcdoc="${postingDoc(777)}"></iframe>
  <iframe id="unmarked" style="height:150px" srcdoc="<p>plain</p>"></iframe>
  <iframe id="elsewhere" data-rotation-lab src="https://example.com/rotation-lab/" style="height:150px"
    srcdoc="<p>content from srcdoc, src names another origin</p>"></iframe>
</body></html>`;

async function frame(page: Page, id: string): Promise<Frame> {
  const handle = await page.$(`#${id}`);
  const content = await handle?.contentFrame();
  if (!content) throw new Error(`no frame #${id}`);
  return content;
}

async function postFrom(source: Page | Frame, data: unknown): Promise<void> {
  await source.evaluate((message) => (window.parent === window ? window : window.parent).postMessage(message, '*'), data);
}

const heightOf = (page: Page, id: string) => page.locator(`#${id}`).evaluate((el: HTMLElement) => el.style.height);
const changes = (page: Page) => page.evaluate(() => (window as unknown as { changes: string[] }).changes.splice(0));

test.describe('public/embed.js', () => {
  test.beforeEach(async ({ page }) => {
    await page.setContent(hostPage);
    await expect.poll(() => heightOf(page, 'marked')).toBe('777px');
    await changes(page);
  });

  test('sets a marked iframe’s height from the message its document posts', async ({ page }) => {
    await postFrom(await frame(page, 'marked'), { type: TYPE, height: 420.6, id: 'chart' });
    await expect.poll(() => heightOf(page, 'marked')).toBe('421px');
  });

  test('clamps the height to 100–5000 px', async ({ page }) => {
    const marked = await frame(page, 'marked');
    await postFrom(marked, { type: TYPE, height: 1e9 });
    await expect.poll(() => heightOf(page, 'marked')).toBe('5000px');
    await postFrom(marked, { type: TYPE, height: 3 });
    await expect.poll(() => heightOf(page, 'marked')).toBe('100px');
  });

  test('ignores messages with a bad shape', async ({ page }) => {
    const marked = await frame(page, 'marked');
    for (const bad of [
      null,
      'rotation-lab:height',
      [TYPE, 300],
      { type: 'other', height: 300 },
      { type: TYPE, height: '300' },
      { type: TYPE, height: -300 },
      { type: TYPE },
      { type: TYPE, height: 300, id: 5 },
      { type: TYPE, height: 300, extra: true },
    ]) {
      await postFrom(marked, bad);
    }
    // A valid message last: once it lands, every earlier one from the same frame has been handled.
    await postFrom(marked, { type: TYPE, height: 640 });
    await expect.poll(() => heightOf(page, 'marked')).toBe('640px');
    expect(await changes(page)).toEqual(['marked:640px']);
  });

  test('ignores messages from the host page itself and from iframes without data-rotation-lab', async ({ page }) => {
    await postFrom(page, { type: TYPE, height: 300 });
    await postFrom(await frame(page, 'unmarked'), { type: TYPE, height: 300 });
    await postFrom(await frame(page, 'marked'), { type: TYPE, height: 640 });
    await expect.poll(() => heightOf(page, 'marked')).toBe('640px');
    expect(await changes(page)).toEqual(['marked:640px']);
    expect(await heightOf(page, 'unmarked')).toBe('150px');
  });

  test('ignores a marked iframe whose message does not come from the origin of its src', async ({ page }) => {
    await postFrom(await frame(page, 'elsewhere'), { type: TYPE, height: 300 });
    await postFrom(await frame(page, 'marked'), { type: TYPE, height: 640 });
    await expect.poll(() => heightOf(page, 'marked')).toBe('640px');
    expect(await changes(page)).toEqual(['marked:640px']);
    expect(await heightOf(page, 'elsewhere')).toBe('150px');
  });
});
