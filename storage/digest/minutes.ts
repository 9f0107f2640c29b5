/** Milliseconds as minutes rounded to one decimal: the precision every digest number is shown at. */
export function toMinutes(ms: number): number {
  return Math.round(ms / 6000) / 10;
}

/** A day counts as studied when it shows more than 0.0 minutes. */
export function isStudied(ms: number): boolean {
  return toMinutes(ms) > 0;
}
