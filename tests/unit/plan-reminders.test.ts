import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupPlanReminders } from '@/entrypoints/background/plan-reminders';
import { bestWeekMinutes } from '@/storage/plans/best-week';
import { dueReminders, type ReminderPlan } from '@/storage/plans/reminder-due';
import { DEFAULT_SETTINGS, type Settings } from '@/storage/schemas/settings';

const plan = (overrides: Partial<ReminderPlan> = {}): ReminderPlan => ({
  id: 'p1',
  name: '人工智能素养提升培训',
  deadline: '2026-12-31',
  done: false,
  paceNeededMinutes: 200,
  ...overrides,
});

describe('dueReminders', () => {
  it('reminds when the pace needed passes the best week, once per plan and deadline', () => {
    const due = dueReminders([plan({ paceNeededMinutes: 301 })], 300, '2026-12-01', new Set());
    expect(due.map((r) => r.kind)).toEqual(['pace-above-best']);
    expect(
      dueReminders([plan({ paceNeededMinutes: 301 })], 300, '2026-12-02', new Set([due[0]?.key ?? ''])),
    ).toEqual([]);
  });

  it('does not remind at or below the best week, nor before any week was studied', () => {
    expect(dueReminders([plan({ paceNeededMinutes: 300 })], 300, '2026-12-01', new Set())).toEqual([]);
    expect(dueReminders([plan({ paceNeededMinutes: 900 })], 0, '2026-12-01', new Set())).toEqual([]);
  });

  it('reminds seven days before the deadline, not eight, and not after it or once done', () => {
    const low = { paceNeededMinutes: 10 };
    expect(dueReminders([plan(low)], 300, '2026-12-23', new Set())).toEqual([]);
    expect(dueReminders([plan(low)], 300, '2026-12-24', new Set()).map((r) => r.kind)).toEqual([
      'week-before-deadline',
    ]);
    expect(dueReminders([plan(low)], 300, '2027-01-01', new Set())).toEqual([]);
    expect(dueReminders([plan({ ...low, done: true })], 300, '2026-12-30', new Set())).toEqual([]);
  });

  it('a moved deadline may remind again', () => {
    const first = dueReminders([plan({ paceNeededMinutes: 10 })], 300, '2026-12-28', new Set());
    const moved = dueReminders(
      [plan({ paceNeededMinutes: 10, deadline: '2027-01-02' })],
      300,
      '2026-12-28',
      new Set(first.map((r) => r.key)),
    );
    expect(moved).toHaveLength(1);
  });
});

describe('bestWeekMinutes', () => {
  const at = (iso: string) => Date.parse(`${iso}+08:00`);
  it('is the largest ISO week of the union of intervals, overlaps counted once', () => {
    const intervals = [
      { start: at('2026-11-02T09:00'), end: at('2026-11-02T10:00') },
      { start: at('2026-11-02T09:30'), end: at('2026-11-02T10:30') },
      // Sunday 23:30 to Monday 00:30 (Shanghai): 30 minutes in each week.
      { start: at('2026-11-15T23:30'), end: at('2026-11-16T00:30') },
      { start: at('2026-11-16T08:00'), end: at('2026-11-16T09:45') },
    ];
    expect(bestWeekMinutes(intervals, 'Asia/Shanghai')).toBe(135);
    expect(bestWeekMinutes([], 'Asia/Shanghai')).toBe(0);
  });

  it('takes a history of more sessions than a call can spread as arguments', () => {
    const monday = Date.parse('2026-11-16T00:00:00+08:00');
    const intervals = Array.from({ length: 200_000 }, (_, i) => ({
      start: monday + i * 2_000,
      end: monday + i * 2_000 + 1_000,
    }));
    expect(bestWeekMinutes(intervals, 'Asia/Shanghai')).toBeCloseTo(200_000 / 60, 9);
  });
});

describe('setupPlanReminders (background, fakeBrowser)', () => {
  const NOW = Date.parse('2026-12-24T10:00:00+08:00');
  let settings: Settings;
  const source = {
    figures: vi.fn(async () => ({ plans: [plan({ paceNeededMinutes: 500 })], bestWeekMinutes: 240 })),
  };
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
    settings = { ...DEFAULT_SETTINGS, timeZone: 'Asia/Shanghai', locale: 'zh_CN' };
  });

  it('notifies each condition once, however often the alarm fires', async () => {
    const created: string[] = [];
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (id: string) => {
      created.push(id);
      return id;
    }) as never);
    const reminders = setupPlanReminders(
      () => settings,
      Promise.resolve(),
      source,
      () => NOW,
    );
    await reminders.check();
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'plan-reminders',
      scheduledTime: NOW,
      persistAcrossSessions: false,
    } as never);
    await reminders.check();
    expect(created).toEqual([
      'plan:p1|pace-above-best|2026-12-31',
      'plan:p1|week-before-deadline|2026-12-31',
    ]);
  });

  it('sends nothing when plan reminders are off in the settings', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    settings = { ...settings, planReminders: false };
    const reminders = setupPlanReminders(
      () => settings,
      Promise.resolve(),
      source,
      () => NOW,
    );
    expect(await reminders.check()).toEqual([]);
    expect(create).not.toHaveBeenCalled();
  });

  it('arms a periodic alarm', async () => {
    vi.useFakeTimers({ now: NOW });
    setupPlanReminders(
      () => settings,
      Promise.resolve(),
      source,
      () => NOW,
    );
    await vi.runOnlyPendingTimersAsync();
    const alarm = await fakeBrowser.alarms.get('plan-reminders');
    vi.useRealTimers();
    expect(alarm?.periodInMinutes).toBe(180);
  });
});
