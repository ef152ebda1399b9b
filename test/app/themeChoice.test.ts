import { describe, expect, it } from 'vitest';
import { THEME_KEY, isThemeChoice, readThemeChoice, toggledTheme, writeThemeChoice } from '../../src/app/themeChoice.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const throwing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceeded');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('theme choice', () => {
  it.each([['light', true], ['dark', true], ['system', true], ['Dark', false], [null, false], [1, false]])(
    'isThemeChoice(%s) is %s',
    (value, ok) => expect(isThemeChoice(value)).toBe(ok),
  );

  it('reads a stored choice and falls back to system for garbage, missing or blocked storage', () => {
    expect(readThemeChoice(memoryStorage({ [THEME_KEY]: 'dark' }))).toBe('dark');
    expect(readThemeChoice(memoryStorage({ [THEME_KEY]: '<script>' }))).toBe('system');
    expect(readThemeChoice(undefined)).toBe('system');
    expect(readThemeChoice(throwing)).toBe('system');
  });

  it('writes light/dark, removes the key for system, and never throws', () => {
    const s = memoryStorage();
    writeThemeChoice(s, 'light');
    expect(s.data.get(THEME_KEY)).toBe('light');
    writeThemeChoice(s, 'system');
    expect(s.data.has(THEME_KEY)).toBe(false);
    expect(() => writeThemeChoice(throwing, 'dark')).not.toThrow();
  });

  it('toggling flips the theme on screen', () => {
    expect(toggledTheme('dark')).toBe('light');
    expect(toggledTheme('light')).toBe('dark');
  });
});
