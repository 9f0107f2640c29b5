// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { LastDaysChart } from '@/components/LastDaysChart';
import { TodayCard } from '@/components/TodayCard';
import { NowStatus } from '@/entrypoints/popup/NowStatus';
import { type NowInputs, nowStatus } from '@/entrypoints/popup/now-status';
import { PauseControls } from '@/entrypoints/popup/PauseControls';
import { translate } from '@/storage/i18n';
import { DEFAULT_SETTINGS } from '@/storage/schemas/settings';
import { container, useContainer } from './support/dom-container';

const T0 = Date.UTC(2026, 3, 15, 2, 0, 0);
const MIN = 60_000;
const LESSON = 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=1';
const TRACKING = { platformId: 'enaea', courseTitle: '课程', lessonTitle: '第一讲', kind: 'media' } as const;
const QUIET_TAB = { locked: false, systemIdle: false };

const inputs = (overrides: Partial<NowInputs> = {}): NowInputs => ({
  url: LESSON,
  settings: DEFAULT_SETTINGS,
  now: T0,
  tab: { ...QUIET_TAB, tracking: TRACKING },
  writeStatus: { ok: true },
  ...overrides,
});

describe('why the active tab is or is not counted', () => {
  it('counts a platform tab with a live segment', () => {
    expect(nowStatus(inputs())).toEqual({ state: 'tracking', tracking: TRACKING });
  });

  it('names each reason', () => {
    const reason = (overrides: Partial<NowInputs>) => {
      const status = nowStatus(inputs(overrides));
      return status.state === 'not-tracking' ? status.reason : 'tracking';
    };
    expect(reason({ url: 'https://www.example.com/news', tab: QUIET_TAB })).toBe('not-platform');
    // No host permission for the page: the browser hides its address, so no enabled rule covers it.
    expect(reason({ url: undefined, tab: QUIET_TAB })).toBe('not-platform');
    expect(reason({ tab: QUIET_TAB })).toBe('idle');
    expect(reason({ tab: { ...QUIET_TAB, systemIdle: true } })).toBe('idle');
    expect(reason({ tab: { locked: true, systemIdle: false } })).toBe('locked');
    expect(
      reason({ settings: { ...DEFAULT_SETTINGS, enabledPlatforms: { enaea: false } }, tab: QUIET_TAB }),
    ).toBe('platform-off');
    expect(reason({ settings: { ...DEFAULT_SETTINGS, paused: true } })).toBe('paused');
    expect(reason({ writeStatus: { ok: false, reason: 'quota', since: T0, pending: 3 } })).toBe(
      'write-failing',
    );
  });

  it('a user rule switched off is "platform off", and on it covers its pages', () => {
    const rule = { id: 'school', name: '本校', matches: ['https://mooc.school.edu.cn/*'], enabled: false };
    const url = 'https://mooc.school.edu.cn/learn/1';
    const off = nowStatus(
      inputs({ url, tab: QUIET_TAB, settings: { ...DEFAULT_SETTINGS, customRules: [rule] } }),
    );
    expect(off).toEqual({ state: 'not-tracking', reason: 'platform-off' });
    const on = nowStatus(
      inputs({
        url,
        tab: QUIET_TAB,
        settings: { ...DEFAULT_SETTINGS, customRules: [{ ...rule, enabled: true }] },
      }),
    );
    expect(on).toEqual({ state: 'not-tracking', reason: 'idle' });
  });

  it('a timed pause that has ended is no reason any more', () => {
    const settings = { ...DEFAULT_SETTINGS, paused: true, pausedUntil: T0 + 15 * MIN };
    expect(nowStatus(inputs({ settings, now: T0 + 14 * MIN }))).toMatchObject({ reason: 'paused' });
    expect(nowStatus(inputs({ settings, now: T0 + 15 * MIN })).state).toBe('tracking');
  });

  it('a failing write beats a pause, and a pause beats a locked screen', () => {
    const failing = { ok: false, reason: 'closed', since: T0, pending: 1 } as const;
    const paused = { ...DEFAULT_SETTINGS, paused: true };
    const locked = { locked: true, systemIdle: false };
    expect(nowStatus(inputs({ writeStatus: failing, settings: paused, tab: locked }))).toMatchObject({
      reason: 'write-failing',
    });
    expect(nowStatus(inputs({ settings: paused, tab: locked }))).toMatchObject({ reason: 'paused' });
  });
});

