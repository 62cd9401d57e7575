/**
 * How wide a column must be for a label to show whole in Sheets' default
 * font (Arial 10 pt): a wrapped cell needs its longest word to fit (Sheets
 * breaks a word that does not fit mid-word: "Квалифицирован|ные"); a cell
 * that is not wrapped and has a neighbour needs all of its text. An
 * estimate from the letters' widths in Arial (capitals and wide letters
 * such as Ш, Щ, Ж, Ю, M, W wider, i, l, punctuation narrower), rounded up;
 * bold is about a tenth wider. Kept on the generous side: a little air is
 * better than a cut label.
 */

/** Sheets' padding inside a cell, both sides together, plus room for rounding. */
const CELL_PADDING = 18;

const NARROW = /[ilIjtf.,:;!'|()[\]\s·—\-–]/u;
const WIDE = /[MWmwШЩЖЮшщжюМмФф@%]/u;

function letterWidth(char: string): number {
  if (NARROW.test(char)) return 4;
  if (WIDE.test(char)) return 11;
  if (char !== char.toLowerCase()) return 9;
  return 7.2;
}

/** The width in pixels of `text` on one line. */
export function textWidth(text: string, bold = false): number {
  let width = 0;
  for (const char of text) width += letterWidth(char);
  return Math.ceil(width * (bold ? 1.1 : 1));
}

/** The column width (pixels, padding included) that shows `text` whole: its longest word when it wraps, all of it when not. */
export function widthToShow(text: string, options: { bold?: boolean; wrap?: boolean } = {}): number {
  const pieces = options.wrap ? text.split(/\s+/) : [text];
  return Math.max(0, ...pieces.map((piece) => textWidth(piece, options.bold))) + CELL_PADDING;
}

/**
 * The width that shows each text of a grid's column whole where the cell to
 * its right is filled (an empty one lets the text run on, as in Sheets).
 * Bold is assumed, the wider case, since a grid carries no fonts.
 */
export function widthToShowGridColumn(grid: readonly (readonly unknown[])[], column: number, max = 420): number {
  let width = 0;
  for (const row of grid) {
    const value = row[column];
    const neighbour = row[column + 1];
    if (typeof value !== 'string' || value === '' || neighbour === undefined || neighbour === '' || neighbour === null)
      continue;
    width = Math.max(width, widthToShow(value, { bold: true }));
  }
  return Math.min(width, max);
}
