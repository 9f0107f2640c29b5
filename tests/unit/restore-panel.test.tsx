// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { DataActions, DataReply } from '@/components/data/data-actions';
import { RestorePanel } from '@/components/data/RestorePanel';
import { backupErrorMessage, type RestorePlan } from '@/storage/backup';
import { translate } from '@/storage/i18n';
import type { DataMessage } from '@/storage/schemas/messages';
import { container, flush, useContainer } from './support/dom-container';

useContainer();

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector);
const buttonNamed = (name: string) =>
  [...container.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent === name);
const cell = (table: string, column: string) =>
  $(`tr[data-table="${table}"] td[data-column="${column}"]`)?.textContent;

const PLAN: RestorePlan = {
  sessions: { new: 12, updated: 3, unchanged: 40, removed: 0 },
  reflections: { new: 2, updated: 0, unchanged: 5, removed: 0 },
  settings: 'unchanged',
};

/** A fake background: `preview` answers restore-preview, `apply` answers restore-apply. */
function setup(answers: { preview: (mode: string) => DataReply; apply?: () => DataReply }) {
  const sent: DataMessage[] = [];
  const send = vi.fn(async (message: DataMessage): Promise<DataReply> => {
    sent.push(message);
    if (message.type === 'restore-preview') return answers.preview(message.mode);
    if (message.type === 'restore-apply') return answers.apply?.() ?? { ok: true, plan: PLAN };
    throw new Error(`unexpected ${message.type}`);
  });
  const actions: Pick<DataActions, 'send'> = { send };
  act(() => render(<RestorePanel locale="zh_CN" actions={actions} />, container));
  return { send, sent, applied: () => sent.filter((message) => message.type === 'restore-apply') };
}

async function chooseFile(text: string, name = 'studytrail-backup-2026-04-15.json') {
  const input = $<HTMLInputElement>('#restore-file') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
  await flush();
}

describe('RestorePanel', () => {
  it('shows what a merge will change, from the background plan, before anything is written', async () => {
    const { sent, applied } = setup({ preview: () => ({ ok: true, plan: PLAN }) });
    await chooseFile('{"kind":"studytrail.backup"}');

    expect(sent).toEqual([{ type: 'restore-preview', text: '{"kind":"studytrail.backup"}', mode: 'merge' }]);
    expect(cell('sessions', 'new')).toBe('12');
    expect(cell('sessions', 'updated')).toBe('3');
    expect(cell('sessions', 'unchanged')).toBe('40');
    expect(cell('sessions', 'removed')).toBe('0');
    expect(cell('reflections', 'new')).toBe('2');
    expect(cell('reflections', 'unchanged')).toBe('5');
    expect($('[data-testid="restore-preview"]')?.textContent).toContain(
      translate('zh_CN', 'data_planSettingsUnchanged'),
    );
    expect(applied()).toEqual([]);
  });

  it('restores the same text with the same mode only after the confirm button, then reports the counts', async () => {
    const { applied } = setup({ preview: () => ({ ok: true, plan: PLAN }) });
    await chooseFile('backup text');
    expect(applied()).toEqual([]);

    act(() => buttonNamed(translate('zh_CN', 'data_restoreConfirm'))?.click());
    await flush();

    expect(applied()).toEqual([{ type: 'restore-apply', text: 'backup text', mode: 'merge' }]);
    expect($('[role="status"]')?.textContent).toBe(translate('zh_CN', 'data_restoreDone', 12, 3, 0, 2, 0, 0));
    expect($('[data-testid="restore-preview"]')).toBeNull();
  });

  it('shows the localized checksum error as an alert, shows no plan and never restores', async () => {
    const { applied } = setup({ preview: () => ({ ok: false, error: { code: 'checksum-mismatch' } }) });
    await chooseFile('tampered');

    const alert = $('[role="alert"]')?.textContent ?? '';
    expect(alert).toBe(backupErrorMessage({ code: 'checksum-mismatch' }, 'zh_CN'));
    expect(alert).toContain('校验值不一致');
    expect($('table')).toBeNull();
    expect(buttonNamed(translate('zh_CN', 'data_restoreConfirm'))).toBeUndefined();
    expect(applied()).toEqual([]);
  });

  it('shows the error of a failed restore as an alert', async () => {
    setup({
      preview: () => ({ ok: true, plan: PLAN }),
      apply: () => ({ ok: false, error: { code: 'storage-full' } }),
    });
    await chooseFile('backup text');
    act(() => buttonNamed(translate('zh_CN', 'data_restoreConfirm'))?.click());
    await flush();

    expect($('[role="alert"]')?.textContent).toBe(backupErrorMessage({ code: 'storage-full' }, 'zh_CN'));
    expect($('[role="status"]')?.textContent).toBe('');
  });

  it('replace mode warns that records not in the file will be removed and previews with mode replace', async () => {
    const replacePlan: RestorePlan = {
      sessions: { new: 0, updated: 1, unchanged: 4, removed: 7 },
      reflections: { new: 0, updated: 0, unchanged: 1, removed: 2 },
      settings: 'replaced',
    };
    const { sent } = setup({
      preview: (mode) => ({ ok: true, plan: mode === 'replace' ? replacePlan : PLAN }),
    });
    const warning = translate('zh_CN', 'data_restoreReplaceWarning');
    expect(container.textContent).not.toContain(warning);

    act(() => $<HTMLInputElement>('#restore-mode-replace')?.click());
    expect(container.textContent).toContain(warning);
    await chooseFile('backup text');

    expect(sent.at(-1)).toEqual({ type: 'restore-preview', text: 'backup text', mode: 'replace' });
    expect(cell('sessions', 'removed')).toBe('7');
    expect(cell('reflections', 'removed')).toBe('2');
    expect($('[data-testid="restore-preview"]')?.textContent).toContain(
      translate('zh_CN', 'data_planSettingsReplaced'),
    );
  });

  it('changing the mode after choosing a file shows the plan again for the new mode', async () => {
    const { sent } = setup({ preview: () => ({ ok: true, plan: PLAN }) });
    await chooseFile('backup text');
    act(() => $<HTMLInputElement>('#restore-mode-replace')?.click());
    await flush();
    expect(sent.map((message) => message.type === 'restore-preview' && message.mode)).toEqual([
      'merge',
      'replace',
    ]);
  });

  it('refuses a file over 50 MB without reading it or asking the background', async () => {
    const { send } = setup({ preview: () => ({ ok: true, plan: PLAN }) });
    const input = $<HTMLInputElement>('#restore-file') as HTMLInputElement;
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 80 * 2 ** 20 });
    Object.defineProperty(input, 'files', { value: [huge], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();

    expect($('[role="alert"]')?.textContent).toBe(
      backupErrorMessage({ code: 'too-large', detail: '80.0' }, 'zh_CN'),
    );
    expect(send).not.toHaveBeenCalled();
  });

  it('the file input has a label and accepts JSON files', () => {
    setup({ preview: () => ({ ok: true, plan: PLAN }) });
    const input = $<HTMLInputElement>('#restore-file');
    expect(input?.accept).toBe('.json,application/json');
    expect($('label[for="restore-file"]')?.textContent).toBe(translate('zh_CN', 'data_restoreFile'));
  });
});
