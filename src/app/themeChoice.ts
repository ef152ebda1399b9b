/** The reader's theme choice: follow the system, or force light or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** The localStorage key of the theme choice. */
export const THEME_KEY = 'rotation-lab:theme';

/** A type guard for stored choices (storage is untrusted). */
export function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark';
}

/** The stored choice, or 'system' when storage is missing, blocked or holds something else. */
export function readThemeChoice(storage: Pick<Storage, 'getItem'> | undefined): ThemeChoice {
  try {
    const value = storage?.getItem(THEME_KEY);
    return isThemeChoice(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Stores the choice; 'system' removes the key. Fails silently where storage is blocked. */
export function writeThemeChoice(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, choice: ThemeChoice): void {
  try {
    if (choice === 'system') storage?.removeItem(THEME_KEY);
    else storage?.setItem(THEME_KEY, choice);
  } catch {
    // Private modes and sandboxed frames may throw; the choice then lasts for the page only.
  }
}

/** The choice after `current` when the toggle is pressed: it flips the theme the reader sees. */
export function toggledTheme(shown: 'light' | 'dark'): ThemeChoice {
  return shown === 'dark' ? 'light' : 'dark';
}
