/** Characters that make a spreadsheet read a cell as a formula (OWASP's list, with tab and CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a double quote or a line break, with
 * its quotes doubled. A text that a spreadsheet would run as a formula (=HYPERLINK(…), +1, @SUM)
 * gets a leading apostrophe first, which spreadsheets show as text and hide: a quote from a
 * hostile source must not execute on a reader's machine.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV text: fields joined by commas, records ended by CRLF, as RFC 4180 writes them. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
