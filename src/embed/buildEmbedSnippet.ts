import { DEFAULT_EMBED_VIEWS, EMBED_VIEWS, type EmbedControls, type EmbedTheme, type EmbedView } from './embedParams.ts';
import { embedHeight } from './embedHeight.ts';
import { embedSearch } from './embedSearch.ts';
import { escapeAttribute } from './escapeAttribute.ts';
import { MAX_EMBED_HEIGHT } from './heightMessage.ts';

/** What the "Embed" dialog knows when it builds the code a blogger copies. */
export interface EmbedSnippetOptions {
  /** The app's address, e.g. `location.href`; only its origin and path are kept. Must be http(s). */
  appUrl: string;
  /** The scenario's query string from `scenarioToSearch`, e.g. `?s=…`. */
  search: string;
  /** The views to show, in order (default: the large and small cap fans). */
  views?: readonly EmbedView[];
  controls?: EmbedControls;
  theme?: EmbedTheme;
  /** The iframe's height in CSS pixels before embed.js resizes it (default: from the views). */
  height?: number;
  /** Also return the `<script src=".../embed.js" defer>` line that keeps the height exact. */
  resizeScript?: boolean;
}

/** What each view is called in the iframe's title, which screen readers announce. */
const VIEW_TITLES: Record<EmbedView, string> = {
  small: 'Russell 2000 fan chart',
  large: 'S&P 500 fan chart',
  bitcoin: 'bitcoin fan chart',
  relative: 'small vs large caps fan chart',
  rates: 'rates and inflation fan charts',
  summary: 'risk summary table',
  attribution: 'return attribution',
  rotation: 'why small caps lead or lag large caps',
  policy: 'Fed path beside the priced path and the Fed’s median',
  trackrecord: "the model's track record over six cutting cycles",
  stories: 'every story at a glance',
  ladder: 'what-if ladder of extra Fed moves',
};

/**
 * The HTML a blogger pastes to embed a scenario: an `<iframe data-rotation-lab>` with an escaped
 * `src`, an accessible `title`, `loading="lazy"`, full width and a fixed height that fits the views;
 * throws a TypeError when `appUrl` is not an http(s) URL.
 */
export function buildEmbedSnippet(options: EmbedSnippetOptions): string {
  const app = new URL(options.appUrl);
  if (app.protocol !== 'https:' && app.protocol !== 'http:') {
    throw new TypeError(`buildEmbedSnippet: the app URL must be http(s), got ${app.protocol}`);
  }
  const known = (options.views ?? []).filter((view) => EMBED_VIEWS.includes(view));
  const views = known.length > 0 ? [...new Set(known)] : [...DEFAULT_EMBED_VIEWS];
  const controls = options.controls ?? 'none';
  // From the whole address, not `new URL(app.pathname, app.origin)`: a path starting with `//`
  // would be read as a host there.
  const src = new URL(app.href);
  src.hash = '';
  src.search = embedSearch(options.search, { views, controls, theme: options.theme });
  const requested = options.height;
  const height =
    requested !== undefined && Number.isFinite(requested) && requested > 0
      ? Math.round(Math.min(requested, MAX_EMBED_HEIGHT))
      : embedHeight(views, controls);
  const title = `Rotation Lab simulation: ${views.map((view) => VIEW_TITLES[view]).join(', ')}`;
  const iframe =
    `<iframe src="${escapeAttribute(src.href)}" title="${escapeAttribute(title)}" width="100%" height="${height}" ` +
    `style="width:100%;height:${height}px;border:0" loading="lazy" data-rotation-lab></iframe>`;
  if (!options.resizeScript) return iframe;
  const script = new URL('embed.js', src);
  return `${iframe}\n<script src="${escapeAttribute(script.href)}" defer></script>`;
}
