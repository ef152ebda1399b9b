import { test as base, expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { appOrigin, hostOrigin } from './origins.ts';

/** What went wrong in the page during a test; every list must be empty when the test ends. */
export interface PageProblems {
  /** Uncaught exceptions and `console.error` messages, from the page or its workers. */
  consoleErrors: string[];
  /** Requests that failed at the network level or answered with HTTP status ≥ 400. */
  failedRequests: string[];
  /** Requests to any origin other than the local test servers. */
  foreignRequests: string[];
}

/** Origins the app may talk to: the local test servers, and in-memory URLs. */
function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  const { origin } = new URL(url);
  return origin === appOrigin || origin === hostOrigin;
}

/** Starts recording console errors, failed requests and foreign requests of a page. */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('pageerror', (error) => problems.consoleErrors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`console.error: ${message.text()}`);
  });
  // Errors inside the simulation workers surface on the worker, not always on the page.
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(`worker console.error: ${message.text()}`);
    });
  });
  page.on('request', (request) => {
    if (!isLocal(request.url())) problems.foreignRequests.push(request.url());
  });
  page.on('requestfailed', (request) => {
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}

/**
 * Playwright's `test`, with every page watched: a test fails if its page logged an error, threw,
 * had a request fail, or contacted a host other than the local test servers.
 */
export const test = base.extend<{ pageProblems: PageProblems }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems = watchPage(page);
      await use(problems);
      expect(problems.consoleErrors, 'console errors or uncaught exceptions').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
      expect(problems.foreignRequests, 'requests to hosts other than the local server').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Waits until the full app's lazy parts have loaded, so the page can be left: leaving earlier
 * aborts a request, which the fixture rightly counts as failed. The Assumptions panel's code loads
 * last, a staggered frame after the rest, so on a busy machine a network silence alone can come
 * before its request: wait for the panel, then for the network (the simulation worker's script).
 */
export async function waitForLazyParts(page: Page): Promise<void> {
  await expect(page.getByRole('group', { name: 'Assumptions' })).toBeAttached();
  await page.waitForLoadState('networkidle');
}

/**
 * Opens every <details> on the page (so axe and the contrast checks see what is folded away) and
 * waits for the Assumptions groups, whose fields are made when a group is first opened.
 */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await expect
    .poll(() => page.evaluate(() => [...document.querySelectorAll('details[data-group]')].every((d) => d.querySelector(':scope > .group'))))
    .toBe(true);
}

/**
 * One page for the tests of a serial describe that read what a single load shows (open it in
 * beforeAll, call `close` in afterAll), so they need not load the app and run its simulation
 * again each. It is watched like the fixture's page: `close` fails if, during any of those tests,
 * the page logged an error, threw, had a request fail or contacted another host.
 */
async function openSharedPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = watchPage(page);
  return {
    page,
    close: async () => {
      await context.close();
      expect(problems.consoleErrors, 'console errors or uncaught exceptions').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
      expect(problems.foreignRequests, 'requests to hosts other than the local server').toEqual([]);
    },
  };
}

/**
 * Declares, inside a describe, one page shared by its tests: serial mode, opened by openSharedPage
 * and handed to `load` in beforeAll (which keeps it and loads what the tests read), watched and
 * closed in afterAll.
 */
export function useSharedPage(load: (page: Page) => Promise<void>, options: BrowserContextOptions = {}): void {
  test.describe.configure({ mode: 'serial' });
  let shared: Awaited<ReturnType<typeof openSharedPage>> | undefined;
  test.beforeAll(async ({ browser }) => {
    shared = await openSharedPage(browser, options);
    await load(shared.page);
  });
  test.afterAll(async () => shared?.close());
}

export { expect };
