import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';
import { APP_PORT, APP_PREFIX, HOST_PORT, appURL, hostOrigin } from './test/e2e/origins.ts';

const isCI = Boolean(process.env.CI);

/** Build folder; several developers testing at once each set their own E2E_DIST, APP_PORT and HOST_PORT. */
const distDir = process.env.E2E_DIST ?? 'dist';

/**
 * Set to 1 by `npm test` (test/run.mjs), which builds the site into E2E_DIST while Vitest runs:
 * the web server then serves that build instead of building again.
 */
const prebuilt = process.env.E2E_PREBUILT === '1';

/** Traces and failure screenshots; parallel runs set their own E2E_OUTPUT, since Playwright empties this folder at start. */
const outputDir = process.env.E2E_OUTPUT ?? 'test-results';

/** The first Chromium found: $CHROMIUM_PATH, Debian's /usr/bin/chromium, then Playwright's own. */
function findChromium(): string {
  const playwrightOwn = (() => {
    try {
      return chromium.executablePath();
    } catch {
      return '';
    }
  })();
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', playwrightOwn];
  const found = candidates.find((path) => path && existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one with `apt-get install -y chromium` ' +
      '(or `npx playwright install chromium`), or point CHROMIUM_PATH at a Chromium binary.',
  );
}

export default defineConfig({
  testDir: 'test/e2e',
  outputDir,
  // Tests, not whole files, are handed to the workers, so neither is left alone with a long file at
  // the end (issue 12 item 14). A describe whose tests share a page (useSharedPage) is serial and
  // stays together on one worker; every other test has its own page.
  fullyParallel: true,
  forbidOnly: isCI,
  retries: 0,
  // Two tests at a time, in CI too: one per core. Each spec shares the one built site and keeps
  // its page loads few, so two at once stay within the timeouts; CI stays under 6 minutes (issue 12).
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    baseURL: appURL,
    browserName: 'chromium',
    // The built site registers a service worker for offline use; requests it serves would bypass
    // page.route (the fault tests inject through it), so only test/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    // A failed test keeps its trace (actions, console, network, errors) and a screenshot. DOM
    // snapshots are left out: taking one before and after every action of a page this large
    // made each action about 3 times slower (a Tab walk 22 s instead of 7.5 s), for every test.
    // For a trace with snapshots, run `npx playwright test --trace on`.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      // Build once, then serve dist/ under the sub-path; relative asset URLs (base './') must work.
      command: `${prebuilt ? '' : `npx vite build --outDir ${distDir} --emptyOutDir && `}node test/e2e/serve.mjs --root ${distDir} --prefix ${APP_PREFIX} --port ${APP_PORT}`,
      url: appURL,
      reuseExistingServer: !isCI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node test/e2e/serve.mjs --root test/e2e/host-pages --prefix / --port ${HOST_PORT}`,
      url: `${hostOrigin}/`,
      reuseExistingServer: !isCI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
