/**
 * The page's query string as state: the one place the app reads and rewrites its address, so
 * everything shown from it (the share link field) follows every change, whoever made it.
 */
export class PageAddress {
  /** The current query string (location.search), updated by replace(). */
  search = $state(typeof location === 'undefined' ? '' : location.search);

  /** Replaces the query string without adding a history entry (the Back button is not flooded). */
  replace(search: string): void {
    // Edits the whole address: a relative `${pathname}${search}` whose path starts with `//` would
    // name another host (replaceState then throws, or a pushed link leaves the site).
    const address = new URL(location.href);
    address.search = search;
    history.replaceState(history.state, '', address.href);
    this.search = location.search;
  }
}

/** The page's address. */
export const pageAddress = new PageAddress();
