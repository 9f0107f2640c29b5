import type { ReflectionRow } from '@/storage/schemas/rows';

/** A valid reflection row with sensible defaults; tests override what they care about. */
export function makeReflection(overrides: Partial<ReflectionRow> = {}): ReflectionRow {
  const createdAt = overrides.createdAt ?? Date.UTC(2026, 3, 15, 2, 0, 0);
  return {
    id: 'r1',
    createdAt,
    updatedAt: createdAt,
    courseKey: 'demo:course:1',
    courseTitle: '演示课程',
    lessonTitle: '第一讲',
    topics: [],
    learned: '要点',
    thought: '',
    apply: '',
    isCase: false,
    sessionIds: [],
    ...overrides,
  };
}
