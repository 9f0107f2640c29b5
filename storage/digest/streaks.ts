/** The longest run of consecutive studied days. */
export function longestStreak(studied: readonly boolean[]): number {
  let longest = 0;
  let run = 0;
  for (const day of studied) {
    run = day ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/**
 * Consecutive studied days counted back from the day at `anchor`. When the anchor is today and nothing is
 * studied yet, the streak is not broken until the day is over, so counting starts from yesterday.
 */
export function currentStreak(studied: readonly boolean[], anchor: number, anchorIsToday: boolean): number {
  let day = anchorIsToday && !studied[anchor] ? anchor - 1 : anchor;
  let run = 0;
  while (day >= 0 && studied[day]) {
    run++;
    day--;
  }
  return run;
}
