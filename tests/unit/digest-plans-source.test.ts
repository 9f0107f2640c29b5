import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/storage/db';
import { buildDigest } from '@/storage/digest';
import { readDigestSource } from '@/storage/repositories/digest-source';
import { dayBounds } from '@/storage/tracking/local-day';
import { makePlanRow } from './support/plan-rows';
import { makeSession } from './support/session-rows';

const TZ = 'Asia/Shanghai';
const at = (local: string) => Date.parse(`${local.replace(' ', 'T')}+08:00`);
const long = makePlanRow({
  id: 'cycle',
  name: '五年继续教育周期',
  start: '2024-01-01',
  deadline: '2028-12-31',
  requiredClassHours: 360,
  counts: { all: true, courseKeys: [], platformIds: [], manual: false },
  countsTowardOthers: true,
});
const past = makePlanRow({ id: 'past', name: '去年的计划', start: '2025-03-01', deadline: '2025-06-30' });

beforeEach(async () => {
  const db = getDb();
  await Promise.all([db.plans.clear(), db.sessions.clear(), db.reflections.clear()]);
  await db.plans.bulkPut([long, past]);
  await db.sessions.bulkPut([
    makeSession({ id: 'old', start: at('2024-02-01 20:00'), end: at('2024-02-01 21:00') }),
    makeSession({ id: 'week', start: at('2026-11-17 20:00'), end: at('2026-11-17 20:30') }),
    makeSession({ id: 'after', start: at('2026-11-24 20:00'), end: at('2026-11-24 20:30') }),
  ]);
});

describe('the digest’s source reads what its plan section needs', () => {
  it('the plans active in the period, and every session since the earliest of them began', async () => {
    const from = dayBounds('2026-11-16', TZ).start;
    const to = dayBounds('2026-11-22', TZ).end;
    const source = await readDigestSource(from, to);
    expect(source.plans.map((plan) => plan.id)).toEqual(['cycle']);
    expect(source.sessions.map((s) => s.id).sort()).toEqual(['old', 'week']);
    const digest = buildDigest(source, {
      start: '2026-11-16',
      end: '2026-11-22',
      timeZone: TZ,
      now: at('2026-11-25 09:00'),
      weeklyGoalMinutes: 0,
    });
    // 60 minutes in 2024 (more than a year before the period) and 30 this week.
    expect(digest.plans[0]).toMatchObject({ trackedMinutes: 90, periodMinutes: 30 });
    expect(digest.totals.activeMinutes).toBe(30);
  });
});
