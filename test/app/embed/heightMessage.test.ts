import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE_TYPE, isHeightMessage } from '../../../src/embed/heightMessage.ts';
import { postHeight } from '../../../src/embed/postHeight.ts';

describe('isHeightMessage(data)', () => {
  it.each([
    [{ type: HEIGHT_MESSAGE_TYPE, height: 640 }],
    [{ type: HEIGHT_MESSAGE_TYPE, height: 0 }],
    [{ type: HEIGHT_MESSAGE_TYPE, height: 812.5, id: 'chart-1' }],
    [Object.assign(Object.create(null), { type: HEIGHT_MESSAGE_TYPE, height: 10 })],
  ])('accepts %j', (data) => {
    expect(isHeightMessage(data)).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'rotation-lab:height'],
    ['an array', [HEIGHT_MESSAGE_TYPE, 640]],
    ['another type', { type: 'other:height', height: 640 }],
    ['a height as a string', { type: HEIGHT_MESSAGE_TYPE, height: '640' }],
    ['a NaN height', { type: HEIGHT_MESSAGE_TYPE, height: Number.NaN }],
    ['an infinite height', { type: HEIGHT_MESSAGE_TYPE, height: Number.POSITIVE_INFINITY }],
    ['a negative height', { type: HEIGHT_MESSAGE_TYPE, height: -1 }],
    ['no height', { type: HEIGHT_MESSAGE_TYPE }],
    ['an id that is not a string', { type: HEIGHT_MESSAGE_TYPE, height: 1, id: 7 }],
    ['an id that is too long', { type: HEIGHT_MESSAGE_TYPE, height: 1, id: 'x'.repeat(201) }],
    ['an extra key', { type: HEIGHT_MESSAGE_TYPE, height: 1, style: 'display:none' }],
    ['a class instance', new (class { type = HEIGHT_MESSAGE_TYPE; height = 1; })()],
  ])('refuses %s', (_name, data) => {
    expect(isHeightMessage(data)).toBe(false);
  });
});

describe('postHeight(height, id?, target)', () => {
  function fakeParent() {
    const posted: [unknown, string][] = [];
    return { posted, target: { postMessage: (data: unknown, origin: string) => posted.push([data, origin]) } as unknown as Window };
  }

  it('posts a height message, rounded up, that passes isHeightMessage', () => {
    const { posted, target } = fakeParent();
    postHeight(640.2, undefined, target);
    postHeight(300, 'chart-1', target);
    expect(posted).toEqual([
      [{ type: HEIGHT_MESSAGE_TYPE, height: 641 }, '*'],
      [{ type: HEIGHT_MESSAGE_TYPE, height: 300, id: 'chart-1' }, '*'],
    ]);
    for (const [data] of posted) expect(isHeightMessage(data)).toBe(true);
  });

  it('posts nothing for a height that is not finite, or without a parent', () => {
    const { posted, target } = fakeParent();
    postHeight(Number.NaN, undefined, target);
    postHeight(100, undefined, null);
    expect(posted).toEqual([]);
  });
});
