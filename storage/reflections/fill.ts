/** Fills `$1`… of a UI string (the card gets its strings from the background, not the catalogs). */
export function fill(template: string, ...values: (string | number)[]): string {
  return template.replace(/\$(\d)/g, (_, index: string) => String(values[Number(index) - 1] ?? ''));
}
