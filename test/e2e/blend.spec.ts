import { test, expect } from './fixtures.ts';
import { decodeScenario } from '../../src/url/index.ts';
import { openScenario, quickScenario, riskTableText, waitForRun } from './exportHelpers.ts';

test.describe.configure({ timeout: 180_000 });

test('a blend of two stories keeps its weights at 100% and survives a reload with the same numbers', async ({ page }) => {
  await openScenario(page, quickScenario());
  const editor = page.getByRole('group', { name: 'Blend stories' });
  const weights = editor.getByRole('spinbutton');
  await expect(weights).toHaveCount(1);
  await expect(weights.first()).toBeDisabled();

  // A story with a start of its own says plainly that the blend keeps the shared one.
  await editor.getByLabel('Add').selectOption({ label: 'Goldilocks rotation' });
  await expect(editor.getByTestId('blend-start-note')).toContainText(
    /Goldilocks rotation starts from 2\.5% inflation on its own; in this blend it starts from [\d.]+% inflation/,
  );
  await editor.getByLabel('Add').selectOption({ label: 'Sticky tariff inflation, Fed pauses' });
  await expect(editor.getByTestId('blend-start-note')).not.toContainText('on its own');
  await editor.getByRole('button', { name: 'Add to blend' }).click();
  await expect(weights).toHaveCount(2);
  await expect(weights.nth(0)).toHaveValue('50');
  await expect(weights.nth(1)).toHaveValue('50');

  // Typing 70% into the first rescales the other to 30%.
  await weights.nth(0).fill('70');
  await weights.nth(0).press('Tab');
  await expect(weights.nth(1)).toHaveValue('30');
  await expect(editor.getByTestId('blend-total')).toHaveText('100.0%');

  await editor.getByRole('textbox', { name: 'Name of branch 1' }).fill('Soft landing');
  await editor.getByRole('textbox', { name: 'Name of branch 1' }).press('Tab');
  await expect(page.getByRole('group', { name: 'Editing branch:' }).getByRole('button', { name: /Soft landing/ })).toBeVisible(); // the branch tabs follow

  // A third branch takes a third; the others keep their 70:30 proportion.
  await editor.getByLabel('Add').selectOption({ label: 'Hard landing' });
  await editor.getByRole('button', { name: 'Add to blend' }).click();
  await expect(weights).toHaveCount(3);
  const shown = async () => weights.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect((await shown()).map(Number)).toEqual([46.7, 20, 33.3]);
  await expect(editor.getByTestId('blend-total')).toHaveText('100.0%');

  await waitForRun(page, 2000);
  // The debounced address update carries the blend, weights summing to 1; wait for it before reloading.
  const linked = () => {
    const decoded = decodeScenario(new URL(page.url()).searchParams.get('s') ?? '');
    return decoded.ok ? decoded.scenario.branches.map((b) => `${b.name} ${b.weight.toFixed(4)}`) : [];
  };
  await expect.poll(linked).toEqual(['Soft landing 0.4667', 'Sticky tariff inflation, Fed pauses 0.2000', 'Hard landing 0.3333']);
  const numbers = await riskTableText(page);
  const names = await editor.getByRole('textbox').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

  await page.reload();
  await waitForRun(page, 2000);
  expect(await shown()).toEqual(['46.7', '20', '33.3']);
  expect(await editor.getByRole('textbox').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(names);
  expect(names[0]).toBe('Soft landing');
  await expect(editor.getByTestId('blend-total')).toHaveText('100.0%');
  expect(await riskTableText(page)).toEqual(numbers);

  // Removing a branch rescales the rest back to 100%.
  await editor.getByRole('button', { name: 'Remove Hard landing' }).click();
  await expect(weights).toHaveCount(2);
  await expect.poll(async () => (await shown()).map(Number)).toEqual([70, 30]);
});
