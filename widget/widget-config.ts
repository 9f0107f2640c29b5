import type { WidgetLang } from './strings';

/** Where the data comes from (docs/architecture.md section 5, "Widget embed"). */
export type DataSource =
  | { kind: 'extension' }
  | { kind: 'file'; src: string }
  | { kind: 'inline'; script: HTMLScriptElement | null };

/** Display settings from the element's attributes; `invalidAttribute` names the first bad one. */
export interface DisplayConfig {
  lang: WidgetLang;
  /** The portal's own goal for the period, in minutes; overrides the snapshot's. */
  goalMinutes?: number;
  invalidAttribute?: string;
}

/** `lang`: English for `en` and `en-*`, Chinese (the default) for anything else. */
export function readDisplayConfig(element: Element): DisplayConfig {
  const lang: WidgetLang = /^en\b/i.test(element.getAttribute('lang') ?? '') ? 'en' : 'zh-CN';
  const goal = element.getAttribute('goal-minutes');
  if (goal === null) return { lang };
  const goalMinutes = Number(goal.trim());
  if (goal.trim() === '' || !Number.isFinite(goalMinutes) || goalMinutes <= 0 || goalMinutes > 100_000) {
    return { lang, invalidAttribute: 'goal-minutes' };
  }
  return { lang, goalMinutes };
}

/**
 * `source="extension"` asks the extension; otherwise `src` names a JSON file; otherwise an inline
 * `<script type="application/json">` child; with none of them, the extension. Another `source` value
 * is an error (returned as the attribute's name).
 */
export function readDataSource(element: Element): DataSource | string {
  const source = element.getAttribute('source');
  if (source !== null) return source.trim().toLowerCase() === 'extension' ? { kind: 'extension' } : 'source';
  const src = element.getAttribute('src');
  if (src !== null) return src.trim() ? { kind: 'file', src: src.trim() } : 'src';
  const script = element.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
  return script ? { kind: 'inline', script } : { kind: 'extension' };
}
