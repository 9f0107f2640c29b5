import { LEDGER_LIMITS } from '../limits';
import type { LedgerInputFile } from '../types';
import { decodeText } from './decode-text';
import { type RosterParse, rosterFromCells } from './roster-rows';

const isXlsx = (name: string) => /\.xlsx$/i.test(name);

/** The cells of a CSV roster (empty lines kept, so row numbers are the spreadsheet's), whichever encoding and delimiter (comma, semicolon, tab) Excel or WPS used. */
export async function csvCells(bytes: Uint8Array): Promise<unknown[][]> {
  const { default: Papa } = await import('papaparse');
  const { text } = decodeText(bytes);
  return Papa.parse<unknown[]>(text, { skipEmptyLines: false }).data;
}

/** The cells of the first sheet of an .xlsx roster (read-excel-file, loaded only here). */
export async function xlsxCells(bytes: Uint8Array): Promise<unknown[][]> {
  const { readSheet } = await import('read-excel-file/universal');
  return readSheet(bytes.slice().buffer);
}

/** A roster file (.csv or .xlsx as Excel or WPS save it) read into people, or why it is refused. */
export async function parseRoster(file: LedgerInputFile): Promise<RosterParse> {
  if (file.size > LEDGER_LIMITS.rosterBytes) return { ok: false, error: 'too-large' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let cells: unknown[][];
  try {
    cells = isXlsx(file.name) ? await xlsxCells(bytes) : await csvCells(bytes);
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  return rosterFromCells(cells);
}
