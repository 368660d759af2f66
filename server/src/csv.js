// CSV cells for spreadsheets: a cell that could be read as a formula is defused with a leading
// apostrophe, and a cell with a separator (`,` or the `;` of Excel in Finnish), a quote or a line
// break is quoted, so no part of it can become a cell of its own.

/** @param {unknown} value */
export function csvCell(value) {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** @param {unknown[]} cells */
export const csvLine = (cells) => cells.map(csvCell).join(',');
