import { embedSearch, type EmbedLayout } from '../embed/index.ts';

/** The address an embed snippet's iframe loads: the app at `link`'s path with the embed layout. */
export function embedPreviewSrc(link: string, layout: EmbedLayout): string {
  // Edits the whole address: rebuilding it from the path would read a path starting with `//` as a host.
  const src = new URL(link);
  src.search = embedSearch(src.search, layout);
  src.hash = '';
  return src.href;
}
