import { addCalendarDays } from '@/storage/digest/calendar';

/** One point of the burn-up chart and of its table. */
export interface BurnUpPoint {
  /** Local `YYYY-MM-DD`: the point is the amount by the end of that day. */
  date: string;
  /** Days since the plan's start (0 on the start): the chart's x, so the axis is proportional to time. */
  day: number;
  /** Cumulative tracked 学时 by then, cut down to a tenth as the progress figure is; null after today. */
  actual: number | null;
  /** The straight line from the start to the required amount at the end of the deadline; exact. */
  target: number;
}

export interface XY {
  x: number;
  y: number;
}

export interface BurnUpChartData {
  actual: XY[];
  target: XY[];
  /** The x axis runs from the start (0) to the deadline, in days. */
  min: number;
  max: number;
  /** Whole weeks between ticks on a plan longer than two weeks, so ticks stay a week apart or more. */
  stepSize: number;
  /** An x tick as a local date ("12月20日", "Dec 20"); none between whole days. */
  tickLabel: (value: number, languageTag: string) => string;
  /** The full date of an x value, for tooltips. */
  dateOf: (value: number) => string;
}

/**
 * What chart.js is handed: points on a linear x axis of days since the start (no date adapter needed), so
 * a day is a day wide everywhere and the goal line is straight.
 */
export function burnUpChartData(points: readonly BurnUpPoint[]): BurnUpChartData {
  const first = points[0];
  const start = first ? addCalendarDays(first.date, -first.day) : '1970-01-01';
  const max = points.at(-1)?.day ?? 0;
  const dateOf = (value: number) => addCalendarDays(start, value);
  return {
    actual: points.flatMap((p) => (p.actual === null ? [] : [{ x: p.day, y: p.actual }])),
    target: points.map((p) => ({ x: p.day, y: p.target })),
    min: 0,
    max,
    stepSize: max <= 14 ? 1 : 7 * Math.ceil(max / 70),
    tickLabel: (value, languageTag) => (Number.isInteger(value) ? shortDate(dateOf(value), languageTag) : ''),
    dateOf,
  };
}

function shortDate(date: string, languageTag: string): string {
  // The calendar date itself, read in UTC so no zone can shift it.
  return new Intl.DateTimeFormat(languageTag, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    Date.parse(`${date}T12:00:00Z`),
  );
}
