// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { TodayCard } from '@/components/TodayCard';
import { translate } from '@/storage/i18n';
import { container, useContainer } from './support/dom-container';

const SETTINGS = {
  weeklyGoalMinutes: 180,
  paused: false,
  goalUnit: 'minutes',
  classHourMinutes: 45,
} as const;

useContainer();

const notice = () => container.querySelector('[data-testid="write-failing"]');

describe('TodayCard when recording fails', () => {
  it.each([
    ['quota', 'writeFailingQuota'],
    ['closed', 'writeFailingClosed'],
    ['other', 'writeFailingOther'],
  ] as const)('says that recording is failing and why (%s), as an alert, in both locales', (reason, key) => {
    for (const locale of ['zh_CN', 'en'] as const) {
      render(
        <TodayCard
          locale={locale}
          summary={{ status: 'ready', value: { todayMs: 0, weekMs: 0 } }}
          settings={SETTINGS}
          writeStatus={{ ok: false, reason, since: 1, pending: 3 }}
        />,
        container,
      );
      expect(notice()?.getAttribute('role')).toBe('alert');
      expect(notice()?.textContent).toContain(translate(locale, 'writeFailingHeading'));
      expect(notice()?.textContent).toContain(translate(locale, key));
      expect(notice()?.textContent).toContain(translate(locale, 'writeFailingPending', 3));
    }
  });

  it('shows the failure even when the summary cannot be read', () => {
    render(
      <TodayCard
        locale="en"
        summary={{ status: 'error', error: new Error('DatabaseClosedError') }}
        settings={SETTINGS}
        writeStatus={{ ok: false, reason: 'closed', since: 1, pending: 1 }}
      />,
      container,
    );
    expect(notice()?.textContent).toContain(translate('en', 'writeFailingClosed'));
  });

  it('shows nothing when writes succeed', () => {
    render(
      <TodayCard
        locale="en"
        summary={{ status: 'ready', value: { todayMs: 0, weekMs: 0 } }}
        settings={SETTINGS}
        writeStatus={{ ok: true }}
      />,
      container,
    );
    expect(notice()).toBeNull();
  });
});
