import { useEffect, useState } from 'preact/hooks';
import { LiveNotices, type Notice } from '@/components/rules/LiveNotices';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';

/** The parts of `navigator.storage` the panel uses; absent where the browser has none. */
export type PersistentStorage = Pick<StorageManager, 'persisted' | 'persist' | 'estimate'> & {
  /**
   * The extension holds `unlimitedStorage`, which in Chromium exempts its storage from eviction while
   * `persisted()` still says false (developer.chrome.com, "Storage and cookies").
   */
  unlimited?: () => Promise<boolean>;
};

interface Props {
  locale: Locale;
  storage: PersistentStorage | undefined;
}

type State =
  | { kind: 'loading' }
  | { kind: 'unknown' }
  | { kind: 'known'; persisted: boolean; usage?: number; quota?: number };

const megabytes = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

async function readState(storage: PersistentStorage | undefined): Promise<State> {
  if (!storage) return { kind: 'unknown' };
  try {
    const [persisted, unlimited, estimate] = await Promise.all([
      storage.persisted(),
      storage.unlimited?.().catch(() => false) ?? false,
      storage.estimate().catch(() => ({})),
    ]);
    const { usage, quota } = estimate as StorageEstimate;
    return { kind: 'known', persisted: persisted || unlimited, usage, quota };
  } catch {
    return { kind: 'unknown' };
  }
}

/**
 * Whether the browser has promised to keep the data (persistent storage), how much is used, and a button
 * to ask for the promise where it is not given. `unlimitedStorage` usually gives it already.
 */
export function StoragePanel({ locale, storage }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [notice, setNotice] = useState<Notice>(null);
  useEffect(() => {
    void readState(storage).then(setState);
  }, [storage]);

  const onAsk = async () => {
    if (!storage) return;
    const granted = await storage.persist().catch(() => false);
    setState(await readState(storage));
    setNotice(
      granted
        ? { kind: 'status', text: t('storagePersisted') }
        : { kind: 'alert', text: t('storagePersistRefused') },
    );
  };

  return (
    <section class="panel" aria-labelledby="storage-heading" data-testid="storage-panel">
      <h2 id="storage-heading">{t('storageHeading')}</h2>
      {state.kind === 'loading' && <p class="hint">{t('loading')}</p>}
      {state.kind === 'unknown' && (
        <p data-testid="storage-state" data-persisted="unknown">
          {t('storagePersistUnknown')}
        </p>
      )}
      {state.kind === 'known' && (
        <>
          <p data-testid="storage-state" data-persisted={String(state.persisted)}>
            {t(state.persisted ? 'storagePersisted' : 'storageNotPersisted')}
          </p>
          {state.usage !== undefined && state.quota !== undefined && (
            <p class="hint">{t('storageUsage', megabytes(state.usage), megabytes(state.quota))}</p>
          )}
          {!state.persisted && (
            <button type="button" data-testid="storage-persist" onClick={() => void onAsk()}>
              {t('storagePersistAsk')}
            </button>
          )}
        </>
      )}
      <LiveNotices notice={notice} />
    </section>
  );
}
