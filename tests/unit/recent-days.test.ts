import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/storage/db';
import { buildDigest } from '@/storage/digest';
import { readRecentDays } from '@/storage/repositories/recent-days';
import { putSessions } from '@/storage/repositories/sessions';
import { makeSession } from './support/session-rows';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const SHANGHAI = 'Asia/Shanghai';
/** 2026-04-15 (Wednesday) 00:00 in Shanghai. */
const MIDNIGHT = Date.UTC(2026, 3, 14, 16, 0, 0);
const NOW = MIDNIGHT + 10 * 60 * MIN;

beforeEach(async () => {
  await getDb().sessions.clear();
});

/** 20 minutes at 09:00 on each of the days `back` days before today. */
const studyOn = (...back: number[]) =>
  back.map((days) =>
    makeSession({
      start: MIDNIGHT - days * DAY + 9 * 60 * MIN,
      end: MIDNIGHT - days * DAY + 9 * 60 * MIN + 20 * MIN,
    }),
  );

describe('readRecentDays', () => {
  it('gives the last seven local days, today last, with the digest per-day numbers', async () => {
    const rows = [
      ...studyOn(0, 2, 6, 7),
      // Across midnight into today: 10 minutes yesterday, 10 today.
      makeSession({ start: MIDNIGHT - 10 * MIN, end: MIDNIGHT + 10 * MIN }),
    ];
    await putSessions(rows);
    const { perDay } = await readRecentDays(NOW, SHANGHAI);
    expect(perDay.map((day) => day.date)).toEqual([
      '2026-04-09',
      '2026-04-10',
      '2026-04-11',
      '2026-04-12',
      '2026-04-13',
      '2026-04-14',
      '2026-04-15',
    ]);
    expect(perDay.map((day) => day.ms / MIN)).toEqual([20, 0, 0, 0, 20, 10, 30]);
    const digest = buildDigest(
      { sessions: rows, reflections: [] },
      { start: '2026-04-09', end: '2026-04-15', timeZone: SHANGHAI, now: NOW, weeklyGoalMinutes: 180 },
    );
    expect(perDay.map((day) => day.ms / MIN)).toEqual(digest.perDay.map((day) => day.minutes));
  });

  it('counts the streak back from today, or from yesterday while today has nothing yet', async () => {
    await putSessions(studyOn(1, 2, 3, 5));
    expect((await readRecentDays(NOW, SHANGHAI)).streakDays).toBe(3);
    await putSessions(studyOn(0));
    expect((await readRecentDays(NOW, SHANGHAI)).streakDays).toBe(4);
  });

  it('follows a streak longer than the days it shows into older days', async () => {
    await putSessions(studyOn(...Array.from({ length: 40 }, (_, day) => day)));
    expect((await readRecentDays(NOW, SHANGHAI)).streakDays).toBe(40);
    await putSessions(studyOn(...Array.from({ length: 30 }, (_, day) => 41 + day)));
    // Day 40 is missing: the streak stops there.
    expect((await readRecentDays(NOW, SHANGHAI)).streakDays).toBe(40);
  });
});
