/** Milliseconds as minutes rounded to one decimal: the precision every digest number is shown at. */
export function toMinutes(ms: number): number {
  return Math.round(ms / 6000) / 10;
}

/** A day counts as studied when it shows more than 0.0 minutes. */
export function isStudied(ms: number): boolean {
  return toMinutes(ms) > 0;
}

/**
 * Minutes as shown in whole numbers, cut down: the one rule of the popup, the dashboard and the portal
 * widget. Give it minutes as `toMinutes` makes them (one decimal), so every place shows the same number
 * for the same rows (docs/architecture.md section 5: the widget shows the popup's week minutes).
 */
export function displayMinutes(minutes: number): number {
  return Math.floor(minutes);
}
