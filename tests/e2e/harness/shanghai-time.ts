// Calendar arithmetic for seeded e2e data in Shanghai, which has no DST: a day is always 24 h there.
export const TZ = 'Asia/Shanghai';
export const DAY = 86_400_000;
/** ms since epoch of a Shanghai wall-clock time such as `2026-04-13T09:00`. */
export const at = (local: string) => Date.parse(`${local}+08:00`);
/** The Shanghai calendar date (`YYYY-MM-DD`) of an instant in ms since epoch. */
export const shanghaiDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
/** The calendar date `n` days after `date` (both `YYYY-MM-DD`). */
export const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
