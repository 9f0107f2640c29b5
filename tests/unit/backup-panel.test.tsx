// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { BackupPanel } from '@/components/data/BackupPanel';
import type { DataReply } from '@/components/data/data-actions';
import { backupErrorMessage } from '@/storage/backup';
import { translate } from '@/storage/i18n';
import type { DataMessage } from '@/storage/schemas/messages';
import { container, flush, useContainer } from './support/dom-container';

useContainer();

const $ = (selector: string) => container.querySelector<HTMLElement>(selector);

function setup(reply: DataReply) {
  const send = vi.fn(async (_: DataMessage): Promise<DataReply> => reply);
  const download = vi.fn();
  act(() => render(<BackupPanel locale="zh_CN" actions={{ send, download }} />, container));
  return { send, download };
}

describe('BackupPanel', () => {
  it('asks the background for a backup and downloads its text under its file name', async () => {
    const { send, download } = setup({ ok: true, text: '{"kind":"studytrail.backup"}', fileName: 'b.json' });
    act(() => $('button')?.click());
    await flush();
    expect(send).toHaveBeenCalledWith({ type: 'backup-export' });
    expect(download).toHaveBeenCalledWith('{"kind":"studytrail.backup"}', 'b.json', 'application/json');
    expect($('[role="status"]')?.textContent).toBe(translate('zh_CN', 'data_backupDone', 'b.json'));
  });

  it('a failed export downloads nothing and says why', async () => {
    const { download } = setup({ ok: false, error: { code: 'write-failed', detail: 'gone' } });
    act(() => $('button')?.click());
    await flush();
    expect(download).not.toHaveBeenCalled();
    expect($('[role="alert"]')?.textContent).toBe(
      backupErrorMessage({ code: 'write-failed', detail: 'gone' }, 'zh_CN'),
    );
  });
});
