import type { Heartbeat } from '@/storage/schemas/messages';

/** A valid heartbeat of the enaea platform; pass only what a test is about. */
export function makeHeartbeat(overrides: Partial<Heartbeat> = {}): Heartbeat {
  return {
    type: 'heartbeat',
    ts: Date.UTC(2026, 3, 15, 2, 0, 0),
    engaged: true,
    kind: 'media',
    platformId: 'enaea',
    courseKey: 'enaea:新时代高校辅导员职业能力提升',
    courseTitle: '新时代高校辅导员职业能力提升',
    lessonKey: 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=123',
    lessonTitle: '第一讲 导论',
    ...overrides,
  };
}
