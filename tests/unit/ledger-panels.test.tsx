// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ExportPanel } from '@/components/ledger/ExportPanel';
import { ImportPanel } from '@/components/ledger/ImportPanel';
import { LedgerErasePanel } from '@/components/ledger/LedgerErasePanel';
import { translate } from '@/storage/i18n';
import { ledgerStatusText } from '@/storage/ledger/status-text';
import type { LedgerImportOptions, LedgerImportSummary, RosterImportResult } from '@/storage/ledger/types';
import { LEDGER_FILE_STATUSES } from '@/storage/schemas/ledger';
import { container, flush, useContainer } from './support/dom-container';
import { smallLedger } from './support/ledger-fixture';

useContainer();

const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
const buttonNamed = (name: string) =>
  [...container.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === name);
const t = (key: Parameters<typeof translate>[1], ...subs: (string | number)[]) =>
  translate('en', key, ...subs);

const counts = (values: Partial<Record<(typeof LEDGER_FILE_STATUSES)[number], number>>) =>
  Object.fromEntries(
    LEDGER_FILE_STATUSES.map((status) => [status, values[status] ?? 0]),
  ) as LedgerImportSummary['byStatus'];

/** Puts files in a file input and fires its change event, as choosing them does. */
function choose(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the import panel', () => {
  it('imports the chosen files with a progress bar that says how far it is, and can cancel', async () => {
    let options: LedgerImportOptions | undefined;
    let finish: (summary: LedgerImportSummary) => void = () => {};
    const importFiles = vi.fn((_files: readonly File[], given: LedgerImportOptions) => {
      options = given;
      return new Promise<LedgerImportSummary>((resolve) => {
        finish = resolve;
      });
    });
    act(() =>
      render(<ImportPanel locale="en" actions={{ importFiles, importRoster: vi.fn() }} />, container),
    );
    const files = [new File(['{}'], 'a.json'), new File(['{}'], 'b.zip')];
    choose(container.querySelector('#ledger-files') as HTMLInputElement, files);
    expect(importFiles.mock.calls[0]?.[0]).toEqual(files);

    act(() => options?.onProgress?.({ phase: 'checking', done: 1, total: 2 }));
    const bar = container.querySelector<HTMLProgressElement>('progress');
    expect(bar?.getAttribute('value')).toBe('1');
    expect(bar?.getAttribute('max')).toBe('2');
    const text = t('ledger_importProgress', t('ledger_phaseChecking'), 1, 2);
    expect(bar?.getAttribute('aria-valuetext')).toBe(text);
    expect($('[data-testid="ledger-progress-text"]')?.textContent).toBe(text);

    act(() => buttonNamed(t('ledger_importCancel'))?.click());
    expect(options?.signal?.aborted).toBe(true);
    finish({ cancelled: true, files: 0, byStatus: counts({}), results: [] });
    await flush();
    expect($('progress')).toBeNull();
    expect($('[role="status"]')?.textContent).toBe(t('ledger_importCancelled'));
  });

  it('files dropped while an import runs start nothing and say why', async () => {
    const importFiles = vi.fn(() => new Promise<LedgerImportSummary>(() => {}));
    act(() =>
      render(<ImportPanel locale="en" actions={{ importFiles, importRoster: vi.fn() }} />, container),
    );
    const drop = (name: string) => {
      const event = new Event('drop', { bubbles: true }) as Event & { dataTransfer: unknown };
      event.dataTransfer = { files: [new File(['{}'], name)] };
      act(() => {
        $('[data-testid="ledger-drop"]')?.dispatchEvent(event);
      });
    };
    drop('a.json');
    await flush();
    expect(importFiles).toHaveBeenCalledTimes(1);
    drop('b.json');
    await flush();
    expect(importFiles).toHaveBeenCalledTimes(1);
    expect($('[role="alert"]')?.textContent).toBe(t('ledger_importBusy'));
    expect($('progress')).not.toBeNull();
  });

  it('says what an import came to, by status', async () => {
    const importFiles = vi.fn(async () => ({
      cancelled: false,
      files: 3,
      byStatus: counts({ verified: 2, edited: 1 }),
      results: [],
    }));
    act(() =>
      render(<ImportPanel locale="en" actions={{ importFiles, importRoster: vi.fn() }} />, container),
    );
    choose(container.querySelector('#ledger-files') as HTMLInputElement, [new File(['{}'], 'a.json')]);
    await flush();
    const parts = [`2 ${ledgerStatusText('en', 'verified')}`, `1 ${ledgerStatusText('en', 'edited')}`];
    expect($('[role="status"]')?.textContent).toBe(
      t('ledger_importDone', 3, parts.join(t('ledger_listSeparator'))),
    );
  });

  it('a refused roster is an alert naming the duplicate staff numbers', async () => {
    const result: RosterImportResult = {
      ok: false,
      error: 'duplicate-staff-no',
      duplicates: [{ staffNo: '2026001', rows: [2, 5] }],
    };
    const importRoster = vi.fn(async () => result);
    act(() =>
      render(<ImportPanel locale="en" actions={{ importFiles: vi.fn(), importRoster }} />, container),
    );
    choose(container.querySelector('#ledger-roster') as HTMLInputElement, [new File(['x'], 'roster.csv')]);
    await flush();
    expect($('[role="alert"]')?.textContent).toContain('2026001');
    expect($('[role="alert"]')?.textContent).toContain('2, 5');
  });
});

describe('the export panel', () => {
  it('downloads each format for the chosen week', async () => {
    const download = vi.fn(async () => undefined);
    const data = smallLedger();
    act(() =>
      render(
        <ExportPanel
          locale="en"
          data={data}
          weekStart="2026-04-20"
          classHourMinutes={45}
          actions={{ download }}
        />,
        container,
      ),
    );
    act(() => $('button[data-export="xlsx"]')?.click());
    await flush();
    expect(download).toHaveBeenCalledWith('xlsx', data, {
      locale: 'en',
      weekStart: '2026-04-20',
      classHourMinutes: 45,
    });
    expect($('[role="status"]')?.textContent).toBe(t('ledger_exportDone'));
  });
});

describe('erasing the ledger', () => {
  it('erases only after the confirmation, and cancel leaves it', async () => {
    const erase = vi.fn(async () => undefined);
    act(() => render(<LedgerErasePanel locale="en" actions={{ erase }} />, container));
    act(() => $('[data-testid="ledger-erase-start"]')?.click());
    expect(erase).not.toHaveBeenCalled();
    expect(document.activeElement?.getAttribute('data-testid')).toBe('ledger-erase-confirm');
    act(() => buttonNamed(t('cancel'))?.click());
    expect($('[data-testid="ledger-erase-confirm"]')).toBeNull();
    expect(erase).not.toHaveBeenCalled();

    act(() => $('[data-testid="ledger-erase-start"]')?.click());
    act(() => $('[data-testid="ledger-erase-confirm"]')?.click());
    await flush();
    expect(erase).toHaveBeenCalledTimes(1);
    expect($('[role="status"]')?.textContent).toBe(t('ledger_eraseDone'));
  });
});
