import { describe, expect, it } from 'vitest';
import { toMinutes } from '@/storage/digest/minutes';
import { formatDuration, formatDurationNumber, formatGoalProgress } from '@/storage/format-duration';

const MINUTES = { goalUnit: 'minutes', classHourMinutes: 45 } as const;
const CLASS_HOURS = { goalUnit: 'classHours', classHourMinutes: 45 } as const;

describe('formatDuration', () => {
  it('shows whole minutes, cut down as the popup and widget agree (42.9 → 42)', () => {
    expect(formatDuration(42.9, MINUTES, 'zh_CN')).toBe('42 分钟');
    expect(formatDuration(42.9, MINUTES, 'en')).toBe('42 min');
    expect(formatDuration(toMinutes(56_999), MINUTES, 'en')).toBe('0 min');
    expect(formatDuration(toMinutes(57_000), MINUTES, 'en')).toBe('1 min');
  });

  it('groups large numbers as Intl does in the locale', () => {
    expect(formatDuration(12_345, MINUTES, 'en')).toBe('12,345 min');
    expect(formatDuration(12_345, MINUTES, 'zh_CN')).toBe('12,345 分钟');
  });

  it('shows class hours (学时) to one decimal of the whole minutes, in the set class-hour length', () => {
    expect(formatDuration(90, CLASS_HOURS, 'zh_CN')).toBe('2.0 学时');
    expect(formatDuration(90, CLASS_HOURS, 'en')).toBe('2.0 class hours');
    // 100 min / 45 = 2.22…; 100.9 min shows as 100 whole minutes first.
    expect(formatDuration(100.9, CLASS_HOURS, 'zh_CN')).toBe('2.2 学时');
    // The national platform's 60-minute class hour.
    expect(formatDuration(150, { goalUnit: 'classHours', classHourMinutes: 60 }, 'en')).toBe(
      '2.5 class hours',
    );
    expect(formatDuration(0, CLASS_HOURS, 'en')).toBe('0.0 class hours');
  });

  it('rounds class hours like the widget (toFixed(1) of whole minutes / class-hour minutes)', () => {
    for (const minutes of [0, 1, 22, 44, 67, 68, 133, 1000, 4321]) {
      expect(formatDurationNumber(minutes, CLASS_HOURS, 'en')).toBe((minutes / 45).toFixed(1));
    }
  });

  it('writes a total against its goal in one unit', () => {
    expect(formatGoalProgress(95.9, 180, MINUTES, 'en')).toBe('95 / 180 min');
    expect(formatGoalProgress(95.9, 180, MINUTES, 'zh_CN')).toBe('95 / 180 分钟');
    expect(formatGoalProgress(90, 180, CLASS_HOURS, 'zh_CN')).toBe('2.0 / 4.0 学时');
    expect(formatGoalProgress(90, 180, CLASS_HOURS, 'en')).toBe('2.0 / 4.0 class hours');
  });
});
