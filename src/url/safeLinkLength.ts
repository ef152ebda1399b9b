/**
 * The longest whole link (address and query) the app offers without a warning: CDNs and proxies in
 * front of static hosts commonly refuse URLs near 8 KB, and chat apps cut long ones. A scenario
 * whose link is longer still opens in the app (MAX_ENCODED_LENGTH is far above it), but the author
 * is told to share the scenario file instead.
 */
export const SAFE_LINK_LENGTH = 8_000;
