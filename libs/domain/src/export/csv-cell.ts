/**
 * One CSV cell, safe to open in a spreadsheet: values starting with =, +, -, @, tab or carriage
 * return get a leading apostrophe (formula injection), and the cell is quoted when it holds a
 * separator, quote or line break.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) {
    return '';
  }
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: ReadonlyArray<string | number | null | undefined>): string {
  return values.map(csvCell).join(',');
}
