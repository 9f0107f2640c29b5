// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PresetList } from '@/components/rules/PresetList';
import { RulesSection } from '@/components/rules/RulesSection';
import type { RuleActions } from '@/components/rules/rule-actions';
import { translate } from '@/storage/i18n';
import { STORE_PRESETS } from '@/storage/platforms/presets';
import type { CustomRule } from '@/storage/schemas/settings';
import { container, flush, useContainer } from './support/dom-container';

useContainer();

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector);
const buttonNamed = (name: string) =>
  [...container.querySelectorAll<HTMLButtonElement>('button')].find(
    (button) => (button.getAttribute('aria-label') ?? button.textContent) === name,
  );
const click = (element: HTMLElement | null | undefined) => act(() => element?.click());
function type(id: string, value: string) {
  act(() => {
    const input = $<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const t = (key: Parameters<typeof translate>[1], ...subs: string[]) => translate('zh_CN', key, ...subs);

/** Stored rules and granted origins in memory; the section re-renders with what was saved, as the page does. */
function setup(initial: CustomRule[] = [], granted: string[] = [], answer = true) {
  let stored = initial;
  const origins = new Set(granted);
  const actions = {
    requestOrigins: vi.fn(async (wanted: string[]) => {
      if (answer) for (const origin of wanted) origins.add(origin);
      return answer;
    }),
    hasOrigins: vi.fn(async (wanted: string[]) => wanted.every((origin) => origins.has(origin))),
    releaseOrigins: vi.fn(async (_: string[]) => {}),
    updateRules: vi.fn(async (update: (rules: CustomRule[]) => CustomRule[]) => {
      stored = update(stored);
      draw();
    }),
    setPresetEnabled: vi.fn(async () => {}),
  } satisfies RuleActions;
  const draw = () => render(<RulesSection locale="zh_CN" rules={stored} actions={actions} />, container);
  act(draw);
  return { actions, rules: () => stored };
}

const rule = (id: string, change: Partial<CustomRule> = {}): CustomRule => ({
  id,
  name: `平台${id}`,
  matches: [`*://${id}.example.edu.cn/*`],
  enabled: true,
  ...change,
});

function fillValidRule() {
  click(buttonNamed(t('ruleAdd')));
  type('rule-name', '本校慕课');
  type('rule-matches', '*://mooc.example.edu.cn/learn/*');
}

describe('RulesSection', () => {
  it('asks for the host permission inside the click, and saves only once it is granted', async () => {
    const { actions, rules } = setup();
    fillValidRule();
    $<HTMLButtonElement>('button[type="submit"]')?.click();
    // Synchronously, in the same task as the click: the browser still sees the user gesture.
    expect(actions.requestOrigins).toHaveBeenCalledWith(['*://mooc.example.edu.cn/*']);
    expect(actions.updateRules).not.toHaveBeenCalled();
    await flush();
    expect(rules()).toEqual([
      expect.objectContaining({
        name: '本校慕课',
        matches: ['*://mooc.example.edu.cn/learn/*'],
        enabled: true,
      }),
    ]);
    expect($('form')).toBeNull();
    expect($('[role="status"]')?.textContent).toBe(t('ruleSaved', '本校慕课'));
    expect(document.activeElement).toBe(buttonNamed(t('ruleAdd')));
  });

  it('a refused permission saves nothing and says what to do', async () => {
    const { actions } = setup([], [], false);
    fillValidRule();
    click($('button[type="submit"]'));
    await flush();
    expect(actions.updateRules).not.toHaveBeenCalled();
    expect($('form .notice.error')?.textContent).toBe(t('rulePermissionDenied', '*://mooc.example.edu.cn/*'));
  });

  it('an invalid rule neither asks for permission nor saves', async () => {
    const { actions } = setup();
    click(buttonNamed(t('ruleAdd')));
    type('rule-name', '本校慕课');
    type('rule-matches', '*://mooc.example.edu.cn/learn#/unit');
    click($('button[type="submit"]'));
    await flush();
    expect(actions.requestOrigins).not.toHaveBeenCalled();
    expect(actions.updateRules).not.toHaveBeenCalled();
    expect($('#rule-matches-error')?.textContent).toBe(
      t('ruleErrorMatchFragment', '*://mooc.example.edu.cn/learn#/unit'),
    );
  });

  it('editing replaces the rule in place, keeping its id', async () => {
    const { rules } = setup([rule('a'), rule('b')], ['*://a.example.edu.cn/*', '*://b.example.edu.cn/*']);
    click(buttonNamed(t('ruleEditLabel', '平台a')));
    type('rule-name', '平台A');
    click($('button[type="submit"]'));
    await flush();
    expect(rules()).toEqual([{ ...rule('a'), name: '平台A' }, rule('b')]);
  });

  it('deleting asks first; Cancel keeps the rule', async () => {
    const { actions, rules } = setup([rule('a')], ['*://a.example.edu.cn/*']);
    click(buttonNamed(t('ruleDeleteLabel', '平台a')));
    expect($('fieldset legend')?.textContent).toBe(t('ruleDeleteConfirm', '平台a'));
    expect(document.activeElement?.textContent).toBe(t('cancel'));
    click(buttonNamed(t('cancel')));
    expect(actions.updateRules).not.toHaveBeenCalled();
    expect(rules()).toHaveLength(1);
    expect(document.activeElement).toBe(buttonNamed(t('ruleDeleteLabel', '平台a')));
  });

  it('confirming a delete removes the rule and gives back hosts no other rule needs', async () => {
    const shared = rule('b', { matches: ['*://a.example.edu.cn/other/*'] });
    const { actions, rules } = setup([
      rule('a', { matches: ['*://a.example.edu.cn/x/*', '*://c.example.cn/*'] }),
      shared,
    ]);
    click(buttonNamed(t('ruleDeleteLabel', '平台a')));
    click(buttonNamed(t('ruleDeleteConfirmYes')));
    await flush();
    expect(rules()).toEqual([shared]);
    expect(actions.releaseOrigins).toHaveBeenCalledWith(['*://c.example.cn/*']);
    expect($('[role="status"]')?.textContent).toBe(t('ruleDeleted', '平台a'));
  });

  it('switching a rule on asks for permission; refused, it stays off with an alert', async () => {
    const { actions } = setup([rule('a', { enabled: false })], [], false);
    const toggle = $<HTMLInputElement>('#rule-enabled-a') as HTMLInputElement;
    expect($('label[for="rule-enabled-a"]')?.textContent).toBe(t('platformToggle', '平台a'));
    click(toggle);
    expect(actions.requestOrigins).toHaveBeenCalledWith(['*://a.example.edu.cn/*']);
    await flush();
    expect(actions.updateRules).not.toHaveBeenCalled();
    expect(toggle.checked).toBe(false);
    expect($('[role="alert"]')?.textContent).toBe(t('ruleToggleDenied', '*://a.example.edu.cn/*', '平台a'));
  });

  it('switching a rule off saves it disabled without asking anything', async () => {
    const { actions, rules } = setup([rule('a')], ['*://a.example.edu.cn/*']);
    click($('#rule-enabled-a'));
    await flush();
    expect(actions.requestOrigins).not.toHaveBeenCalled();
    expect(rules()).toEqual([{ ...rule('a'), enabled: false }]);
  });

  it('warns about an enabled rule whose permission is missing, and can ask for it again', async () => {
    const { actions } = setup([rule('a')]);
    await flush();
    expect($('.warning')?.textContent).toContain(t('rulePermissionMissing'));
    click(buttonNamed(t('ruleGrantLabel', '平台a')));
    expect(actions.requestOrigins).toHaveBeenCalledWith(['*://a.example.edu.cn/*']);
    await vi.waitFor(async () => {
      await flush();
      expect($('.warning')).toBeNull();
    });
  });

  it('a restored rule broader than one domain never asks for its hosts: it says why and what to do', async () => {
    const broad = rule('wide', { matches: ['*://*.edu.cn/*'] });
    const { actions } = setup([broad]);
    await flush();
    expect(buttonNamed(t('ruleGrantLabel', '平台wide'))).toBeUndefined();
    expect($('.warning')?.textContent).toBe(t('ruleErrorMatchTooBroad', '*://*.edu.cn/*'));
    // Switching it off and on again asks for nothing either.
    click($('#rule-enabled-wide'));
    await flush();
    click($('#rule-enabled-wide'));
    await flush();
    expect(actions.requestOrigins).not.toHaveBeenCalled();
    expect(($('#rule-enabled-wide') as HTMLInputElement).checked).toBe(false);
    expect($('[role="alert"]')?.textContent).toBe(t('ruleErrorMatchTooBroad', '*://*.edu.cn/*'));
  });

  it('says so when there are no rules yet', () => {
    setup();
    expect(container.textContent).toContain(t('rulesEmpty'));
  });
});

describe('PresetList', () => {
  it('lists every preset with a labelled switch; off saves enabledPlatforms[id] = false', () => {
    const setPresetEnabled = vi.fn(async () => {});
    act(() =>
      render(
        <PresetList
          locale="en"
          presets={STORE_PRESETS}
          enabledPlatforms={{ icourse163: false }}
          actions={{ setPresetEnabled }}
        />,
        container,
      ),
    );
    expect(container.querySelectorAll('input[type="checkbox"]')).toHaveLength(STORE_PRESETS.length);
    expect($<HTMLInputElement>('#preset-enabled-icourse163')?.checked).toBe(false);
    const enaea = $<HTMLInputElement>('#preset-enabled-enaea');
    expect(enaea?.checked).toBe(true);
    expect($('label[for="preset-enabled-enaea"]')?.textContent).toBe('Count time on “学习公社”');
    click(enaea);
    expect(setPresetEnabled).toHaveBeenCalledWith('enaea', false);
  });
});
