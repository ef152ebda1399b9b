import {
  DEFAULT_EMBED_VIEWS,
  EMBED_CONTROLS,
  EMBED_THEMES,
  EMBED_VIEWS,
  type EmbedParams,
  type EmbedView,
} from './embedParams.ts';

const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);
/** More `view` values than this are not read, so a hostile URL cannot make the parser work hard. */
const MAX_VIEW_TOKENS = 32;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Unknown view names kept for the embed's notice, and the characters kept of each. */
const MAX_UNKNOWN_VIEWS = 4;
const MAX_UNKNOWN_LENGTH = 24;

/**
 * Reads the embed parameters from a URL search string (`?embed=1&view=small,large&controls=none&theme=dark`);
 * values are case-insensitive, unknown ones are ignored (unknown view names are listed in
 * `unknownViews`, for a notice), `view` may be repeated or comma-separated,
 * and anything missing takes its default (an embed shows the two equity fans and no controls).
 */
export function parseEmbedParams(search: string | URLSearchParams): EmbedParams {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const embedValue = params.get('embed');
  const embed = embedValue !== null && !FALSE_WORDS.has(embedValue.trim().toLowerCase());
  const views: EmbedView[] = [];
  const unknown: string[] = [];
  const tokens = params.getAll('view').flatMap((value) => value.split(',')).slice(0, MAX_VIEW_TOKENS);
  for (const token of tokens) {
    const view = oneOf(EMBED_VIEWS, token);
    if (view) {
      if (!views.includes(view)) views.push(view);
      continue;
    }
    const name = [...token.trim()];
    const shown = name.length > MAX_UNKNOWN_LENGTH ? `${name.slice(0, MAX_UNKNOWN_LENGTH - 1).join('')}…` : name.join('');
    if (shown && !unknown.includes(shown) && unknown.length < MAX_UNKNOWN_VIEWS) unknown.push(shown);
  }
  const controls = oneOf(EMBED_CONTROLS, params.get('controls'));
  const result: EmbedParams = {
    embed,
    views: views.length > 0 ? views : embed ? [...DEFAULT_EMBED_VIEWS] : [...EMBED_VIEWS],
    controls: controls ?? (embed ? 'none' : 'full'),
    theme: oneOf(EMBED_THEMES, params.get('theme')) ?? 'auto',
  };
  const id = params.get('id');
  if (id !== null && ID_PATTERN.test(id)) result.id = id;
  if (unknown.length > 0) result.unknownViews = unknown;
  return result;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  const normalized = value?.trim().toLowerCase();
  return allowed.find((option) => option === normalized);
}
