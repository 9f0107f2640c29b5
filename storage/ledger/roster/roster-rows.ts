import { normalizeFingerprint } from '@/storage/signing/fingerprint';
import { inertText } from '../inert-text';
import { LEDGER_LIMITS } from '../limits';
import { normalizeStaffNo } from '../person-key';
import type { RosterImportResult } from '../types';

/** One person of a roster as read, with the spreadsheet row it came from (the header is row 1). */
export interface RosterRow {
  row: number;
  staffNo?: string;
  name: string;
  unit: string;
  fingerprint?: string;
}

export type RosterParse = { ok: true; rows: RosterRow[] } | Extract<RosterImportResult, { ok: false }>;

/** Header words Excel and WPS rosters use, Chinese and English, compared without spaces and case. */
const HEADERS: Record<'staffNo' | 'name' | 'unit' | 'fingerprint', string[]> = {
  staffNo: ['工号', '职工号', '教工号', '员工号', '编号', 'staffno', 'staffnumber', 'staffid', 'id'],
  name: ['姓名', '名字', 'name', 'fullname'],
  unit: ['单位', '学院', '部门', '学院/部门', '所在单位', 'unit', 'department', 'school'],
  fingerprint: ['指纹', '密钥指纹', '公钥指纹', 'fingerprint', 'keyfingerprint'],
};

const headerKey = (cell: string) => cell.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

function findColumns(header: string[]): Partial<Record<keyof typeof HEADERS, number>> {
  const keys = header.map(headerKey);
  const columns: Partial<Record<keyof typeof HEADERS, number>> = {};
  for (const [field, words] of Object.entries(HEADERS) as [keyof typeof HEADERS, string[]][]) {
    const index = keys.findIndex((key) => words.includes(key));
    if (index >= 0) columns[field] = index;
  }
  return columns;
}

const cellText = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());

/**
 * A roster from its cells (first row the header): 工号 and 姓名 columns required, 单位 and 指纹 optional.
 * Refused whole, naming the rows, when two rows share a staff number or a fingerprint cannot be read.
 */
export function rosterFromCells(cells: unknown[][]): RosterParse {
  const nonEmpty = cells.filter((row) => row.some((cell) => cellText(cell) !== ''));
  const [header, ...body] = cells;
  if (!header || nonEmpty.length < 2) return { ok: false, error: 'empty' };
  if (body.length > LEDGER_LIMITS.rosterRows) return { ok: false, error: 'too-large' };
  const columns = findColumns(header.map(cellText));
  const missing = (['staffNo', 'name'] as const).filter((field) => columns[field] === undefined);
  if (missing.length > 0) return { ok: false, error: 'missing-columns', missing };
  const rows: RosterRow[] = [];
  const bad: { row: number; problem: 'no-name' | 'bad-fingerprint' }[] = [];
  const at = (row: unknown[], column: number | undefined) =>
    column === undefined ? '' : cellText(row[column]);
  body.forEach((cellsOfRow, index) => {
    const row = index + 2;
    const staffNo = at(cellsOfRow, columns.staffNo);
    const name = at(cellsOfRow, columns.name);
    const unit = at(cellsOfRow, columns.unit);
    const fingerprintText = at(cellsOfRow, columns.fingerprint);
    if (!staffNo && !name && !unit && !fingerprintText) return;
    if (!name) bad.push({ row, problem: 'no-name' });
    const fingerprint = fingerprintText ? normalizeFingerprint(fingerprintText) : undefined;
    if (fingerprintText && !fingerprint) bad.push({ row, problem: 'bad-fingerprint' });
    rows.push({
      row,
      ...(staffNo ? { staffNo: inertText(normalizeStaffNo(staffNo), 64) } : {}),
      name: inertText(name, 100),
      unit: inertText(unit, 200),
      ...(fingerprint ? { fingerprint } : {}),
    });
  });
  const byStaffNo = new Map<string, number[]>();
  for (const row of rows) {
    if (row.staffNo) byStaffNo.set(row.staffNo, [...(byStaffNo.get(row.staffNo) ?? []), row.row]);
  }
  const duplicates = [...byStaffNo]
    .filter(([, at]) => at.length > 1)
    .map(([staffNo, at]) => ({ staffNo, rows: at }));
  if (duplicates.length > 0) return { ok: false, error: 'duplicate-staff-no', duplicates };
  if (bad.length > 0) return { ok: false, error: 'bad-rows', rows: bad };
  return { ok: true, rows };
}
