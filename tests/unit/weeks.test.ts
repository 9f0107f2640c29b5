import { describe, expect, it } from 'vitest';
import { isoWeekOf, lastFullWeek, nextWeekdayAt } from '@/storage/tracking/weeks';

const SH = 'Asia/Shanghai';
/** 2026-11-28 is a Saturday. */
const SATURDAY_NOON = Date.parse('2026-11-28T12:00:00+08:00');

describe('ISO weeks and the weekly reminder', () => {
  it('finds the Monday-to-Sunday week of an instant', () => {
    expect(isoWeekOf(SATURDAY_NOON, SH)).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    // Sunday 23:30 in Shanghai is still the same week, though it is Sunday 15:30 UTC.
    expect(isoWeekOf(Date.parse('2026-11-29T23:30:00+08:00'), SH)).toEqual({
      start: '2026-11-23',
      end: '2026-11-29',
    });
  });

  it('defaults the digest to the last full week', () => {
    expect(lastFullWeek(SATURDAY_NOON, SH)).toEqual({ start: '2026-11-16', end: '2026-11-22' });
    expect(lastFullWeek(Date.parse('2026-11-30T00:10:00+08:00'), SH)).toEqual({
      start: '2026-11-23',
      end: '2026-11-29',
    });
  });

  it('schedules the reminder on the next chosen weekday at 09:00 local time', () => {
    expect(nextWeekdayAt(SATURDAY_NOON, 1, 9, SH)).toBe(Date.parse('2026-11-30T09:00:00+08:00'));
    // Same weekday, earlier than 09:00: today. Later than 09:00: a week later.
    expect(nextWeekdayAt(Date.parse('2026-11-30T08:00:00+08:00'), 1, 9, SH)).toBe(
      Date.parse('2026-11-30T09:00:00+08:00'),
    );
    expect(nextWeekdayAt(Date.parse('2026-11-30T09:00:00+08:00'), 1, 9, SH)).toBe(
      Date.parse('2026-12-07T09:00:00+08:00'),
    );
    expect(nextWeekdayAt(SATURDAY_NOON, 7, 9, SH)).toBe(Date.parse('2026-11-29T09:00:00+08:00'));
  });

  it('keeps 09:00 local across a daylight-saving change', () => {
    const berlin = 'Europe/Berlin';
    // Sunday 2026-03-29 clocks go forward; the next Monday 09:00 is CEST (+02:00).
    expect(nextWeekdayAt(Date.parse('2026-03-28T12:00:00+01:00'), 1, 9, berlin)).toBe(
      Date.parse('2026-03-30T09:00:00+02:00'),
    );
  });
});

describe('week picking on local dates', () => {
  it('finds the Monday-to-Sunday week of any day, across month and year ends', async () => {
    const { shiftWeek, weekContaining } = await import('@/storage/tracking/weeks');
    expect(weekContaining('2026-11-28')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(weekContaining('2026-11-23')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(weekContaining('2027-01-01')).toEqual({ start: '2026-12-28', end: '2027-01-03' });
    expect(shiftWeek('2026-11-23', -1)).toEqual({ start: '2026-11-16', end: '2026-11-22' });
    expect(shiftWeek('2026-12-28', 1)).toEqual({ start: '2027-01-04', end: '2027-01-10' });
  });
});
