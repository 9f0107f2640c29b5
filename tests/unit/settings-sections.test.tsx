// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { GoalSection } from '@/components/settings/GoalSection';
import { LanguageSection } from '@/components/settings/LanguageSection';
import { ReminderSection } from '@/components/settings/ReminderSection';
import { translate } from '@/storage/i18n';
import { DEFAULT_SETTINGS, type Settings } from '@/storage/schemas/settings';
import { container, flush, useContainer } from './support/dom-container';

useContainer();

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector);
/** Types into a field and, like leaving it, commits the value. */
function enter(id: string, value: string) {
  act(() => {
    const input = $<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
function choose(id: string, value: string) {
  act(() => {
    const select = $<HTMLSelectElement>(`#${id}`) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('GoalSection', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, weeklyGoalMinutes: 180, classHourMinutes: 45 };

  it.each(['-5', '10081', '12.5', ''])(
    'refuses the goal %j with a message and saves nothing',
    async (value) => {
      const save = vi.fn(async () => {});
      act(() => render(<GoalSection locale="zh_CN" settings={settings} save={save} />, container));
      enter('goal-minutes', value);
      await flush();
      expect(save).not.toHaveBeenCalled();
      expect($('#goal-minutes')?.getAttribute('aria-invalid')).toBe('true');
      expect($('#goal-minutes-error')?.textContent).toBe(translate('zh_CN', 'settings_goalInvalid'));
    },
  );

  it.each([
    ['0', 0],
    ['240', 240],
    ['10080', 10080],
  ])('saves the goal %j as %d minutes and says it was saved', async (value, minutes) => {
    const save = vi.fn(async () => {});
    act(() => render(<GoalSection locale="en" settings={settings} save={save} />, container));
    enter('goal-minutes', value);
    await flush();
    expect(save).toHaveBeenCalledWith({ weeklyGoalMinutes: minutes });
    expect($('[role="status"]')?.textContent).toBe(translate('en', 'settings_saved'));
  });

  it('saves the unit and the minutes of a class hour, and shows the goal in class hours', async () => {
    const save = vi.fn(async () => {});
    act(() => render(<GoalSection locale="en" settings={settings} save={save} />, container));
    act(() => $<HTMLInputElement>('#goal-unit-classHours')?.click());
    enter('class-hour-minutes', '40');
    await flush();
    expect(save.mock.calls).toEqual([[{ goalUnit: 'classHours' }], [{ classHourMinutes: 40 }]]);

    act(() =>
      render(
        <GoalSection locale="en" settings={{ ...settings, goalUnit: 'classHours' }} save={save} />,
        container,
      ),
    );
    expect($('#goal-minutes-hint')?.textContent).toContain(
      translate('en', 'settings_goalInClassHours', 4, 45),
    );
  });

  it('a failed save is an alert with the reason', async () => {
    const save = vi.fn(async () => {
      throw new Error('storage is gone');
    });
    act(() => render(<GoalSection locale="en" settings={settings} save={save} />, container));
    enter('goal-minutes', '200');
    await flush();
    expect($('[role="alert"]:not(.field-error)')?.textContent).toBe(
      translate('en', 'settings_saveFailed', 'storage is gone'),
    );
  });
});

describe('ReminderSection', () => {
  it('turns the reminder off and picks its weekday, keeping the other field', async () => {
    const save = vi.fn(async () => {});
    act(() =>
      render(<ReminderSection locale="en" reminder={{ enabled: true, weekday: 1 }} save={save} />, container),
    );
    const options = [...container.querySelectorAll('#reminder-weekday option')].map((o) => o.textContent);
    expect(options).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    choose('reminder-weekday', '5');
    act(() => $<HTMLInputElement>('#reminder-enabled')?.click());
    await flush();
    expect(save.mock.calls).toEqual([
      [{ weeklyReminder: { enabled: true, weekday: 5 } }],
      [{ weeklyReminder: { enabled: false, weekday: 1 } }],
    ]);
  });
});

describe('LanguageSection', () => {
  it('saves the chosen interface language', async () => {
    const save = vi.fn(async () => {});
    act(() => render(<LanguageSection locale="zh_CN" setting="auto" save={save} />, container));
    choose('language', 'en');
    await flush();
    expect(save).toHaveBeenCalledWith({ locale: 'en' });
  });
});
