/** The earlier of two local days (`YYYY-MM-DD` compare as text). */
export const earlierDay = (a: string, b: string) => (a < b ? a : b);
/** The later of two local days. */
export const laterDay = (a: string, b: string) => (a > b ? a : b);
