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
