// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { buildDigest, snapshotSchema, toSnapshot } from '@/storage/digest';
import { readProgress } from '@/widget/read-progress';
import { NOW, PERIOD, REFLECTIONS, SESSIONS, TIME_ZONE, WEEKLY_GOAL } from './support/digest-fixture';
import { makePlanRow } from './support/plan-rows';
import { inline, stateOf, textOf } from './support/widget-harness';

const all = { all: true, courseKeys: [], platformIds: [], manual: false };
const near = makePlanRow({
  id: 'near',
  name: 'AI 素养 https://evil.example/x?token=1',
  start: '2026-11-02',
  deadline: '2026-11-29',
  requiredClassHours: 20,
  counts: all,
  countsTowardOthers: true,
});
const far = makePlanRow({
  id: 'far',
  name: '年度继续教育',
  start: '2026-01-01',
  deadline: '2026-12-31',
  requiredClassHours: 90,
  counts: all,
  countsTowardOthers: true,
});
const ended = makePlanRow({
  id: 'ended',
  name: '十月专题',
  start: '2026-10-01',
  deadline: '2026-11-17',
  counts: all,
  countsTowardOthers: true,
});
const digest = buildDigest(
  { sessions: SESSIONS, reflections: REFLECTIONS, plans: [far, ended, near] },
  { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the nearest plan in the snapshot', () => {
  it('is the plan with the nearest deadline not yet past, its name only from share level courses', () => {
    const atMinutes = toSnapshot(digest, 'minutes');
    const atCourses = toSnapshot(digest, 'courses');
    const figures = digest.plans.find((plan) => plan.name === near.name);
    expect(atMinutes.plan).toEqual({
      trackedClassHours: figures?.trackedClassHours,
      requiredClassHours: 20,
      deadline: '2026-11-29',
      status: figures?.status,
      neededClassHoursPerWeek: figures?.neededClassHoursPerWeek,
    });
    expect(atMinutes.plan?.name).toBeUndefined();
    expect(atCourses.plan?.name).toBe('AI 素养 …');
    expect(JSON.stringify(atCourses)).not.toMatch(/:\/\/|token/);
    expect(snapshotSchema.parse(atCourses)).toEqual(JSON.parse(JSON.stringify(atCourses)));
  });

  it('has no plan when every plan has ended', () => {
    const late = buildDigest(
      { sessions: SESSIONS, reflections: REFLECTIONS, plans: [ended] },
      { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
    );
    expect('plan' in toSnapshot(late, 'topics')).toBe(false);
  });

  it('is projected from a version-3 digest by the widget as toSnapshot does at minutes', () => {
    expect(readProgress(JSON.parse(JSON.stringify(digest)))).toEqual(
      JSON.parse(JSON.stringify(toSnapshot(digest, 'minutes'))),
    );
  });
});

describe('the widget shows the plan', () => {
  it('in one line: name, class hours done of required, status, deadline and the pace needed (zh-CN)', () => {
    const snapshot = toSnapshot(digest, 'courses');
    const plan = snapshot.plan;
    if (!plan) throw new Error('the fixture has a plan');
    const element = inline(JSON.stringify(snapshot));
    expect(stateOf(element)).toBe('ready');
    const text = textOf(element);
    expect(text).toContain(`AI 素养 …：${plan.trackedClassHours}/20 学时，进度落后，2026-11-29 截止`);
    expect(text).toContain(`还需每周 ${plan.neededClassHoursPerWeek} 学时`);
  });

  it('names it “Training plan” when its name is not shared (en)', () => {
    const element = inline(JSON.stringify(toSnapshot(digest, 'minutes')), { lang: 'en' });
    expect(textOf(element)).toMatch(/Training plan: [\d.]+\/20 class hours, behind, due 2026-11-29/);
  });

  it('refuses a snapshot whose plan is malformed', () => {
    const snapshot = toSnapshot(digest, 'minutes');
    const bad = { ...snapshot, plan: { ...snapshot.plan, status: 'late' } };
    expect(stateOf(inline(JSON.stringify(bad)))).toBe('invalid');
  });
});
