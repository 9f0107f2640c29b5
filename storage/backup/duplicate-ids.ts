/** The first id that appears twice among the rows, if any. */
export function firstDuplicateId(rows: readonly { id: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const { id } of rows) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}
