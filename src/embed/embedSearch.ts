import { EMBED_CONTROLS, EMBED_THEMES, EMBED_VIEWS, type EmbedControls, type EmbedTheme, type EmbedView } from './embedParams.ts';

/** The layout part of an embed URL; anything left out takes the embed's default. */
export interface EmbedLayout {
  views?: readonly EmbedView[];
  controls?: EmbedControls;
  theme?: EmbedTheme;
}

/**
 * Keys the embed owns in the URL; a scenario search's own values for them are replaced. `a` (compare
 * mode's pinned scenario) goes too: an embed shows one scenario.
 */
const EMBED_KEYS = ['embed', 'view', 'controls', 'theme', 'a'];

/**
 * A scenario's URL search (from `scenarioToSearch`) with the embed parameters set:
 * `?<scenario>&embed=1&view=small,large&controls=compact&theme=dark`; unknown values are dropped.
 */
export function embedSearch(search: string, layout: EmbedLayout = {}): string {
  const params = new URLSearchParams(search);
  for (const key of EMBED_KEYS) params.delete(key);
  params.set('embed', '1');
  const views = (layout.views ?? []).filter((view, i, all) => EMBED_VIEWS.includes(view) && all.indexOf(view) === i);
  if (views.length > 0) params.set('view', views.join(','));
  if (layout.controls && EMBED_CONTROLS.includes(layout.controls) && layout.controls !== 'none') {
    params.set('controls', layout.controls);
  }
  if (layout.theme && EMBED_THEMES.includes(layout.theme) && layout.theme !== 'auto') params.set('theme', layout.theme);
  // URLSearchParams writes "," as %2C; a literal comma is legal in a query and easier to read and edit.
  return `?${params.toString().replaceAll('%2C', ',')}`;
}
