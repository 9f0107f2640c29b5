import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { draftToRow, laterDraft, readDraft, reflectionDraftSchema } from '@/storage/reflections/draft';
import { emptyDraft, isDraftEmpty, TEXT_MAX } from '@/storage/reflections/draft-limits';
import { studySince } from '@/storage/reflections/study-since';
import { asOf, breakTaken, watchHeartbeat } from '@/storage/reflections/tab-watch';
import { TRAINING_THEMES, topicSuggestions } from '@/storage/reflections/themes';
import { makeHeartbeat } from './support/heartbeats';
import { makeSession } from './support/session-rows';

const T0 = Date.UTC(2026, 3, 15, 2, 0, 0);
const MIN = 60_000;
const COURSE = { courseKey: 'demo:course:1', courseTitle: '课程', lessonTitle: '第一讲' };

describe('drafts', () => {
  it('of two tabs editing one draft, the later edit wins whole (a tie goes to the incoming)', () => {
    const a = { ...emptyDraft(COURSE, T0), learned: 'from tab A' };
    const b = { ...emptyDraft(COURSE, T0 + 1), learned: 'from tab B' };
    expect(laterDraft(a, b)).toBe(b);
    expect(laterDraft(b, a)).toBe(b);
    expect(laterDraft(undefined, a)).toBe(a);
    expect(laterDraft(a, { ...a, learned: 'same time' }).learned).toBe('same time');
  });

  it('reads a corrupt stored draft as no draft', () => {
    expect(readDraft({ learned: 5 })).toBeUndefined();
    expect(readDraft('text')).toBeUndefined();
    expect(readDraft(emptyDraft(COURSE, T0))).toEqual(emptyDraft(COURSE, T0));
  });

  it('refuses text over the limit and unknown fields in a draft', () => {
    expect(
      reflectionDraftSchema.safeParse({ ...emptyDraft(COURSE, T0), apply: 'x'.repeat(TEXT_MAX + 1) }).success,
    ).toBe(false);
    expect(reflectionDraftSchema.safeParse({ ...emptyDraft(COURSE, T0), id: 'forged' }).success).toBe(false);
  });

  it('an untouched draft is empty, one with a rating is not', () => {
    expect(isDraftEmpty(emptyDraft(COURSE, T0))).toBe(true);
    expect(isDraftEmpty({ ...emptyDraft(COURSE, T0), rating: 3 })).toBe(false);
  });

  it('becomes a valid row with the background’s id, time and sessions; HTML stays as typed', () => {
    const draft = { ...emptyDraft(COURSE, T0), learned: ' <script>alert(1)</script> ', topics: ['a', 'a '] };
    const row = draftToRow(draft, { id: 'r1', now: T0 + 5, sessionIds: ['s1'] });
    expect(row).toMatchObject({
      id: 'r1',
      createdAt: T0 + 5,
      updatedAt: T0 + 5,
      learned: '<script>alert(1)</script>',
      topics: ['a'],
      sessionIds: ['s1'],
    });
    expect('rating' in row).toBe(false);
  });

  it('refuses an empty 学 (spaces only) with a ZodError naming the field', () => {
    try {
      draftToRow({ ...emptyDraft(COURSE, T0), learned: '  \n ' }, { id: 'r1', now: T0, sessionIds: [] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0]?.path).toEqual(['learned']);
    }
  });
});

describe('study since the last reflection', () => {
  it('is the union of that course’s sessions after the reflection, two tabs counted once', () => {
    const sessions = [
      makeSession({ id: 'before', courseKey: COURSE.courseKey, start: T0 - 20 * MIN, end: T0 - 5 * MIN }),
      makeSession({ id: 'tab1', courseKey: COURSE.courseKey, start: T0 + 0, end: T0 + 20 * MIN }),
      makeSession({ id: 'tab2', courseKey: COURSE.courseKey, start: T0 + 10 * MIN, end: T0 + 30 * MIN }),
      makeSession({ id: 'other', courseKey: 'other', start: T0, end: T0 + 60 * MIN }),
    ];
    const since = studySince(sessions, COURSE.courseKey, T0 - 10 * MIN, T0 + 60 * MIN);
    expect(since.ms).toBe(5 * MIN + 30 * MIN);
    expect(since.sessionIds).toEqual(['before', 'tab1', 'tab2']);
  });
});

describe('breaks seen in heartbeats', () => {
  const beat = (ts: number, over: Parameters<typeof makeHeartbeat>[0] = {}) =>
    makeHeartbeat({ ts, engaged: true, kind: 'media', courseKey: 'c1', lessonKey: 'c1:l1', ...over });

  it('a media segment that ends (disengaging or kind change) starts a pause; playing again ends it', () => {
    let watch = watchHeartbeat(undefined, beat(T0));
    watch = watchHeartbeat(watch, beat(T0 + 15_000, { kind: 'input' }));
    expect(watch).toMatchObject({ breakKind: 'paused', breakSince: T0 + 15_000, breakCourseKey: 'c1' });
    watch = watchHeartbeat(watch, beat(T0 + 30_000, { kind: 'input' }));
    expect(watch.breakSince).toBe(T0 + 15_000);
    expect(watchHeartbeat(watch, beat(T0 + 45_000)).breakKind).toBeUndefined();
    const off = watchHeartbeat(watchHeartbeat(undefined, beat(T0)), beat(T0 + 5, { engaged: false }));
    expect(off.breakKind).toBe('paused');
  });

  it('another lesson is a lesson change; another course means the previous one was left', () => {
    const start = watchHeartbeat(undefined, beat(T0, { kind: 'input' }));
    expect(watchHeartbeat(start, beat(T0 + 1, { kind: 'input', lessonKey: 'c1:l2' })).breakKind).toBe(
      'lesson-change',
    );
    const left = watchHeartbeat(start, beat(T0 + 1, { kind: 'input', courseKey: 'c2', lessonKey: 'c2:l1' }));
    expect(left).toMatchObject({ breakKind: 'left-course', breakCourseKey: 'c1', courseKey: 'c2' });
    expect(breakTaken(left).breakKind).toBeUndefined();
  });
});

describe('a tab that went silent', () => {
  it('stopped playing at its last heartbeat once silent longer than a heartbeat and 10 s', () => {
    const playing = watchHeartbeat(undefined, makeHeartbeat({ ts: T0, kind: 'media', courseKey: 'c1' }));
    expect(asOf(playing, T0 + 25_000, 15)).toBe(playing);
    expect(asOf(playing, T0 + 25_001, 15)).toMatchObject({
      media: false,
      breakKind: 'paused',
      breakSince: T0,
      breakCourseKey: 'c1',
    });
  });
});

describe('topic suggestions', () => {
  it('lists course and lesson titles, earlier topics, then the training themes, each once', () => {
    const list = topicSuggestions({
      courseTitle: '课程',
      lessonTitle: '  ',
      earlierTopics: ['隐私', '课程'],
    });
    expect(list).toEqual(['课程', '隐私', ...TRAINING_THEMES]);
  });
});