useContainer();
const $ = <T extends Element>(selector: string) => container.querySelector<T>(selector);

describe('NowStatus', () => {
  it('says in the locale why nothing counts', () => {
    render(
      <NowStatus locale="zh_CN" status={{ state: 'not-tracking', reason: 'not-platform' }} />,
      container,
    );
    expect($('[data-testid="now-status"]')?.getAttribute('data-reason')).toBe('not-platform');
    expect($('p')?.textContent).toBe(translate('zh_CN', 'whyNotPlatform'));
    render(<NowStatus locale="en" status={{ state: 'not-tracking', reason: 'paused' }} />, container);
    expect($('h2')?.textContent).toBe('Not counting now');
    expect($('p')?.textContent).toBe(translate('en', 'whyPaused'));
  });

  it('says what counts a tracked tab', () => {
    render(<NowStatus locale="en" status={{ state: 'tracking', tracking: TRACKING }} />, container);
    expect($('[data-testid="now-status"]')?.getAttribute('data-state')).toBe('tracking');
    expect($('p')?.textContent).toBe(translate('en', 'trackingKindMedia'));
  });

  it('shows nothing until the state is known', () => {
    render(<NowStatus locale="en" status={undefined} />, container);
    expect(container.textContent).toBe('');
  });
});

describe('PauseControls', () => {
  const SHANGHAI = 'Asia/Shanghai';

  it('offers 15 minutes, 1 hour and until tomorrow, each storing its end', () => {
    vi.useFakeTimers({ now: T0, toFake: ['Date'] });
    const save = vi.fn(async () => undefined);
    render(
      <PauseControls locale="en" settings={{ paused: false }} timeZone={SHANGHAI} now={T0} save={save} />,
      container,
    );
    $<HTMLButtonElement>('[data-testid="pause-15min"]')?.click();
    $<HTMLButtonElement>('[data-testid="pause-1hour"]')?.click();
    $<HTMLButtonElement>('[data-testid="pause-tomorrow"]')?.click();
    vi.useRealTimers();
    expect(save.mock.calls).toEqual([
      [{ paused: true, pausedUntil: T0 + 15 * MIN }],
      [{ paused: true, pausedUntil: T0 + 60 * MIN }],
      // 2026-04-16 00:00 in Shanghai.
      [{ paused: true, pausedUntil: Date.UTC(2026, 3, 15, 16, 0, 0) }],
    ]);
  });

  it('while paused says until when, in the user zone, and resumes', () => {
    const save = vi.fn(async () => undefined);
    const settings = { paused: true, pausedUntil: T0 + 15 * MIN };
    render(
      <PauseControls locale="zh_CN" settings={settings} timeZone={SHANGHAI} now={T0} save={save} />,
      container,
    );
    // 10:15 in Shanghai.
    expect($('[data-testid="paused-until"]')?.textContent).toBe(translate('zh_CN', 'pausedUntil', '10:15'));
    $<HTMLButtonElement>('[data-testid="resume"]')?.click();
    expect(save).toHaveBeenCalledWith({ paused: false, pausedUntil: undefined });
  });

  it('says so when the pause cannot be saved, and keeps the choices', async () => {
    const save = vi.fn(async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    });
    render(
      <PauseControls locale="en" settings={{ paused: false }} timeZone={SHANGHAI} now={T0} save={save} />,
      container,
    );
    $<HTMLButtonElement>('[data-testid="pause-15min"]')?.click();
    await vi.waitFor(() => expect($('[data-testid="pause-failed"]')).not.toBeNull());
    expect($('[data-testid="pause-failed"]')?.getAttribute('role')).toBe('alert');
    expect($('[data-testid="pause-failed"]')?.textContent).toBe(
      translate('en', 'pauseSaveFailed', 'QUOTA_BYTES quota exceeded'),
    );
    expect($('[data-testid="pause"]')?.getAttribute('data-paused')).toBe('false');
  });

  it('an ended timed pause shows the pause choices again', () => {
    const settings = { paused: true, pausedUntil: T0 + 15 * MIN };
    render(
      <PauseControls
        locale="en"
        settings={settings}
        timeZone={SHANGHAI}
        now={T0 + 15 * MIN}
        save={vi.fn(async () => undefined)}
      />,
      container,
    );
    expect($('[data-testid="pause"]')?.getAttribute('data-paused')).toBe('false');
    expect($('[data-testid="resume"]')).toBeNull();
  });

  it('a pause until tomorrow names the day', () => {
    const settings = { paused: true, pausedUntil: Date.UTC(2026, 3, 15, 16, 0, 0) };
    render(
      <PauseControls
        locale="en"
        settings={settings}
        timeZone={SHANGHAI}
        now={T0}
        save={vi.fn(async () => undefined)}
      />,
      container,
    );
    expect($('[data-testid="paused-until"]')?.textContent).toBe(translate('en', 'pausedUntil', 'Thu 00:00'));
  });
});

