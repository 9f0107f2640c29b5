import type { Chart as ChartType } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { type BurnUpPoint, burnUpChartData } from './burn-up-data';

interface Props {
  points: BurnUpPoint[];
  /** What the chart shows, read by assistive technology; the table next to it has the numbers. */
  label: string;
  actualLabel: string;
  targetLabel: string;
  unit: string;
  languageTag: string;
}

function themeColours(): { text: string; grid: string; actual: string; target: string } {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--st-color-fg', '#1f2328'),
    grid: read('--st-color-border', '#7d8590'),
    actual: read('--st-color-accent', '#1a7f37'),
    target: read('--st-color-muted', '#57606a'),
  };
}

/**
 * Cumulative tracked 学时 against the straight line to the goal, in chart.js loaded on first use.
 * The canvas is an image with a label; the Plans view shows the same numbers in a table.
 */
export function BurnUpChart({ points, label, actualLabel, targetLabel, unit, languageTag }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartType<'line'> | null>(null);

  useEffect(() => {
    let cancelled = false;
    const draw = async () => {
      const { Chart } = await import('./burn-up-setup');
      const element = canvas.current;
      if (cancelled || !element) return;
      const colours = themeColours();
      const data = burnUpChartData(points);
      chart.current?.destroy();
      chart.current = new Chart(element, {
        type: 'line',
        data: {
          datasets: [
            {
              label: actualLabel,
              data: data.actual,
              borderColor: colours.actual,
              backgroundColor: colours.actual,
              spanGaps: false,
            },
            {
              label: targetLabel,
              data: data.target,
              borderColor: colours.target,
              backgroundColor: colours.target,
              borderDash: [6, 4],
              pointRadius: 0,
            },
          ],
        },
        options: {
          animation: false,
          maintainAspectRatio: false,
          locale: languageTag,
          color: colours.text,
          scales: {
            // Days since the start on a linear axis: a day is as wide at the deadline as in the first week.
            x: {
              type: 'linear',
              min: data.min,
              max: data.max,
              ticks: {
                color: colours.text,
                stepSize: data.stepSize,
                callback: (value) => data.tickLabel(Number(value), languageTag),
              },
              grid: { display: false },
            },
            y: {
              beginAtZero: true,
              ticks: { color: colours.text },
              grid: { color: colours.grid },
              title: { display: true, text: unit, color: colours.text },
            },
          },
          plugins: {
            legend: { labels: { color: colours.text } },
            tooltip: { callbacks: { title: (items) => data.dateOf(items[0]?.parsed.x ?? 0) } },
          },
        },
      });
      element.dataset.chart = 'ready';
    };
    draw().catch((error: unknown) => {
      if (canvas.current) canvas.current.dataset.chart = `failed: ${String(error)}`;
    });
    // Redrawn in the new colours when the system switches between light and dark.
    const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    const redraw = () => void draw();
    scheme?.addEventListener?.('change', redraw);
    return () => {
      cancelled = true;
      scheme?.removeEventListener?.('change', redraw);
      chart.current?.destroy();
      chart.current = null;
    };
  }, [JSON.stringify({ points, label, actualLabel, targetLabel, unit, languageTag })]);

  return (
    <div class="chart-box plan-chart">
      <canvas ref={canvas} role="img" aria-label={label} data-testid="plan-burn-up" />
    </div>
  );
}
