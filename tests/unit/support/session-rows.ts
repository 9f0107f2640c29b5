import type { SessionRow } from '@/storage/schemas/rows';

let counter = 0;

/** A stored session row; pass only what a test is about. */
export function makeSession(overrides: Partial<SessionRow> & Pick<SessionRow, 'start' | 'end'>): SessionRow {
  counter += 1;
  return {
    id: `session-${counter}`,
    platformId: 'enaea',
    courseKey: 'enaea:course:1',
    courseTitle: '辅导员职业能力',
    lessonKey: 'enaea:course:1/title:第一讲',
    lessonTitle: '第一讲',
    kind: 'media',
    tabId: 1,
    ...overrides,
  };
}
