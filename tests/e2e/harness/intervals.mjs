/**
 * Length of the union of [start, end) intervals inside [from, to), in ms: the same arithmetic the product
 * promises. @param {readonly { start: number, end: number }[]} intervals
 */
export function unionMs(intervals, from = Number.NEGATIVE_INFINITY, to = Number.POSITIVE_INFINITY) {
  const sorted = intervals
    .map((i) => ({ start: Math.max(i.start, from), end: Math.min(i.end, to) }))
    .filter((i) => i.end > i.start)
    .sort((a, b) => a.start - b.start);
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
