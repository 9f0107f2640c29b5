import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type Locale, translate } from '@/storage/i18n';
import type { Settings } from '@/storage/schemas/settings';

/** What the dashboard's ledger module gives: its page, wired to the browser. */
export interface LedgerModule {
  LedgerPage: ComponentType<{ locale: Locale; settings: Settings }>;
}

interface Props {
  locale: Locale;
  settings: Settings;
  /** Loads the ledger's code (its own chunk, with the .xlsx writer), the first time the view opens. */
  load: () => Promise<LedgerModule>;
}

type State =
  | { status: 'loading' }
  | { status: 'ready'; module: LedgerModule }
  | { status: 'error'; detail: string };

/**
 * The ledger view, or while "I organise a training" is off, where to turn it on. Its code is loaded
 * only when the view is opened.
 */
export function LedgerLoader({ locale, settings, load }: Props) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const enabled = settings.organisesTraining;
  // `load` is a new function on every render of the page: the module is loaded once per opening, not per render.
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    load().then(
      (module) => current && setState({ status: 'ready', module }),
      (error: unknown) => current && setState({ status: 'error', detail: String(error) }),
    );
    return () => {
      current = false;
    };
  }, [enabled]);

  if (!enabled) {
    return (
      <section class="panel" aria-labelledby="ledger-off-heading">
        <h2 id="ledger-off-heading">{translate(locale, 'ledger_offHeading')}</h2>
        <p>{translate(locale, 'ledger_offHint')}</p>
        <p>
          <a href="#/settings">{translate(locale, 'ledger_offLink')}</a>
        </p>
      </section>
    );
  }
  if (state.status === 'error')
    return <p role="alert">{translate(locale, 'ledger_loadFailed', state.detail)}</p>;
  if (state.status === 'loading')
    return (
      <p class="muted" role="status">
        {translate(locale, 'loading')}
      </p>
    );
  const { LedgerPage } = state.module;
  return <LedgerPage locale={locale} settings={settings} />;
}
