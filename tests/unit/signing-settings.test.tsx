// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { IdentitySection } from '@/components/settings/IdentitySection';
import { SigningSection } from '@/components/settings/SigningSection';
import { translate } from '@/storage/i18n';
import { container, flush, useContainer } from './support/dom-container';

useContainer();

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector);

function type(id: string, value: string) {
  act(() => {
    const input = $<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const submit = () =>
  act(() => {
    $<HTMLFormElement>('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });

describe('SigningSection', () => {
  it('shows the fingerprint and copies exactly it, saying so', async () => {
    const copy = vi.fn(async (_text: string) => {});
    const actions = { fingerprint: async () => '3f2a 9c01 77be 04d1', copy };
    act(() => render(<SigningSection locale="en" actions={actions} />, container));
    await flush();
    expect($('#signing-fingerprint')?.textContent).toBe('3f2a 9c01 77be 04d1');
    act(() => $('button')?.click());
    await flush();
    expect(copy).toHaveBeenCalledWith('3f2a 9c01 77be 04d1');
    expect($('[role="status"]')?.textContent).toBe(translate('en', 'settings_signingCopied'));
  });

  it('says in words what a signature proves and does not', async () => {
    const actions = { fingerprint: async () => 'aaaa bbbb cccc dddd', copy: async () => {} };
    act(() => render(<SigningSection locale="zh_CN" actions={actions} />, container));
    await flush();
    expect($('#signing-hint')?.textContent).toContain('不能证明学习确实发生');
  });

  it('a key that cannot be created is an alert with what to do, not a blank', async () => {
    const actions = {
      fingerprint: async () => {
        throw new Error('NotSupportedError');
      },
      copy: async () => {},
    };
    act(() => render(<SigningSection locale="en" actions={actions} />, container));
    await flush();
    expect($('[role="alert"]')?.textContent).toMatch(/NotSupportedError.*Reload/);
    expect($('#signing-fingerprint')).toBeNull();
  });
});

describe('IdentitySection', () => {
  it('saves only the fields filled in, trimmed', async () => {
    const save = vi.fn(async () => {});
    act(() => render(<IdentitySection locale="zh_CN" learner={{}} save={save} />, container));
    type('identity-name', '  王芳 ');
    type('identity-unit', '学生工作部');
    submit();
    await flush();
    expect(save).toHaveBeenCalledWith({ learner: { name: '王芳', unit: '学生工作部' } });
  });

  it('clearing every field saves an empty identity, so digests carry none', async () => {
    const save = vi.fn(async () => {});
    act(() => render(<IdentitySection locale="en" learner={{ name: 'Wang Fang' }} save={save} />, container));
    type('identity-name', '   ');
    submit();
    await flush();
    expect(save).toHaveBeenCalledWith({ learner: {} });
  });

  it('refuses a control character and an over-long staff number, naming the field, and saves nothing', async () => {
    const save = vi.fn(async () => {});
    act(() => render(<IdentitySection locale="en" learner={{}} save={save} />, container));
    type('identity-name', 'Wang\u202eFang');
    type('identity-staffNumber', '1'.repeat(33));
    submit();
    await flush();
    expect(save).not.toHaveBeenCalled();
    expect($('#identity-name')?.getAttribute('aria-invalid')).toBe('true');
    expect($('#identity-name-error')?.textContent).toBe(translate('en', 'settings_identityBadCharacters'));
    expect($('#identity-staffNumber-error')?.textContent).toBe(
      translate('en', 'settings_identityTooLong', 32),
    );
    expect($('#identity-staffNumber')?.getAttribute('aria-describedby')).toBe('identity-staffNumber-error');
  });
});
