import { test, expect } from './fixtures.ts';

// Both shock lists (inflation and 10-year) share ShockList; this pins its focus behaviour.
test('shock lists: add focuses the new row, remove returns focus to the add button', async ({ page }) => {
  await page.goto('./');
  for (const label of ['Add an inflation shock', 'Add a yield shock']) {
    const add = page.getByRole('button', { name: label });
    await add.scrollIntoViewIfNeeded();
    await add.click();
    await expect(page.locator(':focus')).toHaveAttribute('type', /number|text/);
    await page.getByRole('button', { name: /^Remove shock/ }).first().click();
    await expect(add).toBeFocused();
  }
});

test('at 360 px a shock’s title sits whole inside its frame, named by it, the frame’s border never running through it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Scenario or results' }).getByRole('button', { name: 'Scenario' }).click();
  for (const label of ['Add an inflation shock', 'Add a yield shock']) {
    const add = page.getByRole('button', { name: label });
    await add.scrollIntoViewIfNeeded();
    await add.click();
  }
  const frames = page.locator('fieldset.shock');
  await expect(frames).toHaveCount(2);
  await expect(page.getByRole('group', { name: /^Yield shock 1: / })).toBeVisible();
  for (const frame of await frames.all()) {
    const [box, legend] = await frame.evaluate((f) => [f.getBoundingClientRect().toJSON(), f.querySelector('legend')!.getBoundingClientRect().toJSON()]);
    // Below the frame's top border and within its sides (a legend on the border had the line run between its lines).
    expect(legend.top).toBeGreaterThanOrEqual(box.top + 1);
    expect(legend.left).toBeGreaterThanOrEqual(box.left);
    expect(legend.right).toBeLessThanOrEqual(box.right);
  }
});
