import { render } from 'preact';
import { loadState } from './load-state';
import { STYLES } from './styles';
import { readDataSource, readDisplayConfig } from './widget-config';
import type { WidgetState } from './widget-state';
import { WidgetView } from './widget-view';

/** Runs `fn`; an error is logged for the portal's developers and never reaches the host page. */
function guarded(fn: () => void, fallback?: () => void): void {
  try {
    fn();
  } catch (error) {
    console.warn('<studytrail-progress>:', error);
    try {
      fallback?.();
    } catch {
      // Nothing more can be shown; the host page must not see the error.
    }
  }
}

/**
 * `<studytrail-progress>`: reads its attributes, loads the snapshot from the extension, a `src` file or
 * an inline JSON child, and renders it with Preact in its own shadow root.
 */
export class StudytrailProgress extends HTMLElement {
  static observedAttributes = ['source', 'src', 'lang', 'theme', 'goal-minutes'];
  /** Preact's container in the shadow root; replaced after a failed render, which can leave it broken. */
  #mount?: HTMLElement;
  #state: WidgetState = { kind: 'loading' };
  #abort?: AbortController;
  #load = 0;

  connectedCallback(): void {
    guarded(
      () => this.#reload(),
      () => this.#fail(),
    );
  }

  disconnectedCallback(): void {
    guarded(() => {
      this.#abort?.abort();
      this.#load++;
    });
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!this.isConnected || old === value) return;
    const reload = name === 'source' || name === 'src';
    guarded(
      () => (reload ? this.#reload() : this.#show(this.#state)),
      () => this.#fail(),
    );
  }

  #reload(settled = false): void {
    const load = ++this.#load;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const source = readDataSource(this);
    if (typeof source === 'string') {
      this.#show({ kind: 'invalid', attribute: source });
      return;
    }
    // With no source named, an inline JSON child may still be on its way: the parser has not reached it
    // (script before the element) or it is appended just after the element. Look again once.
    if (source.kind === 'extension' && !this.hasAttribute('source') && !settled) {
      this.#show({ kind: 'loading' });
      const again = () => load === this.#load && guarded(() => this.#reload(true));
      if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', again, { once: true });
      else queueMicrotask(again);
      return;
    }
    const next = loadState(source, { window, signal: abort.signal });
    if (!(next instanceof Promise)) {
      this.#show(next);
      return;
    }
    this.#show({ kind: 'loading' });
    next.then(
      (state) =>
        load === this.#load &&
        guarded(
          () => this.#show(state),
          () => this.#fail(),
        ),
      () => load === this.#load && guarded(() => this.#fail()),
    );
  }

  #show(state: WidgetState): void {
    this.#state = state;
    if (!this.#mount) {
      this.#mount = document.createElement('div');
      (this.shadowRoot ?? this.#attach()).append(this.#mount);
    }
    render(
      <WidgetView state={state} config={readDisplayConfig(this)} origin={location.origin} />,
      this.#mount,
    );
  }

  /**
   * The shadow root with its styles, as a constructed style sheet: a portal's Content-Security-Policy
   * without 'unsafe-inline' styles still applies it. Browsers without constructed sheets get a <style>.
   */
  #attach(): ShadowRoot {
    const root = this.attachShadow({ mode: 'open' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
      root.adoptedStyleSheets = [sheet];
    } catch {
      const style = document.createElement('style');
      style.textContent = STYLES;
      root.append(style);
    }
    return root;
  }

  /** After an unexpected error: a fresh container showing "invalid". */
  #fail(): void {
    this.#mount?.remove();
    this.#mount = undefined;
    this.#show({ kind: 'invalid' });
  }
}
