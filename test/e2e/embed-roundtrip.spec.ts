import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import ts from 'typescript';

// The app side (src/embed/reportHeight.ts) and the host side (public/embed.js) together: the page
// and the transpiled modules are served from a made-up origin by request routing, so no server.
const ORIGIN = 'http://embed.test';
const root = fileURLToPath(new URL('../../', import.meta.url));

const embedDoc = `<body style="margin: 0; padding-top: 10px"><div id="content" style="height: 420px">charts</div>
<script type="module">
  import { reportHeight } from '/src/embed/reportHeight.ts';
  window.stop = reportHeight(document.getElementById('content'), 'chart-1');
</script>`.replaceAll('"', '&quot;');

const hostPage = `<!doctype html><html><body>
  <iframe id="embed" data-rotation-lab style="height: 150px; border: 0" srcdoc="${embedDoc}"></iframe>
  <script src="/public/embed.js"></script>
</body></html>`;

test('an embed that calls reportHeight is sized by embed.js to its content, and follows it when it grows', async ({ page }) => {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/public/embed.js') {
      await route.fulfill({ contentType: 'text/javascript', body: readFileSync(`${root}public/embed.js`, 'utf8') });
    } else if (path.startsWith('/src/') && path.endsWith('.ts')) {
      const { outputText } = ts.transpileModule(readFileSync(`${root}${path.slice(1)}`, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      });
      await route.fulfill({ contentType: 'text/javascript', body: outputText });
    } else {
      await route.fulfill({ contentType: 'text/html', body: hostPage });
    }
  });
  await page.goto(`${ORIGIN}/`);
  const height = () => page.locator('#embed').evaluate((el: HTMLElement) => el.style.height);
  // The reported height is the content's bottom edge: 10 px of padding above it plus 420 px.
  await expect.poll(height).toBe('430px');
  const embed = page.frameLocator('#embed');
  await embed.locator('#content').evaluate((el: HTMLElement) => (el.style.height = '900px'));
  await expect.poll(height).toBe('910px');
});
