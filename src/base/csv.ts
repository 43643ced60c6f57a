/**
 * CSV for spreadsheet programs (RFC 4180): fields quoted when they hold a comma, a quote or a line
 * break, quotes doubled, CRLF between records, and a UTF-8 byte order mark so that Excel reads
 * Arabic, Chinese and Russian as UTF-8 instead of the system code page.
 */
export const BOM = '\uFEFF';

/**
 * A text a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, or a leading tab or
 * carriage return) gets a leading apostrophe, which spreadsheets show as plain text (OWASP "CSV
 * injection"). Record titles come from many publishers; the file must be safe to open.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole file: BOM, then one CRLF-terminated line per row. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
