import { HEIGHT_MESSAGE_TYPE, type HeightMessage } from './heightMessage.ts';

/**
 * Tells the host page (the parent window) the embed's height in CSS pixels, rounded up, so its
 * embed.js can size the iframe; does nothing when the page is not in a frame.
 */
export function postHeight(height: number, id?: string, target: Window | null = parentWindow()): void {
  // A top-level page is its own parent.
  if (!target || target === (globalThis as unknown) || !Number.isFinite(height)) return;
  const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(height) };
  if (id !== undefined) message.id = id;
  // The height is not secret and the host's origin is unknown to the app, hence '*'.
  target.postMessage(message, '*');
}

function parentWindow(): Window | null {
  return typeof window === 'undefined' ? null : window.parent;
}
