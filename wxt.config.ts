import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { localeCatalogModule, localeCatalogsModule } from './storage/locale-catalog-module';
import { manifestMessages } from './storage/manifest-messages';
import { DEMO_MATCHES } from './storage/platforms/demo-preset';
import { DEMO_PORTAL_MATCHES } from './storage/portal/demo-portal';

/** The libraries that write .xlsx and .docx files, which load only when a file is made. */
const DOCUMENT_WRITERS: [string, RegExp][] = [
  ['write-xlsx', /[\\/]node_modules[\\/]write-excel-file[\\/]/],
  ['write-docx', /[\\/]node_modules[\\/]docx[\\/]/],
];

const LOCALE_FILE = /[\\/]public[\\/]_locales[\\/]([^\\/]+)[\\/]messages\.json$/;
const LOCALE_CATALOGS_ID = '\0studytrail-locale-catalogs';

/** The scripts' copy of the locale files: messages only, each key written once (storage/locale-catalog-module.ts). */
function localeCatalogs(): Plugin {
  const localesDir = resolve(import.meta.dirname, 'public/_locales');
  return {
    name: 'studytrail:locale-catalogs',
    enforce: 'pre',
    apply: 'build',
    resolveId(id) {
      return id === LOCALE_CATALOGS_ID ? id : null;
    },
    load(id) {
      if (id === LOCALE_CATALOGS_ID) {
        const texts = Object.fromEntries(
          readdirSync(localesDir)
            .sort()
            .map((locale) => [locale, readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')]),
        );
        return { code: localeCatalogsModule(texts), moduleType: 'js' };
      }
      const locale = LOCALE_FILE.exec(id)?.[1];
      if (!locale) return null;
      const code = localeCatalogModule(locale, readFileSync(id, 'utf8'), LOCALE_CATALOGS_ID);
      return { code, moduleType: 'js' };
    },
  };
}

/** Names the document writers' chunks for them, so the size budget can leave them out (tests/bench). */
const documentWriterChunks: Plugin = {
  name: 'studytrail:document-writer-chunks',
  apply: 'build',
  // An output hook, as WXT sets its own chunk file names after the project's Vite options are merged.
  outputOptions(options) {
    const fallback = options.chunkFileNames ?? 'chunks/[name]-[hash].js';
    options.chunkFileNames = (chunk) => {
      const writer = DOCUMENT_WRITERS.find(([, test]) => chunk.moduleIds.some((id) => test.test(id)));
      if (writer) return `chunks/${writer[0]}-[hash].js`;
      return typeof fallback === 'function' ? fallback(chunk) : fallback;
    };
    return options;
  },
};

/** Builds that carry the loopback demo platform: never the store build. */
const DEMO_MODES = new Set(['demo', 'development']);

export default defineConfig({
  imports: false,
  // Lets two builds run side by side (tests of one build while another is made); `.output` by default.
  outDir: process.env.STUDYTRAIL_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact(), localeCatalogs(), documentWriterChunks],
    resolve: {
      alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
    },
    build: {
      target: 'es2022',
      // Chromium and Firefox load modulepreload links themselves; the polyfill touched `document` at load,
      // which a chunk the background worker shares must never do.
      modulePreload: { polyfill: false },
      // STUDYTRAIL_SOURCEMAP=1: source maps for tests/bench/bundle-composition.ts (never in a store build).
      sourcemap: process.env.STUDYTRAIL_SOURCEMAP === '1',
      // Rolldown's const inlining copied tldts' 7 kB label table and its other constants into every use
      // (three copies of the public-suffix trie in one script); off, each constant is written once.
      rolldownOptions: { optimization: { inlineConst: false } },
    },
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // unlimitedStorage: study records are never evicted under disk pressure (see README, permissions).
    permissions: ['storage', 'unlimitedStorage', 'idle', 'alarms', 'scripting', 'notifications'],
    // User platform rules ask for their own host at the moment they are added (docs/architecture.md section 4).
    optional_host_permissions: ['*://*/*'],
    // WXT makes only `entrypoints/options/` the options page; the dashboard is entrypoints/dashboard/.
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    incognito: 'not_allowed',
    // A school's IT pre-sets portals and platforms through enterprise policy (docs/deploy.zh-CN.md); Firefox
    // reads managed storage without a schema in the manifest.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'studytrail@studytrail.local',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    ...(DEMO_MODES.has(mode) ? { host_permissions: [...DEMO_MATCHES, ...DEMO_PORTAL_MATCHES] } : {}),
  }),
  hooks: {
    // `imports: false` still leaves unimport's auto-import on in the build, where it took a component's
    // `storage` prop for WXT's storage API and bundled that API into the dashboard (7 kB, never called).
    'config:resolved': (wxt) => {
      Object.assign(wxt.config.imports, { autoImport: false });
    },
    // The scripts carry the UI text; the browser's copy of each locale file needs only the manifest's keys.
    'build:publicAssets': (_wxt, files) => {
      for (const [index, file] of files.entries()) {
        if (!/^_locales\/[^/]+\/messages\.json$/.test(file.relativeDest) || !('absoluteSrc' in file))
          continue;
        const contents = manifestMessages(readFileSync(file.absoluteSrc, 'utf8'));
        files[index] = { relativeDest: file.relativeDest, contents };
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (!DEMO_MODES.has(wxt.config.mode)) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...DEMO_MATCHES];
      }
    },
  },
});
