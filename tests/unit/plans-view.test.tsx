// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PlansView } from '@/components/plans/PlansView';
import { PopupPlanLine } from '@/components/plans/PopupPlanLine';
import type { PlanSummary } from '@/components/plans/plan-summary';
import type { PlansActions } from '@/components/plans/plans-actions';
import { PlanGoalSection } from '@/components/settings/PlanGoalSection';
import { planErrorMessage } from '@/storage/plans';
import type { PlanError, PlanInput } from '@/storage/schemas/plan';
import { container, flush, useContainer } from './support/dom-container';
import { makePlanRow } from './support/plan-rows';

useContainer();

const SUMMARY: PlanSummary = {
  id: 'p1',
  name: '人工智能素养提升培训',
  organiser: '学生工作部',
  start: '2026-11-02',
  deadline: '2026-12-27',
  status: 'behind',
  trackedMs: 3 * 3_600_000,
  trackedClassHours: 4,
  requiredClassHours: 10,
  percent: 40,
  paceClassHoursPerWeek: 3.5,
  forecastDate: '2027-01-15',
  creditedClassHours: 6,
  perCourse: [{ title: '心理危机干预', classHours: 4 }],
  burnUp: [
    { date: '2026-11-08', day: 6, actual: 1, target: 1.3 },
    { date: '2026-11-15', day: 13, actual: 4, target: 2.5 },
    { date: '2026-11-22', day: 20, actual: null, target: 3.8 },
  ],
  missingCourses: [],
};

function fakeActions(plans: PlanSummary[], refusal: PlanError | null = null) {
  const saved: PlanInput[] = [];
  const actions: PlansActions = {
    load: async () => plans,
    plan: async () => undefined,
    choices: async () => ({ courses: [{ value: 'enaea:course:1', label: '心理危机干预' }], platforms: [] }),
    save: vi.fn(async (input: PlanInput) => {
      if (!refusal) saved.push(input);
      return refusal;
    }),
    remove: async () => undefined,
    restore: async () => {},
    record: async () => ({ html: '<!doctype html>', fileName: 'r.html' }),
    openRecord: vi.fn(),
    downloadRecord: vi.fn(),
  };
  return { actions, saved };
}

