import { useRef, useState } from 'preact/hooks';
import { LiveNotices, type Notice } from '@/components/rules/LiveNotices';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { LedgerImportProgress } from '@/storage/ledger/types';
import { droppedFiles } from './dropped-files';
import { ImportProgress } from './ImportProgress';
import { rosterNotice, summaryNotice } from './import-notices';
import type { LedgerActions } from './ledger-actions';

interface Props {
  locale: Locale;
  actions: Pick<LedgerActions, 'importFiles' | 'importRoster'>;
}

type Running = { controller: AbortController; progress: LedgerImportProgress };

/**
 * Digest files in: a picker for files, one for a folder, a drop zone (files or folders, recursively), .zip
 * archives among them; and the roster (CSV or .xlsx). An import shows its progress and can be cancelled.
 */
export function ImportPanel({ locale, actions }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [running, setRunning] = useState<Running | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [over, setOver] = useState(false);
  const busy = useRef(false);

  const importFiles = async (files: File[]) => {
    if (busy.current) {
      // A drop while an import runs: the running one goes on, and the user is told why nothing started.
      setNotice({ kind: 'alert', text: t('ledger_importBusy') });
      return;
    }
    if (files.length === 0) {
      setNotice({ kind: 'alert', text: t('ledger_importNothing') });
      return;
    }
    busy.current = true;
    const controller = new AbortController();
    setNotice(null);
    setRunning({ controller, progress: { phase: 'reading', done: 0, total: files.length } });
    try {
      const summary = await actions.importFiles(files, {
        signal: controller.signal,
        now: Date.now(),
        onProgress: (progress) => setRunning((current) => current && { ...current, progress }),
      });
      setNotice(summaryNotice(locale, summary));
    } catch (error) {
      setNotice({ kind: 'alert', text: t('ledger_importFailed', String(error)) });
    } finally {
      busy.current = false;
      setRunning(null);
    }
  };

  const importRoster = async (file: File | undefined) => {
    if (!file) return;
    setNotice(null);
    try {
      setNotice(rosterNotice(locale, await actions.importRoster(file)));
    } catch (error) {
      setNotice({ kind: 'alert', text: t('ledger_importFailed', String(error)) });
    }
  };

  const fromInput = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = '';
    return files;
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!event.dataTransfer) return;
    // The entries must be read in this turn of the event: collect first, then import.
    droppedFiles(event.dataTransfer).then(importFiles, (error: unknown) =>
      setNotice({ kind: 'alert', text: t('ledger_importFailed', String(error)) }),
    );
  };

  return (
    <section class="panel ledger-import" aria-labelledby="ledger-import-heading">
      <h2 id="ledger-import-heading">{t('ledger_importHeading')}</h2>
      <p class="hint">{t('ledger_importHint')}</p>
      <fieldset
        class={over ? 'ledger-drop over' : 'ledger-drop'}
        data-testid="ledger-drop"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <legend>{t('ledger_dropHere')}</legend>
        <div class="form-row">
          <div class="field">
            <label for="ledger-files">{t('ledger_chooseFiles')}</label>
            <input
              id="ledger-files"
              type="file"
              multiple
              accept=".json,.zip,application/json,application/zip"
              disabled={running !== null}
              onChange={(event) => void importFiles(fromInput(event))}
            />
          </div>
          <div class="field">
            <label for="ledger-folder">{t('ledger_chooseFolder')}</label>
            <input
              id="ledger-folder"
              type="file"
              multiple
              {...{ webkitdirectory: '' }}
              disabled={running !== null}
              onChange={(event) => void importFiles(fromInput(event))}
            />
          </div>
        </div>
      </fieldset>
      {running && (
        <ImportProgress
          locale={locale}
          phase={running.progress.phase}
          done={running.progress.done}
          total={running.progress.total}
          onCancel={() => running.controller.abort()}
        />
      )}
      <div class="field">
        <label for="ledger-roster">{t('ledger_chooseRoster')}</label>
        <p id="ledger-roster-hint" class="hint">
          {t('ledger_rosterHint')}
        </p>
        <input
          id="ledger-roster"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="ledger-roster-hint"
          disabled={running !== null}
          onChange={(event) => void importRoster(fromInput(event)[0])}
        />
      </div>
      <LiveNotices notice={notice} />
    </section>
  );
}
