/*
 * Class hours (学时) from milliseconds, and the two roundings shown: what is done is rounded down, what is
 * still needed is rounded up, so a plan never looks done early and a pace shown is always enough.
 */

const MINUTE_MS = 60_000;

/** Exact class hours in `ms` when one class hour lasts `classHourMinutes`. */
export function classHoursOf(ms: number, classHourMinutes: number): number {
  return ms / (classHourMinutes * MINUTE_MS);
}

/** The ms of `classHours` class hours. */
export function msOfClassHours(classHours: number, classHourMinutes: number): number {
  return Math.round(classHours * classHourMinutes * MINUTE_MS);
}

// The 1e-9 absorbs binary noise (0.7 / 0.1 = 6.999…), never a real tenth.
/** Cut down to one decimal: class hours done. */
export const floorTenth = (value: number) => Math.floor(value * 10 + 1e-9) / 10;
/** Rounded up to one decimal: class hours still needed (never below 0, never -0). */
export const ceilTenth = (value: number) => Math.max(0, Math.ceil(value * 10 - 1e-9)) / 10;
