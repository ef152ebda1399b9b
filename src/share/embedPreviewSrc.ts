import { embedSearch, type EmbedLayout } from '../embed/index.ts';

/** The address an embed snippet's iframe loads: the app at `link`'s path with the embed layout. */
export function embedPreviewSrc(link: string, layout: EmbedLayout): string {
  const app = new URL(link);
  return new URL(app.pathname + embedSearch(app.search, layout), app.origin).href;
}
