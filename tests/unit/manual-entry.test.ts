import { describe, expect, it } from 'vitest';
import { type ManualEntryInput, manualEntryToRow, rowToManualEntry } from '@/storage/manual/manual-entry';

const TZ = 'Asia/Shanghai';
// 2026-04-15 20:00 in Shanghai.
const NOW = Date.UTC(2026, 3, 15, 12, 0);
const COURSES = [{ courseKey: 'enaea:course:291026', title: '新时代辅导员', platformId: 'enaea' }];
const OK: ManualEntryInput = {
  date: '2026-04-14',
  startTime: '14:30',
  minutes: 90,
  courseKey: 'enaea:course:291026',
  newCourseTitle: '',
  note: '集中学习：心理危机干预讲座',
};
const make = (change: Partial<ManualEntryInput>) =>
  manualEntryToRow({ ...OK, ...change }, { id: 'm1', now: NOW, timeZone: TZ, courses: COURSES });

describe('manual entries', () => {
  it('become a manual session of the chosen course at the local time, tab -1, with the note', () => {
    const result = make({});
    expect(result).toEqual({
      ok: true,
      row: {
        id: 'm1',
        start: Date.UTC(2026, 3, 14, 6, 30),
        end: Date.UTC(2026, 3, 14, 8, 0),
        platformId: 'enaea',
        courseKey: 'enaea:course:291026',
        courseTitle: '新时代辅导员',
        lessonKey: '',
        lessonTitle: '',
        kind: 'manual',
        tabId: -1,
        note: '集中学习：心理危机干预讲座',
      },
    });
  });

  it('a new course gets a manual key from its title; an empty note is not stored', () => {
    const result = make({ courseKey: '', newCourseTitle: ' 分组研讨 ', note: '  ' });
    expect(result.ok && result.row).toMatchObject({
      courseKey: 'manual:分组研讨',
      courseTitle: '分组研讨',
      platformId: 'manual',
    });
    expect(result.ok && 'note' in result.row).toBe(false);
  });

  it.each<[string, Partial<ManualEntryInput>, string, string]>([
    ['length 0', { minutes: 0 }, 'length', 'minutes'],
    ['over 24 h', { minutes: 24 * 60 + 1 }, 'length', 'minutes'],
    ['a fraction of a minute', { minutes: 1.5 }, 'length', 'minutes'],
    ['no length', { minutes: Number.NaN }, 'length', 'minutes'],
    ['a date after today', { date: '2026-04-16' }, 'future', 'date'],
    ['a day that does not exist', { date: '2026-02-30' }, 'date', 'date'],
    ['no date', { date: '' }, 'date', 'date'],
    ['no start time', { startTime: '' }, 'start', 'startTime'],
    ['a start of 24:00', { startTime: '24:00' }, 'start', 'startTime'],
    ['no course and no new title', { courseKey: '', newCourseTitle: '  ' }, 'course', 'courseKey'],
    ['an unknown course', { courseKey: 'nope' }, 'course', 'courseKey'],
    [
      'a too long course title',
      { courseKey: '', newCourseTitle: 'x'.repeat(201) },
      'courseTitle',
      'newCourseTitle',
    ],
    ['a too long note', { note: '注'.repeat(501) }, 'note', 'note'],
  ])('refuses %s', (_name, change, error, field) => {
    expect(make(change)).toEqual({ ok: false, error, field });
  });

  it('accepts today and a full day', () => {
    expect(make({ date: '2026-04-15', startTime: '00:00', minutes: 1440 }).ok).toBe(true);
  });

  it('reads a stored row back into the form', () => {
    const result = make({});
    if (!result.ok) throw new Error('expected a row');
    expect(rowToManualEntry(result.row, TZ)).toEqual(OK);
  });
});
