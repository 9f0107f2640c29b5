import { describe, expect, it } from 'vitest';
import { planRows } from '@/storage/digest/plan-text';
import type { DigestPlan } from '@/storage/schemas/digest';

const plan: DigestPlan = {
  planId: 'p1',
  name: '人工智能素养提升培训',
  organiser: '',
  start: '2026-12-01',
  deadline: '2026-12-21',
  timeZone: 'Asia/Shanghai',
  requiredClassHours: 2,
  classHourMinutes: 45,
  periodMinutes: 2,
  trackedMinutes: 2,
  trackedClassHours: 0,
  percent: 0,
  status: 'on-track',
  neededClassHoursPerWeek: 0.7,
  forecastDate: '2027-01-09',
};

const forecastRow = (value: DigestPlan, locale: 'zh_CN' | 'en') =>
  planRows(value, locale).find(([label]) => /预计|Forecast/.test(label))?.[1];

describe('the digest plan section: forecast', () => {
  it('a forecast after the deadline says so, in both languages', () => {
    expect(forecastRow(plan, 'zh_CN')).toBe('2027-01-09（晚于截止日期）');
    expect(forecastRow(plan, 'en')).toBe('2027-01-09 (after the deadline)');
  });

  it('a forecast that makes the deadline, or the day a done plan was completed, is the bare date', () => {
    expect(forecastRow({ ...plan, forecastDate: '2026-12-20' }, 'zh_CN')).toBe('2026-12-20');
    expect(forecastRow({ ...plan, forecastDate: '2026-12-21' }, 'en')).toBe('2026-12-21');
    expect(forecastRow({ ...plan, status: 'done', forecastDate: '2026-12-22' }, 'en')).toBe('2026-12-22');
  });
});
