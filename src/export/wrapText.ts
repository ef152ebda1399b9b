/**
 * Splits text into lines of at most `maxChars` characters at spaces (a word longer than a line gets
 * a line of its own); SVG text does not wrap by itself. A separator (" · ", " — ") stays at the end
 * of its line rather than starting the next.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.replace(/ ([·—])(?= )/g, '\u00a0$1').split(/[ \t\r\n]+/);
  for (const word of words.filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => l.replace(/\u00a0/g, ' '));
}
