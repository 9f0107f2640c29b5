import { describe, expect, it } from 'vitest';
import {
  caseList,
  fileCounts,
  groupTotals,
  ledgerWeekStarts,
  notHandedIn,
  peopleByWeeks,
  personDetail,
  weeklyDistribution,
} from '@/storage/ledger/queries';
import type { LedgerData, LedgerPerson, LedgerWeek } from '@/storage/ledger/types';

const W1 = '2026-11-02';
const W2 = '2026-11-09';

const person = (id: string, name: string, order: number, onRoster = true): LedgerPerson => ({
  id,
  staffNo: id.slice(2),
  name,
  unit: '学工部',
  onRoster,
  order,
});

const week = (
  personId: string,
  weekStart: string,
  minutes: number,
  extra: Partial<LedgerWeek> = {},
): LedgerWeek => ({
  id: `${personId}|${weekStart}`,
  personId,
  weekStart,
  minutes,
  manualMinutes: 0,
  daysStudied: 2,
  goalMinutes: 120,
  reflectionCount: 1,
  caseCount: 0,
  plans: [],
  source: 'digest',
  fileId: `f-${personId}-${weekStart}`,
  status: 'verified',
  generatedAt: 0,
  ...extra,
});

const DATA: LedgerData = {
  persons: [
    person('s:3', '王五', 2),
    person('s:1', '张三', 0),
    person('s:2', '李四', 1),
    person('s:9', '外来', 0, false),
  ],
  weeks: [
    week('s:1', W1, 130),
    week('s:1', W2, 60, {
      plans: [{ title: '年度培训', requiredMinutes: 1800, doneMinutes: 900, status: 'behind' }],
      caseCount: 1,
    }),
    week('s:2', W1, 30, { status: 'unsigned' }),
    week('s:9', W1, 95),
  ],
  cases: [
    {
      id: 'c1',
      weekId: `s:1|${W2}`,
      personId: 's:1',
      weekStart: W2,
      createdAt: 2,
      courseTitle: '心理危机',
      lessonTitle: '第一讲',
      topics: ['危机干预'],
      learned: '早识别',
    },
    {
      id: 'c2',
      weekId: `s:2|${W1}`,
      personId: 's:2',
      weekStart: W1,
      createdAt: 1,
      courseTitle: '谈心谈话',
      lessonTitle: '',
      topics: [],
      learned: '倾听',
    },
  ],
  files: [
    {
      id: 'e1',
      name: 'edited.json',
      size: 10,
      status: 'edited',
      personId: 's:3',
      weekStart: W2,
      importedAt: 0,
      seq: 5,
    },
    { id: 'x1', name: 'bad.json', size: 10, status: 'invalid', reason: 'not-json', importedAt: 0, seq: 6 },
  ],
};

describe('ledger model queries', () => {
  it('people × weeks: roster order first, then others; minutes, 学时, goal and plan pace per cell', () => {
    const grid = peopleByWeeks(DATA, { classHourMinutes: 45 });
    expect(grid.weekStarts).toEqual([W1, W2]);
    expect(grid.rows.map((row) => row.person.name)).toEqual(['张三', '李四', '王五', '外来']);
    const [zhang, li, wang] = grid.rows;
    expect(zhang?.cells).toEqual([
      expect.objectContaining({
        state: 'handed-in',
        minutes: 130,
        classHours: 2.9,
        goalMet: true,
        planBehind: false,
      }),
      expect.objectContaining({ state: 'handed-in', minutes: 60, goalMet: false, planBehind: true }),
    ]);
    expect(zhang?.totalMinutes).toBe(190);
    expect(zhang?.totalClassHours).toBe(4.2);
    expect(li?.cells.map((cell) => [cell.state, cell.status])).toEqual([
      ['handed-in', 'unsigned'],
      ['missing', undefined],
    ]);
    expect(wang?.cells.map((cell) => cell.state)).toEqual(['missing', 'edited']);
    expect(ledgerWeekStarts(DATA)).toEqual([W1, W2]);
  });

  it('a plan whose deadline passed before it was done (status ended) marks the week as behind pace', () => {
    const ended = { title: '年度培训', requiredMinutes: 1800, doneMinutes: 900, status: 'ended' as const };
    const done = { ...ended, doneMinutes: 1800, status: 'done' as const };
    const data = (plans: LedgerWeek['plans']): LedgerData => ({
      ...DATA,
      persons: [person('s:1', '张三', 0)],
      weeks: [week('s:1', W1, 130, { plans })],
    });
    expect(peopleByWeeks(data([ended]), { classHourMinutes: 45 }).rows[0]?.cells[0]?.planBehind).toBe(true);
    expect(peopleByWeeks(data([done]), { classHourMinutes: 45 }).rows[0]?.cells[0]?.planBehind).toBe(false);
  });

  it('a person’s detail: weeks in order, files, totals and the latest plans', () => {
    const detail = personDetail(DATA, 's:1', { classHourMinutes: 45 });
    expect(detail?.weeks.map((row) => row.weekStart)).toEqual([W1, W2]);
    expect(detail?.totals).toEqual({ minutes: 190, classHours: 4.2, reflections: 2, cases: 1 });
    expect(detail?.plans.map((plan) => plan.title)).toEqual(['年度培训']);
    expect(personDetail(DATA, 's:3', { classHourMinutes: 45 })?.files.map((file) => file.id)).toEqual(['e1']);
    expect(personDetail(DATA, 'nobody', { classHourMinutes: 45 })).toBeUndefined();
  });

  it('not handed in for a week lists roster people only, edited apart', () => {
    const w2 = notHandedIn(DATA, W2);
    expect(w2.missing.map((p) => p.name)).toEqual(['李四']);
    expect(w2.edited.map((p) => p.name)).toEqual(['王五']);
    expect(notHandedIn(DATA, W1).missing.map((p) => p.name)).toEqual(['王五']);
  });

  it('group totals and the distribution of weekly time', () => {
    expect(groupTotals(DATA, W1)).toEqual({
      people: 3,
      handedIn: 2,
      missing: 1,
      totalMinutes: 160,
      meanMinutes: 80,
      medianMinutes: 80,
      metGoal: 1,
    });
    expect(weeklyDistribution(DATA, W1, { bucketMinutes: 60 })).toEqual([
      { from: 0, to: 60, count: 1 },
      { from: 60, to: 120, count: 0 },
      { from: 120, to: 180, count: 1 },
    ]);
    expect(weeklyDistribution(DATA, '2026-12-07')).toEqual([]);
  });

  it('the case list, newest first, with who offered each; file counts per status', () => {
    expect(caseList(DATA).map((item) => [item.person.name, item.courseTitle])).toEqual([
      ['张三', '心理危机'],
      ['李四', '谈心谈话'],
    ]);
    expect(fileCounts(DATA)).toMatchObject({ edited: 1, invalid: 1, verified: 0 });
  });
});
