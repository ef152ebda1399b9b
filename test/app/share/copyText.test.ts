import { describe, expect, it, vi } from 'vitest';
import { copyFeedback } from '../../../src/share/copyFeedback.ts';
import { copyText } from '../../../src/share/copyText.ts';

function fakeField() {
  return { focus: vi.fn(), select: vi.fn() } as unknown as HTMLInputElement & {
    focus: ReturnType<typeof vi.fn>;
    select: ReturnType<typeof vi.fn>;
  };
}

describe('copyText(text, fallback, clipboard)', () => {
  it('writes the text to the clipboard and leaves the field alone', async () => {
    const writeText = vi.fn(async () => {});
    const field = fakeField();
    expect(await copyText('https://x/?s=v1.e30', field, { writeText })).toBe('copied');
    expect(writeText).toHaveBeenCalledWith('https://x/?s=v1.e30');
    expect(field.select).not.toHaveBeenCalled();
  });

  it('selects the read-only field when the clipboard refuses or is missing', async () => {
    const denied = { writeText: vi.fn(async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))) };
    const field = fakeField();
    expect(await copyText('t', field, denied)).toBe('selected');
    expect(field.focus).toHaveBeenCalled();
    expect(field.select).toHaveBeenCalled();
    expect(await copyText('t', null, undefined)).toBe('selected');
  });
});

describe('copyFeedback(outcome)', () => {
  it('says "Copied", or how to finish the copy by hand', () => {
    expect(copyFeedback('copied')).toBe('Copied');
    expect(copyFeedback('selected')).toMatch(/Ctrl\+C/);
  });
});
