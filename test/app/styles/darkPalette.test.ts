import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// CSS cannot share one block between `[data-theme='dark']` (the toggle) and the system's dark
// preference, so global.css writes the dark palette twice; this keeps the two copies the same.
const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');

/** The custom properties declared in the first block that follows `selector`. */
function propertiesAfter(selector: string): Map<string, string> {
  const start = css.indexOf(selector);
  expect(start, `${selector} in global.css`).toBeGreaterThanOrEqual(0);
  const open = css.indexOf('{', start + selector.length);
  const body = css.slice(open + 1, css.indexOf('}', open));
  const properties = new Map<string, string>();
  for (const match of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) properties.set(match[1], match[2].trim());
  return properties;
}

describe('global.css dark palette', () => {
  it('the theme toggle and the system preference declare the same dark colours', () => {
    const toggled = propertiesAfter(":root[data-theme='dark']");
    const system = propertiesAfter(":root:not([data-theme='light'])");
    expect(toggled.size).toBeGreaterThan(10);
    expect(Object.fromEntries(system)).toEqual(Object.fromEntries(toggled));
  });
});
