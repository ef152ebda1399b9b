import { EMBED_VIEWS, type EmbedView } from './embedParams.ts';

/**
 * The notice of an embed whose link names views the app does not know (`view=btc`), for its author:
 * the names left out, the views shown, and the names there are. Null when every name was known.
 */
export function unknownViewsMessage(unknown: readonly string[] | undefined, shown: readonly EmbedView[]): string | null {
  if (!unknown || unknown.length === 0) return null;
  const names = unknown.map((name) => `“${name}”`).join(', ');
  const one = unknown.length === 1;
  return `This embed’s link names ${one ? 'a view' : 'views'} Rotation Lab does not know (${names}), so it shows ${shown.join(', ')}. The views are ${EMBED_VIEWS.join(', ')}.`;
}
