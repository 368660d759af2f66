// CSV cells for spreadsheets: a cell that could be read as a formula is defused with a leading
// apostrophe, and a cell with a separator (`,` or the `;` of Excel in Finnish), a quote or a line
// break is quoted, so no part of it can become a cell of its own.

/** The cell's text, a leading formula character defused. @param {unknown} value */
export function neutralised(value) {
  const text = value === undefined || value === null ? '' : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** @param {unknown} value */
export function csvCell(value) {
  const text = neutralised(value);
  return /[",;\r\n\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** @param {unknown[]} cells */
export const csvLine = (cells) => cells.map(csvCell).join(',');

/** Every cell quoted, `;` between them (Excel in Finnish): the inbox's exports. @param {unknown[]} cells */
export const csvQuotedLine = (cells) => cells.map((cell) => `"${neutralised(cell).replace(/"/g, '""')}"`).join(';');
