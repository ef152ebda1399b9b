import type { EmbedControls, EmbedView } from './embedParams.ts';

/** Approximate rendered height of each view in an embed column, CSS pixels. */
const VIEW_HEIGHT: Record<EmbedView, number> = {
  small: 340,
  large: 340,
  bitcoin: 340,
  relative: 340,
  rates: 300,
  summary: 240,
  attribution: 360,
};

const CONTROLS_HEIGHT: Record<EmbedControls, number> = { none: 0, compact: 140, full: 560 };

/** The embed's own title line and source line. */
const FRAME_HEIGHT = 64;

/**
 * A fixed iframe height that shows the given views and controls without a scroll bar in a typical
 * blog column, for hosts that do not load embed.js (which then sets the exact height).
 */
export function embedHeight(views: readonly EmbedView[], controls: EmbedControls = 'none'): number {
  const viewsHeight = views.reduce((sum, view) => sum + (VIEW_HEIGHT[view] ?? 0), 0);
  return FRAME_HEIGHT + CONTROLS_HEIGHT[controls] + viewsHeight;
}
