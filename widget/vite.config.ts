import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The portal widget's own library build (`npm run build:widget`): `studytrail-widget.js` (IIFE, for a
 * plain `<script>`) and `studytrail-widget.mjs` (ESM) in `<outDir>/widget/`, where outDir is
 * STUDYTRAIL_OUT_DIR or `.output`, as in wxt.config.ts.
 */
export default defineConfig({
  root: ROOT,
  // Classic `h` calls rather than preact/jsx-runtime: a few hundred bytes less in a 16,000-byte budget.
  oxc: {
    jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' },
    jsxInject: "import { h, Fragment } from 'preact'",
  },
  resolve: { alias: { '@': ROOT.replace(/\/$/, '') } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: resolve(ROOT, process.env.STUDYTRAIL_OUT_DIR ?? '.output', 'widget'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    copyPublicDir: false,
    lib: {
      entry: resolve(ROOT, 'widget/index.ts'),
      name: 'StudyTrailWidget',
      formats: ['iife', 'es'],
      fileName: (format) => (format === 'es' ? 'studytrail-widget.mjs' : 'studytrail-widget.js'),
    },
  },
});
