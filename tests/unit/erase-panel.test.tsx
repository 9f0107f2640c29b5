// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { DataReply } from '@/components/data/data-actions';
import { ErasePanel } from '@/components/data/ErasePanel';
import { backupErrorMessage } from '@/storage/backup';
import { translate } from '@/storage/i18n';
import type { DataMessage } from '@/storage/schemas/messages';
import { container, flush, useContainer } from './support/dom-container';

useContainer();

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector);
const buttonNamed = (name: string) =>
  [...container.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent === name);
const t = (key: Parameters<typeof translate>[1]) => translate('en', key);

function setup(reply: DataReply = { ok: true }) {
  const send = vi.fn(async (_: DataMessage): Promise<DataReply> => reply);
  act(() => render(<ErasePanel locale="en" actions={{ send }} />, container));
  return send;
}

describe('ErasePanel', () => {
  it('erases only after the first button, the "I understand" box and the second button', async () => {
    const send = setup();

    act(() => buttonNamed(t('data_eraseStart'))?.click());
    expect(send).not.toHaveBeenCalled();
    const confirm = buttonNamed(t('data_eraseConfirm'));
    expect(confirm?.disabled).toBe(true);
    act(() => confirm?.click());
    await flush();
    expect(send).not.toHaveBeenCalled();

    act(() => $<HTMLInputElement>('#erase-understand')?.click());
    expect(buttonNamed(t('data_eraseConfirm'))?.disabled).toBe(false);
    act(() => buttonNamed(t('data_eraseConfirm'))?.click());
    await flush();

    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'erase-all' });
    expect($('[role="status"]')?.textContent).toBe(t('data_eraseDone'));
  });

  it('the confirmation step takes the keyboard to the checkbox, and cancel closes it without erasing', async () => {
    const send = setup();
    act(() => buttonNamed(t('data_eraseStart'))?.click());
    expect(document.activeElement?.id).toBe('erase-understand');

    act(() => buttonNamed(t('cancel'))?.click());
    expect(buttonNamed(t('data_eraseConfirm'))).toBeUndefined();
    expect(document.activeElement?.textContent).toBe(t('data_eraseStart'));

    // Opening it again starts unticked: an earlier tick does not carry over.
    act(() => buttonNamed(t('data_eraseStart'))?.click());
    expect($<HTMLInputElement>('#erase-understand')?.checked).toBe(false);
    await flush();
    expect(send).not.toHaveBeenCalled();
  });

  it('a failed erase is shown as an alert in the user language', async () => {
    setup({ ok: false, error: { code: 'write-failed', detail: 'QuotaExceededError' } });
    act(() => buttonNamed(t('data_eraseStart'))?.click());
    act(() => $<HTMLInputElement>('#erase-understand')?.click());
    act(() => buttonNamed(t('data_eraseConfirm'))?.click());
    await flush();
    expect($('[role="alert"]')?.textContent).toBe(
      backupErrorMessage({ code: 'write-failed', detail: 'QuotaExceededError' }, 'en'),
    );
    expect($('[role="status"]')?.textContent).toBe('');
  });
});
