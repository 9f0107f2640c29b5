import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browserPlansActions } from '@/entrypoints/dashboard/plans-actions';
import { getDb } from '@/storage/db';
import { DEFAULT_SETTINGS } from '@/storage/schemas/settings';
import { makePlanInput, makePlanRow } from './support/plan-rows';
import { makeSession } from './support/session-rows';

const at = (iso: string) => Date.parse(`${iso}+08:00`);
const NOW = at('2026-11-18T12:00');
const settings = { ...DEFAULT_SETTINGS, timeZone: 'Asia/Shanghai', locale: 'zh_CN' as const };

beforeEach(async () => {
  const db = getDb();
  await Promise.all([db.plans.clear(), db.sessions.clear(), db.courseNames.clear()]);
  await db.sessions.bulkPut([makeSession({ start: at('2026-11-03T09:00'), end: at('2026-11-03T10:30') })]);
});

describe("the Plans view's browser actions", () => {
  it('lists a plan with its progress, and names a deleted course by its display name', async () => {
    await getDb().plans.put(
      makePlanRow({
        id: 'p1',
        counts: {
          all: false,
          courseKeys: ['enaea:course:1', 'enaea:course:9'],
          platformIds: [],
          manual: false,
        },
      }),
    );
    await getDb().courseNames.put({ courseKey: 'enaea:course:9', title: '已删除的旧课程', updatedAt: NOW });
    const [plan] = await browserPlansActions(settings, () => NOW).load();
    expect(plan?.trackedMs).toBe(90 * 60_000);
    expect(plan?.missingCourses).toEqual(['已删除的旧课程']);
  });

  it('reads the sessions and the course names once for every plan, with the figures of each plan alone', async () => {
    const plans = [
      makePlanRow({ id: 'p1', counts: { all: true, courseKeys: [], platformIds: [], manual: false } }),
      makePlanRow({ id: 'p2', start: '2026-11-03', deadline: '2026-12-31' }),
    ];
    await getDb().plans.bulkPut(plans);
    const where = vi.spyOn(getDb().sessions, 'where');
    const names = vi.spyOn(getDb().courseNames, 'toArray');
    try {
      const summaries = await browserPlansActions(settings, () => NOW).load();
      expect(where).toHaveBeenCalledTimes(1);
      expect(names).toHaveBeenCalledTimes(1);
      expect(summaries.map((plan) => plan.trackedMs)).toEqual([90 * 60_000, 90 * 60_000]);
    } finally {
      where.mockRestore();
      names.mockRestore();
    }
  });

  it('a refused save returns the reason and writes nothing', async () => {
    const actions = browserPlansActions(settings, () => NOW);
    const refusal = await actions.save(makePlanInput({ start: '2026-12-01', deadline: '2026-11-01' }));
    expect(refusal?.code).toBe('deadlineBeforeStart');
    expect(await getDb().plans.count()).toBe(0);
    expect(await actions.save(makePlanInput())).toBeNull();
    expect(await getDb().plans.count()).toBe(1);
  });

  it('renders the completion record of a stored plan in the settings language', async () => {
    await getDb().plans.put(makePlanRow({ id: 'p1', name: '培训 <i>x</i>' }));
    const { html, fileName } = await browserPlansActions(settings, () => NOW).record('p1');
    expect(fileName).toBe('studytrail-record-2026-11-02_2026-11-29.html');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('培训 &lt;i&gt;x&lt;/i&gt;');
  });
});
