/** The parts of the app an embed can show, in the order a host page lists them. */
export const EMBED_VIEWS = ['small', 'large', 'bitcoin', 'relative', 'rates', 'summary', 'attribution', 'rotation', 'policy', 'trackrecord', 'stories', 'ladder'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

/** How much of the scenario controls an embed shows. */
export const EMBED_CONTROLS = ['none', 'compact', 'full'] as const;
export type EmbedControls = (typeof EMBED_CONTROLS)[number];

/** The colour theme of an embed; `auto` follows the reader's system setting. */
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The views an embed shows when its URL names none: the two equity fans. */
export const DEFAULT_EMBED_VIEWS: readonly EmbedView[] = ['large', 'small'];

/** How the app should lay itself out, read from its URL (`?embed=1&view=small,large&controls=none&theme=auto`). */
export interface EmbedParams {
  /** True inside an iframe on someone else's page: no header, no footer, only `views`. */
  embed: boolean;
  /** The views to show, in order, without duplicates; all of them outside an embed. */
  views: EmbedView[];
  /** Which controls to show: none in an embed by default, all of them in the app. */
  controls: EmbedControls;
  theme: EmbedTheme;
  /** The embed's name from `?id=` (letters, digits, `-`, `_`), echoed in its height messages. */
  id?: string;
  /** `view` names given that are not views (a few, each cut short), so an embed can say so; absent when none. */
  unknownViews?: string[];
}
