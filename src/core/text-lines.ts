/**
 * Breaks a text into lines no wider than a width in pixels (as text-width
 * estimates Sheets' default font), at spaces, so a paragraph can stand in
 * rows of one cell each, running over the empty cells to its right, and
 * still end inside the page. A single word wider than the width keeps a
 * line of its own.
 */
import { textWidth } from './text-width';

export function breakIntoLines(text: string, maxWidth: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