const settings = { timeZone: 'Asia/Shanghai', classHourMinutes: 45 };
const NOW = () => Date.parse('2026-11-20T10:00:00+08:00');
const text = (selector: string) => container.querySelector(selector)?.textContent ?? '';
const type = (id: string, value: string) => {
  const input = container.querySelector<HTMLInputElement>(`#${id}`);
  if (!input) throw new Error(`no #${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('the Plans view', () => {
  it('shows progress, the pace needed, the forecast, the status and the platform figure with why it differs', async () => {
    const { actions } = fakeActions([SUMMARY]);
    act(() =>
      render(<PlansView locale="zh_CN" settings={settings} actions={actions} now={NOW} />, container),
    );
    await flush();
    expect(text('[data-testid="plan-progress"]')).toBe('已记录 4 / 要求 10 学时（40%）');
    expect(text('[data-testid="plan-pace"]')).toBe('还需每周 3.5 学时');
    expect(text('[data-testid="plan-forecast"]')).toContain('2027-01-15');
    expect(text('[data-testid="plan-status"]')).toBe('落后于计划');
    expect(text('[data-testid="plan-credited"]')).toContain('平台认定：6 学时');
    expect(text('[data-testid="plan-credited"]')).toContain('2 倍速');
  });

  it('gives the burn-up chart a label and a table with the same numbers', async () => {
    const { actions } = fakeActions([SUMMARY]);
    act(() => render(<PlansView locale="en" settings={settings} actions={actions} now={NOW} />, container));
    await flush();
    const canvas = container.querySelector('canvas[data-testid="plan-burn-up"]');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toContain(SUMMARY.name);
    const rows = [...container.querySelectorAll('.chart-table tbody tr')].map((tr) => tr.textContent);
    expect(rows).toEqual(['2026-11-0811.3', '2026-11-1542.5', '2026-11-22—3.8']);
  });

  it('a refused save shows the reason at its field, focuses it, and keeps the form as typed', async () => {
    const refusal: PlanError = { code: 'deadlineBeforeStart', field: 'deadline' };
    const { actions, saved } = fakeActions([], refusal);
    act(() => render(<PlansView locale="en" settings={settings} actions={actions} now={NOW} />, container));
    await flush();
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="plan-new"]')?.click());
    await flush();
    // Every field is a labelled control.
    for (const input of container.querySelectorAll('form input'))
      expect(container.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
    act(() => {
      type('plan-name', '培训');
      type('plan-required', '3,5');
      type('plan-deadline', '2026-01-01');
    });
    act(() => container.querySelector<HTMLFormElement>('form')?.requestSubmit());
    await flush();
    expect(actions.save).toHaveBeenCalledTimes(1);
    const input = vi.mocked(actions.save).mock.calls[0]?.[0];
    expect(input?.requiredClassHours).toBe(3.5);
    expect(input?.start).toBe('2026-11-20');
    expect(input?.timeZone).toBe('Asia/Shanghai');
    const message = planErrorMessage(refusal, 'en');
    expect(text('#plan-deadline-error')).toBe(message);
    expect(container.querySelector('#plan-deadline')?.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#plan-deadline')?.getAttribute('aria-describedby')).toContain(
      'plan-deadline-error',
    );
    expect(document.activeElement?.id).toBe('plan-deadline');
    expect(text('[data-testid="plan-form-error"]')).toContain(message);
    expect(container.querySelector<HTMLInputElement>('#plan-name')?.value).toBe('培训');
    expect(saved).toEqual([]);
  });

  it('opens and downloads the completion record from a plan', async () => {
    const { actions } = fakeActions([SUMMARY]);
    act(() =>
      render(<PlansView locale="zh_CN" settings={settings} actions={actions} now={NOW} />, container),
    );
    await flush();
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="plan-record"]')?.click());
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="plan-record-download"]')?.click());
    await flush();
    expect(actions.openRecord).toHaveBeenCalledWith('<!doctype html>');
    expect(actions.downloadRecord).toHaveBeenCalledWith('<!doctype html>', 'r.html');
  });
});

describe('editing and deleting a plan', () => {
  it('opens the form with the stored values and saves under the same id', async () => {
    const { actions } = fakeActions([SUMMARY]);
    actions.plan = async () =>
      makePlanRow({ id: 'p1', name: SUMMARY.name, requiredClassHours: 10, creditedClassHours: 6 });
    act(() => render(<PlansView locale="en" settings={settings} actions={actions} now={NOW} />, container));
    await flush();
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="plan-edit"]')?.click());
    await flush();
    expect(container.querySelector<HTMLInputElement>('#plan-name')?.value).toBe(SUMMARY.name);
    expect(container.querySelector<HTMLInputElement>('#plan-credited')?.value).toBe('6');
    expect(document.activeElement?.id).toBe('plan-form-heading');
    act(() => container.querySelector<HTMLFormElement>('form')?.requestSubmit());
    await flush();
    expect(vi.mocked(actions.save).mock.calls[0]?.[1]).toBe('p1');
    expect(container.querySelector('form')).toBeNull();
    expect(text('[role="status"]')).toContain(SUMMARY.name);
  });

  it('deletes with an undo that puts the same plan back', async () => {
    const row = makePlanRow({ id: 'p1' });
    const { actions } = fakeActions([SUMMARY]);
    actions.remove = vi.fn(async () => row);
    actions.restore = vi.fn(async () => {});
    act(() => render(<PlansView locale="en" settings={settings} actions={actions} now={NOW} />, container));
    await flush();
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="plan-delete"]')?.click());
    await flush();
    expect(actions.remove).toHaveBeenCalledWith('p1');
    const undo = container.querySelector<HTMLButtonElement>('[data-testid="plan-undo-toast"] button');
    act(() => undo?.click());
    await flush();
    expect(actions.restore).toHaveBeenCalledWith(row);
  });
});

describe('the popup plan line', () => {
  it('shows the nearest plan compactly: name, progress and pace needed', () => {
    const glance = {
      name: '寒假研修',
      deadline: '2027-02-20',
      progress: {
        status: 'on-track' as const,
        trackedClassHours: 2.5,
        requiredClassHours: 10,
        percent: 25,
        trackedMs: 1,
        pace: {
          daysLeft: 14,
          weeksLeft: 2,
          neededMsPerWeek: 1,
          neededMinutesPerWeek: 169,
          neededClassHoursPerWeek: 3.8,
        },
      },
    };
    act(() => render(<PopupPlanLine locale="zh_CN" glance={glance} />, container));
    expect(text('[data-testid="popup-plan-progress"]')).toBe('寒假研修：2.5 / 10 学时');
    expect(text('[data-testid="popup-plan-pace"]')).toBe('还需每周 3.8 学时 · 2027-02-20 截止');
  });

  it('shows nothing without a plan', () => {
    act(() => render(<PopupPlanLine locale="zh_CN" />, container));
    expect(container.innerHTML).toBe('');
  });
});

describe('the Settings section for plans', () => {
  it('lets the weekly goal follow a plan, and turns plan reminders off', async () => {
    const save = vi.fn(async () => {});
    const plans = async () => [{ id: 'p1', name: '人工智能素养提升培训' }];
    act(() =>
      render(
        <PlanGoalSection
          locale="zh_CN"
          settings={{ goalFollowsPlan: '', planReminders: true }}
          save={save}
          plans={plans}
        />,
        container,
      ),
    );
    await flush();
    const select = container.querySelector<HTMLSelectElement>('#plan-goal-follow');
    expect([...(select?.options ?? [])].map((o) => o.textContent)).toEqual([
      '固定数字（上方设置）',
      '跟随“人工智能素养提升培训”的所需速度',
    ]);
    act(() => {
      if (select) select.value = 'p1';
      select?.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => container.querySelector<HTMLInputElement>('#plan-reminders')?.click());
    await flush();
    expect(save).toHaveBeenCalledWith({ goalFollowsPlan: 'p1' });
    expect(save).toHaveBeenCalledWith({ planReminders: false });
  });
});
