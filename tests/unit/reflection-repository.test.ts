import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/storage/db';
import {
  deleteReflection,
  earlierTopics,
  lastReflectionOfCourse,
  reflectionsOfWeek,
  restoreReflection,
  saveReflection,
  updateReflection,
} from '@/storage/repositories/reflections';
import { makeReflection } from './support/reflection-rows';

const TZ = 'Asia/Shanghai';
// Wednesday 2026-04-15 10:00 in Shanghai.
const WED = Date.UTC(2026, 3, 15, 2, 0, 0);
const DAY = 86_400_000;

beforeEach(async () => {
  await getDb().reflections.clear();
});

describe('reflections repository', () => {
  it('refuses a row with an empty 学 and stores nothing', async () => {
    await expect(saveReflection(makeReflection({ learned: '   ' }))).rejects.toThrow();
    expect(await getDb().reflections.count()).toBe(0);
  });

  it('lists the reflections of the local ISO week only (Monday 00:00 to Sunday 24:00 in the time zone)', async () => {
    // Monday 2026-04-13 00:30 Shanghai = Sunday 16:30 UTC; Sunday 2026-04-19 23:30 Shanghai.
    const mondayEarly = Date.UTC(2026, 3, 12, 16, 30);
    const sundayLate = Date.UTC(2026, 3, 19, 15, 30);
    await saveReflection(makeReflection({ id: 'before', createdAt: mondayEarly - DAY }));
    await saveReflection(makeReflection({ id: 'mon', createdAt: mondayEarly }));
    await saveReflection(makeReflection({ id: 'sun', createdAt: sundayLate }));
    await saveReflection(makeReflection({ id: 'after', createdAt: sundayLate + DAY }));
    expect((await reflectionsOfWeek(WED, TZ)).map((row) => row.id)).toEqual(['mon', 'sun']);
  });

  it('edits the text and stamps updatedAt, keeping id, createdAt and sessionIds', async () => {
    await saveReflection(makeReflection({ id: 'x', sessionIds: ['s1'] }));
    const next = await updateReflection('x', { learned: '新的要点', rating: 4 }, WED + 5000);
    expect(next).toMatchObject({
      id: 'x',
      createdAt: WED,
      updatedAt: WED + 5000,
      learned: '新的要点',
      rating: 4,
    });
    expect(next?.sessionIds).toEqual(['s1']);
    expect(await updateReflection('missing', { learned: 'a' })).toBeUndefined();
  });

  it('deletes and puts back the same row (undo)', async () => {
    const row = await saveReflection(makeReflection({ id: 'x', topics: ['AI 心理健康预警'] }));
    const deleted = await deleteReflection('x');
    expect(await getDb().reflections.count()).toBe(0);
    await restoreReflection(deleted ?? row);
    expect(await getDb().reflections.get('x')).toEqual(row);
  });

  it("finds a course's latest reflection by createdAt and the most used earlier topics", async () => {
    await saveReflection(makeReflection({ id: 'a', createdAt: WED, topics: ['伦理', '隐私'] }));
    await saveReflection(makeReflection({ id: 'b', createdAt: WED + DAY, topics: ['隐私'] }));
    await saveReflection(makeReflection({ id: 'c', createdAt: WED + 2 * DAY, courseKey: 'other' }));
    expect((await lastReflectionOfCourse('demo:course:1'))?.id).toBe('b');
    expect(await lastReflectionOfCourse('none')).toBeUndefined();
    expect(await earlierTopics()).toEqual(['隐私', '伦理']);
  });
});
