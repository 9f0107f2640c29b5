import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STYLES } from '@/widget/styles';

const ROOT = join(__dirname, '../..');
const TOKENS = readFileSync(join(ROOT, 'components/design/tokens.css'), 'utf8');

/** The custom properties of one block of tokens.css: the light one (first) or the dark one (in the media query). */
function tokens(scheme: 'light' | 'dark'): Record<string, string> {
  const dark = TOKENS.indexOf('@media (prefers-color-scheme: dark)');
  const text = scheme === 'light' ? TOKENS.slice(0, dark) : TOKENS.slice(dark);
  const found: Record<string, string> = {};
  for (const match of text.matchAll(/(--st-[\w-]+):\s*([^;]+);/g))
    found[match[1] as string] = (match[2] as string).trim().replace(/\s+/g, ' ');
  return found;
}
const LIGHT = tokens('light');
const DARK = tokens('dark');

/** #abc and #aabbcc as one form. */
const hex = (value: string) =>
  value.toLowerCase().replace(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/, '#$1$1$2$2$3$3');

/** WCAG 2.x relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). */
function luminance(colour: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex(colour).slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

// [foreground, background, minimum]: text 4.5:1, borders of controls and the focus ring 3:1.
const PAIRS: [string, string, number][] = [
  ['--st-color-fg', '--st-color-bg', 4.5],
  ['--st-color-fg', '--st-color-surface', 4.5],
  ['--st-color-fg', '--st-color-raised', 4.5],
  ['--st-color-muted', '--st-color-bg', 4.5],
  ['--st-color-muted', '--st-color-surface', 4.5],
  ['--st-color-muted', '--st-color-raised', 4.5],
  ['--st-color-accent', '--st-color-bg', 4.5],
  ['--st-color-accent', '--st-color-surface', 4.5],
  ['--st-color-on-accent', '--st-color-accent', 4.5],
  ['--st-color-fg', '--st-color-accent-soft', 4.5],
  ['--st-color-link', '--st-color-bg', 4.5],
  ['--st-color-link', '--st-color-surface', 4.5],
  ['--st-color-danger', '--st-color-bg', 4.5],
  ['--st-color-danger', '--st-color-surface', 4.5],
  ['--st-color-danger', '--st-color-danger-soft', 4.5],
  ['--st-color-warning-fg', '--st-color-bg', 4.5],
  ['--st-color-fg', '--st-color-warning-bg', 4.5],
  ['--st-color-border', '--st-color-bg', 3],
  ['--st-color-border', '--st-color-surface', 3],
  ['--st-color-focus', '--st-color-bg', 3],
  ['--st-color-focus', '--st-color-surface', 3],
];

describe('the design tokens', () => {
  it('define every colour in both schemes', () => {
    const colours = Object.keys(LIGHT).filter((name) => name.startsWith('--st-color-'));
    expect(colours.length).toBeGreaterThan(15);
    for (const name of colours) expect(DARK[name], name).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it.each(['light', 'dark'] as const)('meet WCAG AA contrast in the %s scheme', (scheme) => {
    const values = scheme === 'light' ? LIGHT : DARK;
    const failing = PAIRS.filter(
      ([fg, bg, min]) => contrast(values[fg] as string, values[bg] as string) < min,
    ).map(
      ([fg, bg, min]) =>
        `${fg} on ${bg}: ${contrast(values[fg] as string, values[bg] as string).toFixed(2)} < ${min}`,
    );
    expect(failing).toEqual([]);
  });

  it('pick the CJK system fonts before the Latin fallbacks, and only weights CJK fonts have', () => {
    const stack = (LIGHT['--st-font-sans'] as string).split(',').map((f) => f.trim().replace(/"/g, ''));
    const cjk = ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC'].map((f) =>
      stack.indexOf(f),
    );
    expect(cjk.every((i) => i >= 0)).toBe(true);
    expect(Math.max(...cjk)).toBeLessThan(stack.indexOf('system-ui'));
    expect(Math.max(...cjk)).toBeLessThan(stack.indexOf('sans-serif'));
    expect([LIGHT['--st-weight-regular'], LIGHT['--st-weight-strong']]).toEqual(['400', '600']);
    expect(Number(LIGHT['--st-leading-body'])).toBeGreaterThanOrEqual(1.6);
  });

  it('are the widget theming defaults, which a page may set as --st-* properties', () => {
    const used = [...STYLES.matchAll(/var\((--st-color-[\w-]+),light-dark\((#\w+),(#\w+)\)\)/g)];
    expect(used.map((m) => m[1])).toEqual([
      '--st-color-bg',
      '--st-color-fg',
      '--st-color-muted',
      '--st-color-accent',
      '--st-color-track',
      '--st-color-warning-fg',
    ]);
    for (const [, name, light, dark] of used) {
      expect(hex(light as string), `${name} light`).toBe(hex(LIGHT[name as string] as string));
      expect(hex(dark as string), `${name} dark`).toBe(hex(DARK[name as string] as string));
    }
  });
});
