// The public API of embedding: URL parameters, the iframe snippet and the height messages. This file only re-exports.
export {
  EMBED_VIEWS,
  EMBED_CONTROLS,
  EMBED_THEMES,
  DEFAULT_EMBED_VIEWS,
  type EmbedView,
  type EmbedControls,
  type EmbedTheme,
  type EmbedParams,
} from './embedParams.ts';
export { parseEmbedParams } from './parseEmbedParams.ts';
export { unknownViewsMessage } from './unknownViewsMessage.ts';
export { embedSearch, type EmbedLayout } from './embedSearch.ts';
export { embedHeight, MAX_FIXED_EMBED_HEIGHT } from './embedHeight.ts';
export { buildEmbedSnippet, type EmbedSnippetOptions } from './buildEmbedSnippet.ts';
export { escapeAttribute } from './escapeAttribute.ts';
export {
  HEIGHT_MESSAGE_TYPE,
  MIN_EMBED_HEIGHT,
  MAX_EMBED_HEIGHT,
  isHeightMessage,
  type HeightMessage,
} from './heightMessage.ts';
export { postHeight } from './postHeight.ts';
export { reportHeight } from './reportHeight.ts';
