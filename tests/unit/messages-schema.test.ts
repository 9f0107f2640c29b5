import { describe, expect, it } from 'vitest';
import { heartbeatSchema, runtimeMessageSchema } from '@/storage/schemas/messages';
import { makeHeartbeat } from './support/heartbeats';

describe('heartbeat message schema', () => {
  it('a valid heartbeat parses unchanged', () => {
    const heartbeat = makeHeartbeat();
    expect(heartbeatSchema.parse(heartbeat)).toEqual(heartbeat);
    expect(runtimeMessageSchema.parse(heartbeat)).toEqual(heartbeat);
  });

  it.each(['input', 'media', 'background-audio'] as const)('kind %s is accepted', (kind) => {
    expect(heartbeatSchema.safeParse(makeHeartbeat({ kind })).success).toBe(true);
  });

  it('a stats request is a valid runtime message', () => {
    expect(runtimeMessageSchema.safeParse({ type: 'get-stats' }).success).toBe(true);
  });

  it.each([
    'type',
    'ts',
    'engaged',
    'kind',
    'platformId',
    'courseKey',
    'courseTitle',
    'lessonKey',
    'lessonTitle',
  ] as const)('a heartbeat missing %s is rejected', (field) => {
    const { [field]: _, ...rest } = makeHeartbeat();
    expect(runtimeMessageSchema.safeParse(rest).success).toBe(false);
  });

  it.each<[string, Record<string, unknown>]>([
    ['ts as a string', { ts: '1776218400000' }],
    ['a negative ts', { ts: -1 }],
    ['a zero ts', { ts: 0 }],
    ['a fractional ts', { ts: 1776218400000.5 }],
    ['a NaN ts', { ts: Number.NaN }],
    ['an infinite ts', { ts: Number.POSITIVE_INFINITY }],
    ['engaged as a string', { engaged: 'true' }],
    ['engaged as a number', { engaged: 1 }],
    ["kind 'manual' (manual time never comes from a page)", { kind: 'manual' }],
    ['an unknown kind', { kind: 'typing' }],
    ['a numeric platformId', { platformId: 7 }],
    ['an empty platformId', { platformId: '' }],
    ['an empty courseKey', { courseKey: '' }],
    ['an empty lessonKey', { lessonKey: '' }],
    ['a title that is not a string', { courseTitle: { toString: 'x' } }],
    ['a null lesson title', { lessonTitle: null }],
    ['a platformId over 64 chars', { platformId: 'p'.repeat(65) }],
    ['a courseKey over 2048 chars', { courseKey: 'c'.repeat(2049) }],
    ['a lessonKey over 4096 chars', { lessonKey: `https://x.test/${'l'.repeat(4096)}` }],
  ])('a heartbeat with %s is rejected', (_, change) => {
    expect(runtimeMessageSchema.safeParse({ ...makeHeartbeat(), ...change }).success).toBe(false);
  });

  it.each([
    ['an unknown type', { ...makeHeartbeat(), type: 'beat' }],
    ['no type', { ts: 1 }],
    ['null', null],
    ['a string', 'heartbeat'],
    ['an array', [makeHeartbeat()]],
  ])('%s is not a runtime message', (_, message) => {
    expect(runtimeMessageSchema.safeParse(message).success).toBe(false);
  });

  it('keys at their limits are accepted', () => {
    const heartbeat = makeHeartbeat({
      platformId: 'p'.repeat(64),
      courseKey: 'c'.repeat(2048),
      lessonKey: 'l'.repeat(4096),
    });
    expect(heartbeatSchema.safeParse(heartbeat).success).toBe(true);
  });

  it('a tab id in the payload is not taken: unknown keys are dropped', () => {
    const parsed = heartbeatSchema.parse({ ...makeHeartbeat(), tabId: 99, start: 0 });
    expect(parsed).not.toHaveProperty('tabId');
    expect(parsed).not.toHaveProperty('start');
  });
});

describe('heartbeat titles are plain, bounded text', () => {
  it('control characters are stripped from titles', () => {
    const parsed = heartbeatSchema.parse(
      makeHeartbeat({
        courseTitle: '第一讲\u0000\u0007导论\r\n\t结束\u001b[31m',
        lessonTitle: '\u007f课时\u0085一\u009b',
      }),
    );
    expect(parsed.courseTitle).toBe('第一讲 导论 结束 [31m');
    expect(parsed.lessonTitle).toBe('课时 一');
    for (const title of [parsed.courseTitle, parsed.lessonTitle]) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
      expect(title).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
  });

  it('runs of whitespace collapse to one space and the ends are trimmed', () => {
    expect(
      heartbeatSchema.parse(makeHeartbeat({ courseTitle: '   高校   辅导员\u3000 培训  ' })).courseTitle,
    ).toBe('高校 辅导员 培训');
  });

  it('long titles are capped at 300 chars', () => {
    const parsed = heartbeatSchema.parse(
      makeHeartbeat({ courseTitle: 'a'.repeat(2000), lessonTitle: '课'.repeat(500) }),
    );
    expect(parsed.courseTitle).toBe('a'.repeat(300));
    expect(parsed.lessonTitle).toBe('课'.repeat(300));
  });

  it('titles over 2,000 chars are cut, not rejected: counting goes on', () => {
    const parsed = heartbeatSchema.parse(
      makeHeartbeat({ courseTitle: '课'.repeat(2001), lessonTitle: 'x'.repeat(10 * 2 ** 20) }),
    );
    expect(parsed.courseTitle).toBe('课'.repeat(300));
    expect(parsed.lessonTitle).toBe('x'.repeat(300));
  });

  it('bidirectional overrides and zero-width characters are stripped from titles', () => {
    const parsed = heartbeatSchema.parse(makeHeartbeat({ courseTitle: 'a\u202eb\u2066c\u2069\u200bd' }));
    expect(parsed.courseTitle).toBe('abcd');
  });

  it('an empty title is allowed (the background keeps the previous one)', () => {
    expect(heartbeatSchema.parse(makeHeartbeat({ courseTitle: '', lessonTitle: '  ' }))).toMatchObject({
      courseTitle: '',
      lessonTitle: '',
    });
  });

  it('markup in a title stays as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    expect(heartbeatSchema.parse(makeHeartbeat({ courseTitle: hostile })).courseTitle).toBe(hostile);
  });
});
