/** A plain-text table: first column left-aligned, the others right-aligned, a rule under the header row. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  const line = (row: string[]) =>
    row.map((cell, column) =>
      column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
    );
  const [head, ...body] = rows;
  const rule = widths.map((width) => '-'.repeat(width));
  return [line(head ?? []), rule, ...body.map(line)].map((cells) => cells.join(' | ')).join('\n');
}
