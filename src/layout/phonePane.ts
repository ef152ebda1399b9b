/** Which half of the app a phone shows: the scenario's controls or the results. */
export type PhonePane = 'scenario' | 'results';

/** Below this width (px) the app is one column and a dock switches between the two panes. */
export const PHONE_MAX_WIDTH = 959.98;
