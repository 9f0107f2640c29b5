import type { GridCell } from '@/storage/ledger/queries';

/** How a cell is coloured: against the learner's weekly goal, or by the pace of their training plans. */
export type ColourBy = 'goal' | 'plan';

/**
 * A cell's level. `met` goal reached (or plans on pace); `part` at least half the goal; `low` under half;
 * `behind` a plan behind its pace; `none` nothing to compare with; `missing` no file; `edited` the only file
 * for the week failed its signature check.
 */
export type CellLevel = 'met' | 'part' | 'low' | 'behind' | 'none' | 'missing' | 'edited';

export const CELL_LEVELS: readonly CellLevel[] = [
  'met',
  'part',
  'low',
  'behind',
  'none',
  'missing',
  'edited',
];

/** The text cue shown beside the number, so a level never rests on colour alone. */
export const LEVEL_SYMBOL: Record<CellLevel, string> = {
  met: '✓',
  part: '◐',
  low: '○',
  behind: '!',
  none: '·',
  missing: '–',
  edited: '✗',
};

export function cellLevel(cell: GridCell, by: ColourBy): CellLevel {
  if (cell.state === 'missing') return 'missing';
  if (cell.state === 'edited') return 'edited';
  if (by === 'plan') {
    if (cell.planBehind === undefined) return 'none';
    return cell.planBehind ? 'behind' : 'met';
  }
  const goal = cell.goalMinutes ?? 0;
  const minutes = cell.minutes ?? 0;
  if (goal <= 0) return 'none';
  if (cell.goalMet ?? minutes >= goal) return 'met';
  return minutes >= goal / 2 ? 'part' : 'low';
}
