import type { EmbedControls, EmbedView } from './embedParams.ts';

/**
 * Rendered height of each view in a 700 px blog column, CSS pixels, including the 16 px gap
 * between views; measured from the built embed (test/e2e/embed-app.spec.ts checks one of them).
 */
const VIEW_HEIGHT: Record<EmbedView, number> = {
  small: 326,
  large: 326,
  bitcoin: 326,
  relative: 326,
  rates: 626,
  summary: 446,
  attribution: 1360,
  rotation: 580,
  policy: 390,
  trackrecord: 1243,
  stories: 1271,
  ladder: 914,
};

/** The fan legend, shown once above the first fan. */
const FAN_LEGEND_HEIGHT = 50;
const FAN_VIEWS: ReadonlySet<EmbedView> = new Set(['small', 'large', 'bitcoin', 'relative']);

const CONTROLS_HEIGHT: Record<EmbedControls, number> = { none: 0, compact: 730, full: 3160 };

/** The embed's padding, the caption (story, Fed path, data date) and the source line with the "Open in Rotation Lab" link. */
const FRAME_HEIGHT = 92;

/**
 * The tallest fixed height a snippet gets: beyond it the frame scrolls inside (a five-view embed is
 * not a 2,600 px block in someone's article); embed.js sizes the frame to its content exactly.
 */
export const MAX_FIXED_EMBED_HEIGHT = 1000;

/**
 * A fixed iframe height that shows the given views and controls without a scroll bar in a typical
 * blog column (about 700 px wide), for hosts that do not load embed.js (which then sets the exact
 * height), at most MAX_FIXED_EMBED_HEIGHT (taller content scrolls inside the frame); narrower
 * columns wrap text and need embed.js or a taller frame.
 */
export function embedHeight(views: readonly EmbedView[], controls: EmbedControls = 'none'): number {
  const viewsHeight = views.reduce((sum, view) => sum + (VIEW_HEIGHT[view] ?? 0), 0);
  const legend = views.some((view) => FAN_VIEWS.has(view)) ? FAN_LEGEND_HEIGHT : 0;
  return Math.min(MAX_FIXED_EMBED_HEIGHT, FRAME_HEIGHT + CONTROLS_HEIGHT[controls] + legend + viewsHeight);
}
