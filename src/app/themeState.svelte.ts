import { readThemeChoice, toggledTheme, writeThemeChoice, type ThemeChoice } from './themeChoice.ts';

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The page theme: the stored choice, the system preference, and what is shown. */
export class ThemeState {
  choice = $state<ThemeChoice>(readThemeChoice(safeStorage()));
  /** True when the system asks for dark (prefers-color-scheme). */
  systemDark = $state(globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false);
  /** The theme on screen. */
  shown: 'light' | 'dark' = $derived(this.choice === 'system' ? (this.systemDark ? 'dark' : 'light') : this.choice);

  /** Flips the shown theme and remembers the choice. */
  toggle(): void {
    this.choice = toggledTheme(this.shown);
    writeThemeChoice(safeStorage(), this.choice);
  }

  /** Follows the system again and forgets the stored choice. */
  followSystem(): void {
    this.choice = 'system';
    writeThemeChoice(safeStorage(), 'system');
  }

  /** Keeps `systemDark` in step with the OS; returns the cleanup. */
  connect(): () => void {
    const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    const onchange = (event: MediaQueryListEvent) => (this.systemDark = event.matches);
    query?.addEventListener('change', onchange);
    return () => query?.removeEventListener('change', onchange);
  }
}
