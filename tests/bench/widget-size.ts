import { gzipSync } from 'node:zlib';
import type { Rolldown } from 'vite';
import { build } from 'vite';

/*
 * The widget bundle's size and contents (docs/architecture.md section 6: at most 16 kB gzipped, Preact included).
 * Builds it with widget/vite.config.ts exactly as `npm run build:widget` does and measures the IIFE file
 * portals include. The budget is 16,000 bytes (kB = 1,000 bytes, as in docs/architecture.md), which also
 * meets 16 KiB. `--check` (run by .ci/run) exits non-zero over budget or when the bundle holds a module
 * the widget must not carry.
 */

export const WIDGET_BUDGET_BYTES = 16_000;
const WIDGET_FILE = 'studytrail-widget.js';

/** Modules the bundle may contain: Preact, zod/mini, the widget and the pure modules it imports. */
const ALLOWED = [
  /\/node_modules\/preact\//,
  /\/node_modules\/zod\/(v4\/(core|mini)\/|mini\/)/,
  /\/widget\/[\w-]+\.tsx?$/,
  /\/storage\/schemas\/(snapshot|bridge|format-checks)\.ts$/,
  /\/storage\/digest\/(period|calendar|minutes|snapshot-plan)\.ts$/,
];

export interface WidgetSize {
  bytes: number;
  gzipBytes: number;
  esmGzipBytes: number;
  modules: string[];
  /** Modules outside ALLOWED (Dexie, chart.js, full zod, locale catalogs...). */
  unexpected: string[];
}

export async function measureWidget(): Promise<WidgetSize> {
  const result = await build({ configFile: 'widget/vite.config.ts', logLevel: 'silent' });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((item) => item.type === 'chunk');
  const iife = chunks.find((chunk) => chunk.fileName === WIDGET_FILE);
  const esm = chunks.find((chunk) => chunk.fileName === 'studytrail-widget.mjs');
  if (!iife || !esm) throw new Error(`the widget build wrote no ${WIDGET_FILE} and .mjs`);
  const modules = iife.moduleIds.map((id) => id.replace(/\\/g, '/'));
  return {
    bytes: Buffer.byteLength(iife.code),
    gzipBytes: gzipSync(iife.code, { level: 9 }).length,
    esmGzipBytes: gzipSync(esm.code, { level: 9 }).length,
    modules,
    unexpected: modules.filter((id) => !ALLOWED.some((pattern) => pattern.test(id))),
  };
}

const kb = (bytes: number) => (bytes / 1000).toFixed(2);

export function widgetSizeLines(size: WidgetSize): string[] {
  return [
    `${WIDGET_FILE}: ${size.bytes} bytes, ${size.gzipBytes} bytes gzipped (${kb(size.gzipBytes)} kB of ${kb(WIDGET_BUDGET_BYTES)} kB budget): ${size.gzipBytes <= WIDGET_BUDGET_BYTES ? 'ok' : 'OVER BUDGET'}`,
    `studytrail-widget.mjs (ESM): ${size.esmGzipBytes} bytes gzipped`,
    `modules bundled: ${size.modules.length}; outside the allowed list (Preact, zod/mini, pure modules): ${size.unexpected.length ? size.unexpected.join(', ') : 'none'}`,
  ];
}

if (process.argv.includes('--check')) {
  const size = await measureWidget();
  console.log(widgetSizeLines(size).join('\n'));
  if (size.gzipBytes > WIDGET_BUDGET_BYTES || size.unexpected.length > 0) process.exitCode = 1;
}
