import type { PlanInput, PlanRow } from '@/storage/schemas/plan';

/** A plan as the form gives it; pass only what a test is about. */
export function makePlanInput(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    name: '高校辅导员人工智能素养提升培训',
    organiser: '学生工作部',
    requiredClassHours: 10,
    classHourMinutes: 45,
    start: '2026-11-02',
    deadline: '2026-11-29',
    timeZone: 'Asia/Shanghai',
    counts: { all: false, courseKeys: ['enaea:course:1'], platformIds: [], manual: false },
    countsTowardOthers: false,
    ...overrides,
  };
}

/** A stored plan row. */
export function makePlanRow(overrides: Partial<PlanRow> & Pick<PlanRow, 'id'>): PlanRow {
  return {
    ...makePlanInput(overrides),
    createdAt: Date.UTC(2026, 10, 1),
    updatedAt: Date.UTC(2026, 10, 1),
    ...overrides,
  };
}
