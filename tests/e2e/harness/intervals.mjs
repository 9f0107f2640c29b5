/** Length of the union of [start, end) intervals, in ms: the same arithmetic the product promises. */
export function unionMs(intervals) {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  let total = 0;
  let current = null;
  for (const { start, end } of sorted) {
    if (current && start <= current.end) current.end = Math.max(current.end, end);
    else {
      if (current) total += current.end - current.start;
      current = { start, end };
    }
  }
  return current ? total + current.end - current.start : total;
}
