/**
 * A small RFC 4180 CSV reader that keeps where each row stands in its file (line, character offsets), so that a fact
 * imported from a row can point back at it.
 */

export class DataFileError extends Error {
  override name = 'DataFileError';
}

export interface CsvRow {
  /** 1-based line number in the file. */
  line: number;
  start: number;
  end: number;
  text: string;
  fields: string[];
}

/** The rows of CSV text one at a time: a file of a million rows is never held as a million row objects. */
export function* csvRows(text: string, file: string): Generator<CsvRow> {
  let offset = 0;
  let line = 1;
  while (offset < text.length) {
    const start = offset;
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let fieldStart = true;
    for (;;) {
      if (offset >= text.length) {
        if (quoted) throw new DataFileError(`${file}:${startLine}: a quoted field is never closed`);
        fields.push(field);
        break;
      }
      const ch = text[offset]!;
      if (quoted) {
        if (ch === '"' && text[offset + 1] === '"') {
          field += '"';
          offset += 2;
        } else if (ch === '"') {
          quoted = false;
          offset++;
        } else {
          if (ch === '\n') line++;
          field += ch;
          offset++;
        }
      } else if (ch === '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
        offset++;
      } else if (ch === ',') {
        fields.push(field);
        field = '';
        fieldStart = true;
        offset++;
      } else if (ch === '\n' || ch === '\r') {
        fields.push(field);
        break;
      } else {
        field += ch;
        fieldStart = false;
        offset++;
      }
    }
    const end = offset;
    if (text[offset] === '\r') offset++;
    if (text[offset] === '\n') offset++;
    line++;
    if (end > start) yield { line: startLine, start, end, text: text.slice(start, end), fields };
  }
}

/** Every row of CSV text (RFC 4180 quoting), with its line number and character offsets. */
export function parseCsv(text: string, file: string): CsvRow[] {
  return [...csvRows(text, file)];
}

/**
 * The data rows after a header that must be exactly `header`, each checked to have as many columns: an error names
 * the file and line.
 */
export function* rowsUnderHeader(text: string, header: readonly string[], file: string): Generator<CsvRow> {
  let first = true;
  for (const row of csvRows(text, file)) {
    if (first) {
      if (row.fields.join(',') !== header.join(',')) {
        throw new DataFileError(`${file}:1: expected the header "${header.join(',')}", found "${row.text}"`);
      }
      first = false;
      continue;
    }
    if (row.fields.length !== header.length) {
      throw new DataFileError(`${file}:${row.line}: expected ${header.length} columns, found ${row.fields.length}`);
    }
    yield row;
  }
  if (first) throw new DataFileError(`${file}:1: expected the header "${header.join(',')}", found an empty file`);
}
