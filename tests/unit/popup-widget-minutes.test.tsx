// @vitest-environment happy-dom
import fc from 'fast-check';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TodayCard } from '@/components/TodayCard';
import { getDb } from '@/storage/db';
import { readWeekSnapshot } from '@/storage/repositories/portal-snapshot';
import { putSessions } from '@/storage/repositories/sessions';
import { readTodaySummary } from '@/storage/repositories/summary';
import { DEFAULT_SETTINGS, type Settings } from '@/storage/schemas/settings';
import { makeSession } from './support/session-rows';
import { inline, stateOf, waitForState } from './support/widget-harness';

/*
 * docs/architecture.md section 5: on a portal the widget shows the same week minutes as the popup. Both read the
 * same stored rows: the popup through readTodaySummary, the widget through the snapshot the bridge sends.
 */

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const TIME_ZONE = 'Asia/Shanghai';
/** Monday 2026-04-13 00:00 in Shanghai. */
const MONDAY = Date.UTC(2026, 3, 12, 16, 0, 0);
/** Thursday 2026-04-16 18:00 in Shanghai. */
const NOW = MONDAY + 3 * DAY + 18 * 60 * MIN;
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, timeZone: TIME_ZONE, shareLevel: 'minutes' };

let popup: HTMLDivElement;
beforeEach(async () => {
  await getDb().sessions.clear();
  popup = document.createElement('div');
  document.body.append(popup);
});
afterEach(() => {
  render(null, popup);
  popup.remove();
  document.body.innerHTML = '';
});

/** The first number in a text: the week's minutes in "20 / 180 min" and "20 of 180 min". */
const firstNumber = (text: string | null | undefined) => Number(/\d+/.exec(text ?? '')?.[0]);

async function popupWeekMinutes(): Promise<number> {
  const summary = await readTodaySummary(NOW, TIME_ZONE, SETTINGS.heartbeatSeconds);
  render(<TodayCard locale="en" summary={{ status: 'ready', value: summary }} settings={SETTINGS} />, popup);
  return firstNumber(popup.querySelector('[data-testid="week-progress"]')?.textContent);
}

async function widgetWeekMinutes(): Promise<number> {
  const snapshot = await readWeekSnapshot(SETTINGS, NOW, '0.0.0');
  if (!snapshot) throw new Error('no snapshot for a week with sessions');
  const element = inline(JSON.stringify(snapshot), { lang: 'en' });
  await waitForState(element, 'ready');
  return firstNumber(element.shadowRoot?.querySelector('.big')?.textContent);
}

/** Sessions since Monday, before now; lengths in ms so sums land on every tenth of a minute and between. */
const sessionsArb = fc.array(
  fc.record({
    start: fc.integer({ min: MONDAY, max: NOW - 2 * MIN }),
    ms: fc.oneof(
      fc.integer({ min: 1, max: 90 * MIN }),
      fc.constantFrom(19.98 * MIN, 19.95 * MIN, 59.99 * MIN),
    ),
    tabId: fc.integer({ min: 1, max: 3 }),
  }),
  { minLength: 1, maxLength: 6 },
);

async function store(rows: { start: number; ms: number; tabId: number }[]): Promise<void> {
  await getDb().sessions.clear();
  await putSessions(
    rows.map(({ start, ms, tabId }) => makeSession({ start, end: Math.min(start + ms, NOW), tabId })),
  );
}

describe('popup and widget week minutes', () => {
  it('a week of 19.98 minutes shows 20 in both (the digest rounds to 0.1, then whole minutes)', async () => {
    await store([{ start: MONDAY + 9 * 60 * MIN, ms: 19.98 * MIN, tabId: 1 }]);
    expect(await popupWeekMinutes()).toBe(20);
    expect(await widgetWeekMinutes()).toBe(20);
  });

  it('a week of 19.94 minutes shows 19 in both', async () => {
    await store([{ start: MONDAY + 9 * 60 * MIN, ms: 19.94 * MIN, tabId: 1 }]);
    expect(await popupWeekMinutes()).toBe(19);
    expect(await widgetWeekMinutes()).toBe(19);
  });

  it('for any sessions of the week, the popup shows the number the widget shows', async () => {
    await fc.assert(
      fc.asyncProperty(sessionsArb, async (rows) => {
        await store(rows);
        const fromPopup = await popupWeekMinutes();
        const fromWidget = await widgetWeekMinutes();
        expect(Number.isInteger(fromPopup)).toBe(true);
        expect(fromPopup).toBe(fromWidget);
        expect(stateOf(document.querySelector('studytrail-progress') as HTMLElement)).toBe('ready');
      }),
      { numRuns: 60 },
    );
  });
});
