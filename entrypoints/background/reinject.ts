import { browser } from '#imports';
import { ruleForPage } from '@/entrypoints/platform.content/rule-for-page';
import type { Settings } from '@/storage/schemas/settings';

/** A tab as far as the injection cares. */
export interface OpenTab {
  id?: number;
  url?: string;
  incognito?: boolean;
}

/** A content script entry of the built manifest. */
export interface ManifestScript {
  js?: string[];
  all_frames?: boolean;
}

export interface Injection {
  tabId: number;
  files: string[];
  allFrames: boolean;
}

/** The browser calls injection needs, as a parameter: fake-browser implements no `scripting`. */
export interface InjectApi {
  tabs(): Promise<OpenTab[]>;
  manifestScripts(): ManifestScript[];
  execute(injection: Injection): Promise<void>;
}

type ScriptPath = Parameters<typeof browser.scripting.executeScript>[0] extends { files?: (infer P)[] }
  ? P
  : string;

export function browserInjectApi(): InjectApi {
  return {
    tabs: () => browser.tabs.query({}),
    manifestScripts: () => browser.runtime.getManifest().content_scripts ?? [],
    execute: async ({ tabId, files, allFrames }) => {
      // The files come from the built manifest, so they are the extension's own public paths.
      await browser.scripting.executeScript({ target: { tabId, allFrames }, files: files as ScriptPath[] });
    },
  };
}

/**
 * Which open tabs get the platform script: those whose page an enabled rule covers, with the built
 * script's files and the rule's frames (the manifest's for a preset, the rule's own for a user rule).
 */
export function planInjections(
  tabs: readonly OpenTab[],
  scripts: readonly ManifestScript[],
  settings: Settings,
): Injection[] {
  const platform = scripts.find((script) => script.js && script.js.length > 0);
  if (!platform?.js) return [];
  const files = platform.js;
  return tabs.flatMap((tab) => {
    if (tab.id === undefined || !tab.url || tab.incognito) return [];
    const rule = ruleForPage(tab.url, settings);
    if (!rule) return [];
    const userRule = settings.customRules.find((custom) => custom.id === rule.id);
    const allFrames = userRule ? (userRule.allFrames ?? false) : (platform.all_frames ?? false);
    return [{ tabId: tab.id, files, allFrames }];
  });
}

/**
 * Chromium does not run content scripts in tabs that were open before an install or update, so an open
 * lesson would stop counting until reloaded. On both, the platform script is run in those tabs; the old
 * copy stops itself (its context is invalidated) and the page's start guard keeps the new one single.
 * Firefox injects into open tabs by itself (MDN browser-compat-data, manifest `content_scripts`: the "not
 * applied to tabs already open" note is Chrome's and Opera's only).
 */
export function setupReinjection(
  settings: () => Settings,
  ready: Promise<unknown>,
  api: InjectApi = browserInjectApi(),
  isFirefox = import.meta.env.FIREFOX,
) {
  const inject = async () => {
    await ready;
    const plan = planInjections(await api.tabs(), api.manifestScripts(), settings());
    await Promise.all(
      plan.map((injection) =>
        api.execute(injection).catch((error: unknown) => {
          // A tab that navigated away or shows an error page refuses the script: it needs none.
          console.warn(`StudyTrail: platform script not run in tab ${injection.tabId}`, error);
        }),
      ),
    );
    return plan;
  };
  let done: Promise<Injection[]> | undefined;
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (isFirefox || (reason !== 'install' && reason !== 'update')) return;
    done = inject();
  });
  return { injected: () => done };
}
