import { describe, expect, it } from 'vitest';
import { unknownViewsMessage } from '../../../src/embed/unknownViewsMessage.ts';
import { EMBED_VIEWS } from '../../../src/embed/embedParams.ts';

describe('unknownViewsMessage(unknown, shown)', () => {
  it('is null when every view name was known', () => {
    expect(unknownViewsMessage(undefined, ['large', 'small'])).toBeNull();
    expect(unknownViewsMessage([], ['large'])).toBeNull();
  });

  it('names the unknown views, what the embed shows instead, and every view there is', () => {
    const message = unknownViewsMessage(['btc', 'why'], ['small', 'large', 'rates'])!;
    expect(message).toBe(
      `This embed’s link names views Rotation Lab does not know (“btc”, “why”), so it shows small, large, rates. The views are ${EMBED_VIEWS.join(', ')}.`,
    );
    expect(unknownViewsMessage(['nope'], ['large', 'small'])).toMatch(/^This embed’s link names a view Rotation Lab does not know \(“nope”\), so it shows large, small\./);
  });
});
