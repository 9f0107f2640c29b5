// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { RuleForm, type SaveOutcome } from '@/components/rules/RuleForm';
import { translate } from '@/storage/i18n';
import type { CustomRule } from '@/storage/schemas/settings';
import { container, flush, useContainer } from './support/dom-container';

useContainer();

const field = (id: string) => container.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
const errorText = (id: string) => container.querySelector(`#${id}-error`)?.textContent ?? '';

function type(id: string, value: string) {
  act(() => {
    const input = field(id);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function clickSave() {
  act(() => {
    container.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  });
}

function mount(onSave = vi.fn<(rule: CustomRule) => Promise<SaveOutcome>>(), rule?: CustomRule) {
  const onCancel = vi.fn();
  act(() => {
    render(<RuleForm locale="zh_CN" rule={rule} onSave={onSave} onCancel={onCancel} />, container);
  });
  return { onSave, onCancel };
}

describe('RuleForm', () => {
  it('every field has a real label and its hint linked', () => {
    mount();
    for (const id of [
      'rule-name',
      'rule-matches',
      'rule-course-title',
      'rule-lesson-title',
      'rule-title-pattern',
    ]) {
      expect(container.querySelector(`label[for="${id}"]`)?.textContent, id).toBeTruthy();
      expect(field(id).getAttribute('aria-describedby'), id).toBe(`${id}-hint`);
    }
    expect(container.querySelector('label[for="rule-all-frames"]')).not.toBeNull();
  });

  it('a pattern with # shows the fragment message at the patterns field, focuses it and saves nothing', () => {
    const { onSave } = mount();
    const pattern = '*://mooc.example.edu.cn/learn/*#/learn/content';
    type('rule-name', '本校慕课');
    type('rule-matches', pattern);
    clickSave();

    const expected = translate('zh_CN', 'ruleErrorMatchFragment', pattern);
    expect(errorText('rule-matches')).toBe(expected);
    expect(expected).toContain('# 之后的部分');
    const matches = field('rule-matches');
    expect(matches.getAttribute('aria-invalid')).toBe('true');
    expect(matches.getAttribute('aria-describedby')?.split(' ')).toContain('rule-matches-error');
    expect(container.querySelector('#rule-matches-error')?.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(matches);
    expect(field('rule-name').getAttribute('aria-invalid')).toBeNull();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows the English fragment message in the English UI', () => {
    act(() => {
      render(<RuleForm locale="en" onSave={vi.fn()} onCancel={vi.fn()} />, container);
    });
    type('rule-name', 'School MOOC');
    type('rule-matches', '*://mooc.example.edu.cn/#/learn');
    clickSave();
    expect(errorText('rule-matches')).toContain('Match patterns never see the part after #; drop it.');
  });

  it('shows every problem at its field and takes focus to the first one', () => {
    const { onSave } = mount();
    type('rule-matches', '<all_urls>');
    type('rule-course-title', 'h1[');
    clickSave();
    expect(errorText('rule-name')).toBe(translate('zh_CN', 'ruleErrorNameRequired'));
    expect(errorText('rule-matches')).toBe(translate('zh_CN', 'ruleErrorMatchAllSites', '<all_urls>'));
    expect(errorText('rule-course-title')).toBe(translate('zh_CN', 'ruleErrorSelectorInvalid', 'h1['));
    expect(errorText('rule-lesson-title')).toBe('');
    expect(document.activeElement).toBe(field('rule-name'));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('clears an error once the field is fixed and the form is sent again', () => {
    const onSave = vi.fn(async () => 'saved' as const);
    mount(onSave);
    type('rule-name', '省平台');
    type('rule-matches', 'ftp://files.example.cn/*');
    clickSave();
    expect(errorText('rule-matches')).not.toBe('');
    type('rule-matches', 'https://study.example.cn/*');
    clickSave();
    expect(errorText('rule-matches')).toBe('');
    expect(field('rule-matches').getAttribute('aria-invalid')).toBeNull();
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('hands a valid rule to onSave synchronously, inside the submit handler (the user gesture)', () => {
    const onSave = vi.fn(async (_rule: CustomRule) => 'saved' as const);
    mount(onSave);
    type('rule-name', '  省平台 ');
    type('rule-matches', 'https://study.example.cn/course/*\n\nhttps://player.example.cn/*');
    type('rule-title-pattern', '^(.+?) - 省平台');
    act(() => field('rule-all-frames').click());
    container.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({
      id: expect.stringMatching(/^user-/),
      name: '省平台',
      matches: ['https://study.example.cn/course/*', 'https://player.example.cn/*'],
      titlePattern: '^(.+?) - 省平台',
      allFrames: true,
      enabled: true,
    });
  });

  it('tells the user, as an alert, that a refused permission left the rule unsaved', async () => {
    mount(vi.fn(async () => 'denied' as const));
    type('rule-name', '省平台');
    type('rule-matches', '*://*.study.example.cn/course/*');
    clickSave();
    await flush();
    const alert = [...container.querySelectorAll('[role="alert"]')].map((el) => el.textContent).join('');
    expect(alert).toBe(translate('zh_CN', 'rulePermissionDenied', '*://*.study.example.cn/*'));
  });

  it('shows a failed save with its reason', async () => {
    mount(vi.fn(async () => Promise.reject(new Error('QuotaExceededError'))));
    type('rule-name', '省平台');
    type('rule-matches', '*://study.example.cn/*');
    clickSave();
    await flush();
    expect(container.querySelector('.notice.error')?.textContent).toBe(
      translate('zh_CN', 'ruleActionFailed', 'QuotaExceededError'),
    );
  });

  it('editing starts from the saved rule and keeps its id and state', () => {
    const rule: CustomRule = {
      id: 'user-keep',
      name: '本校慕课',
      matches: ['*://mooc.example.edu.cn/learn/*'],
      lessonTitle: { selector: '.unit.current' },
      enabled: false,
    };
    const onSave = vi.fn(async () => 'saved' as const);
    mount(onSave, rule);
    expect(container.querySelector('h3')?.textContent).toBe(
      translate('zh_CN', 'ruleFormEditHeading', '本校慕课'),
    );
    expect(field('rule-matches').value).toBe('*://mooc.example.edu.cn/learn/*');
    expect(field('rule-lesson-title').value).toBe('.unit.current');
    type('rule-name', '本校慕课（新）');
    clickSave();
    expect(onSave).toHaveBeenCalledWith({ ...rule, name: '本校慕课（新）' });
  });

  it('Cancel calls onCancel and saves nothing', () => {
    const { onSave, onCancel } = mount();
    act(() => {
      [...container.querySelectorAll<HTMLButtonElement>('button[type="button"]')].at(-1)?.click();
    });
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('renders a hostile pattern in an error as text', () => {
    mount();
    type('rule-name', 'x');
    type('rule-matches', '<img src=x onerror=alert(1)>');
    clickSave();
    expect(container.querySelector('img')).toBeNull();
    expect(errorText('rule-matches')).toContain('<img src=x onerror=alert(1)>');
  });
});
