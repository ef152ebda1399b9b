import { test as base, expect } from '@playwright/test';
import { watchPage } from './fixtures.ts';

// Plain Playwright `test`: these pages misbehave on purpose, and the recorded problems are checked.
base.describe('watchPage(page), behind the pageProblems fixture', () => {
  base('records console.error calls', async ({ page }) => {
    const problems = watchPage(page);
    await page.goto('./');
    await page.evaluate(() => console.error('boom'));
    await expect.poll(() => problems.consoleErrors).toEqual(['console.error: boom']);
  });

  base('records uncaught exceptions', async ({ page }) => {
    const problems = watchPage(page);
    await page.goto('./');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('boom');
      });
    });
    await expect.poll(() => problems.consoleErrors).toEqual(['pageerror: boom']);
  });

  base.describe('with the page\'s Content-Security-Policy bypassed', () => {
    // The CSP (connect-src 'self') already stops this fetch before it becomes a request; the
    // fixture is the second line of defence, so it is tested without the first.
    base.use({ bypassCSP: true });

    base('records requests to other hosts', async ({ page }) => {
      const problems = watchPage(page);
      await page.goto('./');
      await page.evaluate(() => {
        fetch('http://foreign.invalid/tracker.gif').catch(() => {});
      });
      await expect.poll(() => problems.foreignRequests).toEqual(['http://foreign.invalid/tracker.gif']);
    });
  });

  base('records requests that fail', async ({ page }) => {
    const problems = watchPage(page);
    await page.goto('./');
    await page.evaluate(() => fetch('./missing.json').then(() => {}));
    await expect.poll(() => problems.failedRequests.some((entry) => entry.includes('missing.json: HTTP 404'))).toBe(true);
  });
});
