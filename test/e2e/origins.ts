/**
 * Where the end-to-end tests find things: the built app on one localhost origin, under a sub-path
 * like a GitHub Pages project site, and host pages that embed it on a second origin.
 */

/** Port of the server for the built app (dist/). */
export const APP_PORT = Number(process.env.APP_PORT ?? 4321);

/** Sub-path the app is served from; the build uses relative URLs, so any prefix must work. */
export const APP_PREFIX = '/rotation-lab/';

/** Port of the second origin, serving test/e2e/host-pages/. */
export const HOST_PORT = Number(process.env.HOST_PORT ?? 4322);

/** The app's origin, e.g. http://127.0.0.1:4321. */
export const appOrigin = `http://127.0.0.1:${APP_PORT}`;

/** The app's full URL, the tests' baseURL. */
export const appURL = `${appOrigin}${APP_PREFIX}`;

/** The host pages' origin, a different origin from the app's (another port). */
export const hostOrigin = `http://127.0.0.1:${HOST_PORT}`;
