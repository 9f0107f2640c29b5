import { describe, expect, it } from 'vitest';
import { filterChoices, filterReflections, NO_FILTER } from '@/components/reflections/reflection-filter';
import { makeReflection } from './support/reflection-rows';

const TZ = 'Asia/Shanghai';
const rows = [
  makeReflection({
    id: 'a',
    createdAt: Date.UTC(2026, 3, 12, 16, 0),
    learned: 'ＡＩ 伦理',
    topics: ['隐私'],
  }),
  makeReflection({
    id: 'b',
    createdAt: Date.UTC(2026, 3, 14, 16, 0),
    thought: 'Big Data',
    courseKey: 'k2',
    courseTitle: 'B 课',
  }),
  makeReflection({ id: 'c', createdAt: Date.UTC(2026, 3, 16, 16, 0), apply: '谈心', isCase: true }),
];
const ids = (filter: Partial<typeof NO_FILTER>) =>
  filterReflections(rows, { ...NO_FILTER, ...filter }, TZ).map((row) => row.id);

describe('filterReflections', () => {
  it('keeps everything with no filter', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
  });

  it('folds case and full-width letters and needs every word', () => {
    expect(ids({ query: 'ai' })).toEqual(['a']);
    expect(ids({ query: 'big data' })).toEqual(['b']);
    expect(ids({ query: 'big 谈心' })).toEqual([]);
    expect(ids({ query: '隐私' })).toEqual(['a']);
  });

  it('reads dates as local days in the time zone, either end open, a backwards range forwards', () => {
    // 'a' is 2026-04-13 00:00 in Shanghai, 'b' 2026-04-15, 'c' 2026-04-17.
    expect(ids({ from: '2026-04-13', to: '2026-04-13' })).toEqual(['a']);
    expect(ids({ from: '2026-04-14' })).toEqual(['b', 'c']);
    expect(ids({ to: '2026-04-15' })).toEqual(['a', 'b']);
    expect(ids({ from: '2026-04-17', to: '2026-04-15' })).toEqual(['b', 'c']);
  });

  it('filters by course and by case', () => {
    expect(ids({ courseKey: 'k2' })).toEqual(['b']);
    expect(ids({ caseOnly: true })).toEqual(['c']);
  });

  it('offers the topics and courses in use', () => {
    expect(filterChoices(rows)).toEqual({
      topics: ['隐私'],
      courses: [
        { key: 'k2', title: 'B 课' },
        { key: 'demo:course:1', title: '演示课程' },
      ],
    });
  });
});
