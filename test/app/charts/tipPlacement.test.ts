import { describe, expect, it } from 'vitest';
import { tipPlacement, type Box } from '../../../src/charts/tipPlacement.ts';

const card: Box = { left: 0, top: 0, right: 800, bottom: 400 };
const tip = { width: 300, height: 60 };
const word = (left: number, top: number): Box => ({ left, top, right: left + 80, bottom: top + 20 });

describe('tipPlacement(word, tip, card, gap)', () => {
  it('keeps the default spot (below, left-aligned) when the tip fits there', () => {
    expect(tipPlacement(word(100, 100), tip, card, 4)).toEqual({ above: false, shift: 0 });
  });

  it('opens above a word near the card’s bottom, where below would be clipped', () => {
    expect(tipPlacement(word(100, 340), tip, card, 4)).toEqual({ above: true, shift: 0 });
    // Exactly fitting below stays below.
    expect(tipPlacement(word(100, 316), tip, card, 4).above).toBe(false);
  });

  it('takes the roomier side when neither fits', () => {
    const short: Box = { left: 0, top: 0, right: 800, bottom: 70 };
    expect(tipPlacement(word(100, 10), tip, short, 4).above).toBe(false);
    expect(tipPlacement(word(100, 45), tip, short, 4).above).toBe(true);
  });

  it('shifts left just enough to end at the card’s right edge', () => {
    const placed = tipPlacement(word(650, 100), tip, card, 4);
    expect(placed.shift).toBe(-150);
    expect(650 + placed.shift + tip.width).toBe(card.right);
  });

  it('never shifts past the card’s left edge, even for a tip wider than the card', () => {
    const narrow: Box = { left: 20, top: 0, right: 220, bottom: 400 };
    expect(tipPlacement(word(120, 100), tip, narrow, 4).shift).toBe(-100);
    expect(tipPlacement(word(20, 100), tip, narrow, 4).shift).toBe(0);
  });
});
