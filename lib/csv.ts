// CSV as RFC 4180 has it (CRLF rows, fields quoted when they hold a quote, comma or line
// break, quotes doubled), safe to open in a spreadsheet: a cell that starts like a formula
// gets a leading apostrophe, so it is shown as text and never run.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(",") + "\r\n";
}

/** A whole CSV document: header row, then rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return csvRow(header) + rows.map(csvRow).join("");
}
