import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/storage/db';
import {
  deletePlan,
  getPlan,
  knownCourseKeys,
  listPlans,
  restorePlan,
  savePlan,
} from '@/storage/repositories/plans';
import { makePlanInput } from './support/plan-rows';
import { makeSession } from './support/session-rows';

const NOW = Date.UTC(2026, 10, 1, 8);

beforeEach(async () => {
  await getDb().plans.clear();
  await getDb().sessions.clear();
  await getDb().sessions.bulkPut([
    makeSession({ id: 's-1', start: NOW, end: NOW + 60_000, courseKey: 'enaea:course:1' }),
    makeSession({ id: 's-2', start: NOW, end: NOW + 60_000, courseKey: 'smartedu:course:2' }),
  ]);
});

describe('plans repository', () => {
  it('adds a plan with its times, lists plans by nearest deadline and reads one back', async () => {
    const later = await savePlan(makePlanInput({ name: '寒假研修', deadline: '2027-02-28' }), {
      id: 'p-2',
      now: NOW,
    });
    const first = await savePlan(
      makePlanInput({
        counts: { all: false, courseKeys: ['smartedu:course:2'], platformIds: [], manual: false },
      }),
      { id: 'p-1', now: NOW },
    );
    expect(later).toMatchObject({ ok: true, plan: { id: 'p-2', createdAt: NOW, updatedAt: NOW } });
    expect(first.ok).toBe(true);
    expect((await listPlans()).map((plan) => plan.id)).toEqual(['p-1', 'p-2']);
    expect(await getPlan('p-2')).toMatchObject({ name: '寒假研修', deadline: '2027-02-28' });
  });

  it('updates a plan in place, keeping when it was made', async () => {
    await savePlan(makePlanInput(), { id: 'p-1', now: NOW });
    const result = await savePlan(makePlanInput({ requiredClassHours: 24 }), { id: 'p-1', now: NOW + 5 });
    expect(result).toMatchObject({
      ok: true,
      plan: { requiredClassHours: 24, createdAt: NOW, updatedAt: NOW + 5 },
    });
    expect(await getDb().plans.count()).toBe(1);
  });

  it('refuses a bad plan, an overlap and an unknown course, writing nothing', async () => {
    await savePlan(makePlanInput({ name: 'A' }), { id: 'p-1', now: NOW });
    const before = await getDb().plans.toArray();
    const refusals = await Promise.all([
      savePlan(makePlanInput({ deadline: '2026-10-01' }), { id: 'p-2', now: NOW }),
      savePlan(makePlanInput({ name: 'B' }), { id: 'p-2', now: NOW }),
      savePlan(
        makePlanInput({
          counts: { all: false, courseKeys: ['gone:course'], platformIds: [], manual: false },
        }),
        { id: 'p-2', now: NOW },
      ),
      savePlan(makePlanInput({ requiredClassHours: 0 }), { id: 'p-1', now: NOW + 1 }),
    ]);
    expect(refusals.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'deadlineBeforeStart',
      'overlap',
      'unknownCourse',
      'requiredZero',
    ]);
    expect(await getDb().plans.toArray()).toEqual(before);
  });

  it('keeps a plan whose course was deleted: it can still be edited, and the course is reported missing', async () => {
    await savePlan(makePlanInput(), { id: 'p-1', now: NOW });
    await getDb().sessions.delete('s-1');
    expect((await knownCourseKeys()).has('enaea:course:1')).toBe(false);
    const edited = await savePlan(makePlanInput({ name: '改名' }), { id: 'p-1', now: NOW + 1 });
    expect(edited).toMatchObject({
      ok: true,
      plan: { name: '改名', counts: { courseKeys: ['enaea:course:1'] } },
    });
    expect(await getDb().sessions.count()).toBe(1);
  });

  it('deletes a plan without touching sessions, and puts it back unchanged', async () => {
    await savePlan(makePlanInput(), { id: 'p-1', now: NOW });
    const old = await deletePlan('p-1');
    expect(await getPlan('p-1')).toBeUndefined();
    expect(await getDb().sessions.count()).toBe(2);
    if (!old) throw new Error('the deleted plan is returned');
    await restorePlan(old);
    expect(await getPlan('p-1')).toEqual(old);
    expect(await deletePlan('nothing')).toBeUndefined();
  });
});
