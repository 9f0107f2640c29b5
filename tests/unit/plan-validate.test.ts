import { describe, expect, it } from 'vitest';
import {
  missingCourses,
  type PlanContext,
  planErrorMessage,
  plansConflict,
  validatePlan,
} from '@/storage/plans';
import { PLAN_ERROR_CODES, type PlanErrorCode } from '@/storage/schemas/plan';
import { makePlanInput, makePlanRow } from './support/plan-rows';

const none: PlanContext = { otherPlans: [] };
const codeOf = (input: unknown, context: PlanContext = none) => {
  const result = validatePlan(input, context);
  return result.ok ? 'ok' : result.error.code;
};

describe('validatePlan: one plan on its own', () => {
  it('accepts a complete plan and trims its name', () => {
    const result = validatePlan(makePlanInput({ name: '  寒假研修  ' }), none);
    expect(result).toMatchObject({ ok: true, plan: { name: '寒假研修' } });
  });

  it.each<[string, Partial<Parameters<typeof makePlanInput>[0]>, PlanErrorCode]>([
    ['an empty name', { name: '   ' }, 'name'],
    ['a deadline before the start', { start: '2026-11-10', deadline: '2026-11-09' }, 'deadlineBeforeStart'],
    ['a day that does not exist', { deadline: '2026-02-30' }, 'deadline'],
    ['zero class hours', { requiredClassHours: 0 }, 'requiredZero'],
    ['negative class hours', { requiredClassHours: -3 }, 'requiredZero'],
    ['over 2,000 class hours', { requiredClassHours: 2000.5 }, 'requiredTooMany'],
    ['9 minutes per class hour', { classHourMinutes: 9 }, 'classHourMinutes'],
    ['121 minutes per class hour', { classHourMinutes: 121 }, 'classHourMinutes'],
    ['45.5 minutes per class hour', { classHourMinutes: 45.5 }, 'classHourMinutes'],
    ['more than five years', { start: '2026-01-01', deadline: '2031-01-10' }, 'tooLong'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['negative credited class hours', { creditedClassHours: -1 }, 'credited'],
    [
      'nothing that counts',
      { counts: { all: false, courseKeys: [], platformIds: [], manual: false } },
      'nothingCounts',
    ],
  ])('refuses %s', (_, overrides, code) => {
    expect(codeOf(makePlanInput(overrides))).toBe(code);
  });

  it('accepts the bounds: 10 and 120 minutes, 2,000 class hours, a one-day plan', () => {
    expect(codeOf(makePlanInput({ classHourMinutes: 10 }))).toBe('ok');
    expect(codeOf(makePlanInput({ classHourMinutes: 120, requiredClassHours: 2000 }))).toBe('ok');
    expect(codeOf(makePlanInput({ start: '2026-11-02', deadline: '2026-11-02' }))).toBe('ok');
  });

  it('accepts each kind of rule alone: all study, manual entries, a platform, a course', () => {
    const counts = { all: false, courseKeys: [], platformIds: [], manual: false };
    expect(codeOf(makePlanInput({ counts: { ...counts, all: true } }))).toBe('ok');
    expect(codeOf(makePlanInput({ counts: { ...counts, manual: true } }))).toBe('ok');
    expect(codeOf(makePlanInput({ counts: { ...counts, platformIds: ['smartedu'] } }))).toBe('ok');
  });

  it('refuses a value of the wrong type with the field’s code, never throwing', () => {
    expect(codeOf({ ...makePlanInput(), requiredClassHours: '10' })).toBe('requiredZero');
    expect(codeOf({ ...makePlanInput(), requiredClassHours: Number.NaN })).toBe('requiredZero');
    expect(codeOf({ ...makePlanInput(), classHourMinutes: undefined })).toBe('classHourMinutes');
    expect(codeOf(null)).not.toBe('ok');
  });
});

describe('validatePlan: against the other plans and the courses there are', () => {
  const other = makePlanRow({ id: 'p-1', name: '省继续教育' });

  it('refuses a plan counting the same course in overlapping periods, naming the other plan', () => {
    expect(validatePlan(makePlanInput(), { otherPlans: [other] })).toEqual({
      ok: false,
      error: { code: 'overlap', field: 'countsTowardOthers', detail: '省继续教育' },
    });
  });

  it('allows it only when both plans allow their minutes to count toward others', () => {
    const mine = makePlanInput({ countsTowardOthers: true });
    expect(codeOf(mine, { otherPlans: [other] })).toBe('overlap');
    expect(codeOf(mine, { otherPlans: [{ ...other, countsTowardOthers: true }] })).toBe('ok');
  });

  it('has no conflict when the periods share no day or the rules share no session', () => {
    expect(
      codeOf(makePlanInput({ start: '2026-11-30', deadline: '2026-12-31' }), { otherPlans: [other] }),
    ).toBe('ok');
    const elsewhere = { all: false, courseKeys: ['icourse163:course:X'], platformIds: [], manual: false };
    expect(codeOf(makePlanInput({ counts: elsewhere }), { otherPlans: [other] })).toBe('ok');
  });

  it('sees that a whole platform, all study or all manual entries take a chosen course too', () => {
    const counts = { all: false, courseKeys: [], platformIds: [], manual: false };
    const enaea = makePlanInput({ counts: { ...counts, platformIds: ['enaea'] } });
    const all = makePlanInput({ counts: { ...counts, all: true } });
    const manual = makePlanInput({ counts: { ...counts, manual: true } });
    const manualKind = makePlanInput({ counts: { ...counts, courseKeys: ['manual:集中培训'] } });
    expect(plansConflict(enaea, other)).toBe(true);
    expect(plansConflict(all, makePlanInput({ counts: { ...counts, platformIds: ['smartedu'] } }))).toBe(
      true,
    );
    expect(plansConflict(manual, manualKind)).toBe(true);
    expect(plansConflict(manual, enaea)).toBe(false);
  });

  it('refuses a chosen course that has no sessions, unless the edited plan already had it', () => {
    const known = new Set(['enaea:course:1']);
    const gone = makePlanInput({
      counts: {
        all: false,
        courseKeys: ['enaea:course:1', 'enaea:course:9'],
        platformIds: [],
        manual: false,
      },
    });
    expect(validatePlan(gone, { otherPlans: [], knownCourseKeys: known })).toMatchObject({
      ok: false,
      error: { code: 'unknownCourse', detail: 'enaea:course:9', field: 'counts' },
    });
    expect(codeOf(gone, { otherPlans: [], knownCourseKeys: known, previous: gone })).toBe('ok');
    expect(missingCourses(gone, known)).toEqual(['enaea:course:9']);
  });
});

describe('planErrorMessage', () => {
  it('has a message in both languages for every code, with the detail filled in', () => {
    for (const code of PLAN_ERROR_CODES) {
      for (const locale of ['zh_CN', 'en'] as const) {
        const text = planErrorMessage({ code, field: 'name', detail: '《X》' }, locale);
        expect(text.length).toBeGreaterThan(5);
        expect(text).not.toMatch(/\$\d/);
      }
    }
    expect(
      planErrorMessage({ code: 'overlap', field: 'countsTowardOthers', detail: '省继续教育' }, 'zh_CN'),
    ).toContain('省继续教育');
  });
});
