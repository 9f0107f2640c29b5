import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/storage/db';
import { putSessions } from '@/storage/repositories/sessions';
import { readTodaySummary } from '@/storage/repositories/summary';
import { makeSession } from './support/session-rows';

const MIN = 60_000;
const HOUR = 60 * MIN;
const SHANGHAI = 'Asia/Shanghai';
/** 2026-04-15 (a Wednesday) 00:00 in Shanghai. */
const MIDNIGHT = Date.UTC(2026, 3, 14, 16, 0, 0);
/** Monday 2026-04-13 00:00 in Shanghai. */
const MONDAY = MIDNIGHT - 2 * 24 * HOUR;
const NOW = MIDNIGHT + 10 * HOUR;

const originalTz = process.env.TZ;

beforeEach(async () => {
  await getDb().sessions.clear();
});

afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('readTodaySummary', () => {
  it('is zero with no latest session when nothing was studied', async () => {
    expect(await readTodaySummary(NOW, SHANGHAI, 15)).toEqual({ todayMs: 0, weekMs: 0, latest: undefined });
  });

  it("sums the union of today's sessions: two tabs at once count once", async () => {
    await putSessions([
      makeSession({ start: MIDNIGHT + 8 * HOUR, end: MIDNIGHT + 9 * HOUR, tabId: 1 }),
      makeSession({ start: MIDNIGHT + 8.5 * HOUR, end: MIDNIGHT + 9.5 * HOUR, tabId: 2 }),
      makeSession({ start: MIDNIGHT + 8.75 * HOUR, end: MIDNIGHT + 9 * HOUR, tabId: 3 }),
    ]);
    expect((await readTodaySummary(NOW, SHANGHAI, 15)).todayMs).toBe(1.5 * HOUR);
  });

  it('counts today only: yesterday adds to the week, not to today', async () => {
    await putSessions([
      makeSession({ start: MIDNIGHT - 5 * HOUR, end: MIDNIGHT - 4 * HOUR }),
      makeSession({ start: MIDNIGHT + 9 * HOUR, end: MIDNIGHT + 9 * HOUR + 20 * MIN }),
    ]);
    const summary = await readTodaySummary(NOW, SHANGHAI, 15);
    expect(summary.todayMs).toBe(20 * MIN);
    expect(summary.weekMs).toBe(HOUR + 20 * MIN);
  });

  it('splits a session at local midnight in the given time zone', async () => {
    await putSessions([makeSession({ start: MIDNIGHT - 30 * MIN, end: MIDNIGHT + 45 * MIN })]);
    expect((await readTodaySummary(NOW, SHANGHAI, 15)).todayMs).toBe(45 * MIN);
    // The same instant in UTC is still 2026-04-14 (local midnight there is 8 hours later).
    expect((await readTodaySummary(MIDNIGHT + HOUR, 'UTC', 15)).todayMs).toBe(75 * MIN);
  });

  it('the week starts on Monday 00:00 local time, cutting a session across it', async () => {
    await putSessions([
      makeSession({ start: MONDAY - 2 * HOUR, end: MONDAY - HOUR }),
      makeSession({ start: MONDAY - 30 * MIN, end: MONDAY + 30 * MIN }),
      makeSession({ start: MONDAY + 24 * HOUR, end: MONDAY + 25 * HOUR }),
    ]);
    expect((await readTodaySummary(NOW, SHANGHAI, 15)).weekMs).toBe(30 * MIN + HOUR);
  });

  it('reports the latest session as active when it ended within the gap', async () => {
    await putSessions([
      makeSession({ start: NOW - HOUR, end: NOW - 30 * MIN, courseTitle: '旧课程' }),
      makeSession({
        start: NOW - 20 * MIN,
        end: NOW - 20_000,
        courseTitle: '新课程',
        lessonTitle: '第三讲',
        platformId: 'smartedu',
      }),
    ]);
    expect((await readTodaySummary(NOW, SHANGHAI, 15)).latest).toEqual({
      courseTitle: '新课程',
      lessonTitle: '第三讲',
      platformId: 'smartedu',
      active: true,
    });
  });

  it('reports the latest session as not active once the gap has passed', async () => {
    await putSessions([makeSession({ start: NOW - 20 * MIN, end: NOW - 25_001 })]);
    expect((await readTodaySummary(NOW, SHANGHAI, 15)).latest?.active).toBe(false);
    // With a longer heartbeat interval the same session is still active.
    expect((await readTodaySummary(NOW, SHANGHAI, 60)).latest?.active).toBe(true);
  });

  it('never reports a session that ends in the future (a corrupt or restored row) as active', async () => {
    await putSessions([
      makeSession({ start: NOW - HOUR, end: NOW - 10_000, courseTitle: '本周课程' }),
      makeSession({ start: NOW - 30 * MIN, end: Date.UTC(9999, 0, 1), courseTitle: '坏数据' }),
    ]);
    const summary = await readTodaySummary(NOW, SHANGHAI, 15);
    expect(summary.latest?.active).toBe(false);
    // Counted up to now plus the one-minute tolerance for a heartbeat's clock, not to the end of the day.
    expect(summary.todayMs).toBe(HOUR + MIN);
    expect(summary.weekMs).toBe(HOUR + MIN);
  });

  it('reports the last studied course even when it was before this week', async () => {
    await putSessions([
      makeSession({ start: MONDAY - 72 * HOUR, end: MONDAY - 71 * HOUR, courseTitle: '上周的课' }),
    ]);
    const summary = await readTodaySummary(NOW, SHANGHAI, 15);
    expect(summary.weekMs).toBe(0);
    expect(summary.latest).toMatchObject({ courseTitle: '上周的课', active: false });
  });

  it('never counts more than the wall time of the day, however many sessions overlap', async () => {
    await putSessions(
      Array.from({ length: 25 }, (_, i) =>
        makeSession({ start: MIDNIGHT - i * HOUR, end: MIDNIGHT + 30 * HOUR }),
      ),
    );
    const endOfDay = MIDNIGHT + 24 * HOUR - 1;
    expect((await readTodaySummary(endOfDay, SHANGHAI, 15)).todayMs).toBe(24 * HOUR);
  });

  it('finds Monday 00:00 in the given zone, not the system zone (Europe/Berlin after the DST change)', async () => {
    // Tuesday 2026-03-31 12:00 CEST; Monday 2026-03-30 00:00 CEST is 2026-03-29T22:00Z.
    const now = Date.UTC(2026, 2, 31, 10, 0, 0);
    const monday = Date.UTC(2026, 2, 29, 22, 0, 0);
    await putSessions([makeSession({ start: monday - 30 * MIN, end: monday + 30 * MIN })]);
    for (const systemZone of ['UTC', 'America/Los_Angeles', 'Asia/Shanghai']) {
      process.env.TZ = systemZone;
      expect((await readTodaySummary(now, 'Europe/Berlin', 15)).weekMs, systemZone).toBe(30 * MIN);
    }
  });
});
