import { escapeHtml } from './html-escape';

export interface BarChartText {
  /** Short name of the chart, read first by screen readers. */
  title: string;
  /** What the chart shows, in a sentence. */
  description: string;
  /** The tooltip and accessible label of one bar. */
  barLabel: (date: string, minutes: number) => string;
  /** A number as shown on the axis. */
  number: (value: number) => string;
}

const WIDTH = 720;
const HEIGHT = 240;
const PLOT = { left: 44, right: 8, top: 16, bottom: 36 };

/** A round axis maximum above the largest value: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (value <= 0) return 10;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

/**
 * The minutes of each day as an inline SVG bar chart: no script, no external resource, prints as vectors.
 * `<title>` and `<desc>` (and a `<title>` per bar) make it readable to screen readers.
 */
export function barChartSvg(
  perDay: readonly { date: string; minutes: number }[],
  text: BarChartText,
): string {
  const max = niceMax(Math.max(0, ...perDay.map((day) => day.minutes)));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = plotWidth / Math.max(1, perDay.length);
  const labelEvery = Math.ceil(perDay.length / 14);
  const y = (minutes: number) => PLOT.top + plotHeight - (minutes / max) * plotHeight;
  const fixed = (n: number) => n.toFixed(1);

  const grid = [0, max / 2, max].map(
    (value) =>
      `<line class="grid" x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${fixed(y(value))}" y2="${fixed(y(value))}"/>` +
      `<text class="axis" x="${PLOT.left - 6}" y="${fixed(y(value) + 4)}" text-anchor="end">${escapeHtml(text.number(value))}</text>`,
  );
  const bars = perDay.map((day, i) => {
    const x = PLOT.left + i * slot + slot * 0.15;
    const top = y(day.minutes);
    const label = escapeHtml(text.barLabel(day.date, day.minutes));
    const bar = `<rect class="bar" x="${fixed(x)}" y="${fixed(top)}" width="${fixed(slot * 0.7)}" height="${fixed(PLOT.top + plotHeight - top)}"><title>${label}</title></rect>`;
    const dateLabel =
      i % labelEvery === 0
        ? `<text class="axis" x="${fixed(x + slot * 0.35)}" y="${HEIGHT - PLOT.bottom + 16}" text-anchor="middle">${escapeHtml(day.date.slice(5))}</text>`
        : '';
    return bar + dateLabel;
  });
  return [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="chart-title chart-desc">`,
    `<title id="chart-title">${escapeHtml(text.title)}</title>`,
    `<desc id="chart-desc">${escapeHtml(text.description)}</desc>`,
    ...grid,
    ...bars,
    '</svg>',
  ].join('\n');
}
