#!/usr/bin/env node
/**
 * Renders public/og-card.svg (the social card, 1200×630) to public/og-card.png with headless
 * Chromium. Run after editing the SVG:  node docs/render-og-card.mjs
 * Chromium: $CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

const svg = fileURLToPath(new URL('../public/og-card.svg', import.meta.url));
const png = fileURLToPath(new URL('../public/og-card.png', import.meta.url));
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(svg).href);
  await page.screenshot({ path: png, type: 'png', clip: { x: 0, y: 0, width: 1200, height: 630 } });
  console.log(`Wrote ${png} (${statSync(png).size} bytes)`);
} finally {
  await browser.close();
}
