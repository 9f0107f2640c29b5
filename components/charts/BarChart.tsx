import type { Chart as ChartType } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

export interface BarSeries {
  label: string;
  data: number[];
  colour: string;
}

interface Props {
  labels: string[];
  series: BarSeries[];
  /** Stacks the series in one bar per label. */
  stacked: boolean;
  /** What the chart shows, read by assistive technology; the numbers are in a table next to it. */
  label: string;
  /** The value axis's title (the unit). */
  unit: string;
  /** BCP 47 tag the axis numbers are written in. */
  languageTag: string;
}

/** The page's own text and rule colours, so the chart follows the light or dark scheme. */
function themeColours(): { text: string; grid: string } {
  const style = getComputedStyle(document.documentElement);
  return {
    text: style.getPropertyValue('--st-color-fg').trim() || '#1f2328',
    grid: style.getPropertyValue('--st-color-border').trim() || '#7d8590',
  };
}

/**
 * A chart.js bar chart, loaded on first use (chart.js is in its own chunk, only in views with a chart).
 * The canvas is an image with a label; the view shows the same numbers in a table.
 */
export function BarChart({ labels, series, stacked, label, unit, languageTag }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartType<'bar'> | null>(null);

  useEffect(() => {
    let cancelled = false;
    const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    const draw = async () => {
      const { Chart } = await import('./chart-setup');
      const element = canvas.current;
      if (cancelled || !element) return;
      const { text, grid } = themeColours();
      chart.current?.destroy();
      chart.current = new Chart(element, {
        type: 'bar',
        data: {
          labels,
          datasets: series.map((s) => ({
            label: s.label,
            data: s.data,
            backgroundColor: s.colour,
            borderColor: s.colour,
          })),
        },
        options: {
          animation: false,
          maintainAspectRatio: false,
          locale: languageTag,
          color: text,
          scales: {
            x: { stacked, ticks: { color: text }, grid: { color: grid, display: false } },
            y: {
              stacked,
              beginAtZero: true,
              ticks: { color: text, precision: 0 },
              grid: { color: grid },
              title: { display: true, text: unit, color: text },
            },
          },
          plugins: {
            legend: { display: series.length > 1, labels: { color: text } },
          },
        },
      });
      element.dataset.chart = 'ready';
    };
    draw().catch((error: unknown) => {
      if (canvas.current) canvas.current.dataset.chart = `failed: ${String(error)}`;
    });
    const redraw = () => void draw();
    scheme?.addEventListener?.('change', redraw);
    return () => {
      cancelled = true;
      scheme?.removeEventListener?.('change', redraw);
      chart.current?.destroy();
      chart.current = null;
    };
  }, [JSON.stringify({ labels, series, stacked, label, unit, languageTag })]);

  return (
    <div class="chart-box">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
