import { downloadBlob } from './downloadBlob.ts';

/** Saves text as a UTF-8 file, e.g. `downloadText(name, csv, 'text/csv')` (browser only). */
export function downloadText(filename: string, text: string, mime: string): void {
  const type = /charset=/i.test(mime) ? mime : `${mime};charset=utf-8`;
  downloadBlob(filename, new Blob([text], { type }));
}