describe('TodayCard with the 7-day chart', () => {
  const perDay = [{ date: '2026-04-15', ms: 30 * MIN }];
  const summary = { status: 'ready', value: { todayMs: 30 * MIN, weekMs: 30 * MIN, perDay } } as const;
  const settings = { weeklyGoalMinutes: 180, goalUnit: 'minutes', classHourMinutes: 45 } as const;

  it('shows the numbers at once and the streak as busy until it is counted', () => {
    render(<TodayCard locale="en" summary={summary} settings={settings} />, container);
    expect($('[data-testid="today-minutes"]')?.textContent).toBe('30 min');
    expect($('.streak')?.getAttribute('aria-busy')).toBe('true');
    expect($('[data-testid="streak-days"]')?.textContent).toBe('…');
    render(<TodayCard locale="en" summary={summary} settings={settings} streakDays={12} />, container);
    expect($('.streak')?.getAttribute('aria-busy')).toBe('false');
    expect($('[data-testid="streak-days"]')?.textContent).toBe('12 days');
  });
});

describe('LastDaysChart', () => {
  const perDay = [
    '2026-04-09',
    '2026-04-10',
    '2026-04-11',
    '2026-04-12',
    '2026-04-13',
    '2026-04-14',
    '2026-04-15',
  ].map((date, index) => ({ date, ms: index * 10 * MIN }));

  it('draws seven bars, the tallest for the most studied day, with the same numbers as a table', () => {
    render(
      <LastDaysChart locale="en" unit={{ goalUnit: 'minutes', classHourMinutes: 45 }} perDay={perDay} />,
      container,
    );
    const heights = [...container.querySelectorAll('rect')].map((rect) =>
      Number(rect.getAttribute('height')),
    );
    expect(heights).toHaveLength(7);
    expect(heights[0]).toBe(0);
    expect(Math.max(...heights)).toBe(heights[6]);
    const cells = [...container.querySelectorAll('tbody td')].map((cell) => cell.textContent);
    expect(cells).toEqual(['0 min', '10 min', '20 min', '30 min', '40 min', '50 min', '60 min']);
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelector('tbody th')?.textContent).toBe('2026-04-09 Thu');
  });

  it('shows the table in class hours when the goal counts them', () => {
    render(
      <LastDaysChart
        locale="zh_CN"
        unit={{ goalUnit: 'classHours', classHourMinutes: 45 }}
        perDay={perDay}
      />,
      container,
    );
    const cells = [...container.querySelectorAll('tbody td')].map((cell) => cell.textContent);
    expect(cells.at(-1)).toBe('1.3 学时');
  });
});
