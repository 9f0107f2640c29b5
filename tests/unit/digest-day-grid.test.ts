import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDaysBetween, datesFrom } from '@/storage/digest/calendar';
import { dayGrid, msPerDay } from '@/storage/digest/day-grid';
import { localClock } from '@/storage/digest/local-clock';
import { dayBounds } from '@/storage/tracking/local-day';

// Zones with DST at midnight (Santiago, Havana), half-hour DST (Lord Howe), odd offsets (Kathmandu) and none.
const ZONES = [
  'Asia/Shanghai',
  'Europe/Berlin',
  'America/Santiago',
  'America/Havana',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/New_York',
];

describe('calendar days', () => {
  it('adds days and counts them across month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(calendarDaysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(datesFrom('2026-03-28', '2026-03-30')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
  });
});

describe('dayGrid', () => {
  it.each(ZONES)('starts every day of 2026 where dayBounds does, in %s', (zone) => {
    const grid = dayGrid('2026-01-01', '2026-12-31', zone);
    expect(grid.dates).toHaveLength(365);
    expect(grid.starts).toHaveLength(366);
    [...grid.dates, '2027-01-01'].forEach((date, i) => {
      expect(grid.starts[i], `${zone} ${date}`).toBe(dayBounds(date, zone).start);
    });
  });

  it('ends a day where the next one starts when a DST switch skips midnight (Santiago, 2026-09-06)', () => {
    const grid = dayGrid('2026-09-06', '2026-09-06', 'America/Santiago');
    // Clocks jump from 00:00 to 01:00: the day starts at 01:00 -03 and lasts 23 hours.
    expect(grid.starts).toEqual([Date.parse('2026-09-06T04:00:00Z'), Date.parse('2026-09-07T03:00:00Z')]);
  });

  it('cuts a union at local midnights and ignores what lies outside the grid', () => {
    const grid = dayGrid('2026-03-28', '2026-03-29', 'Europe/Berlin');
    const berlin = (d: number, h: number) => new TZDate(2026, 2, d, h, 0, 'Europe/Berlin').getTime();
    expect(msPerDay([{ start: berlin(27, 23), end: berlin(30, 1) }], grid)).toEqual([
      24 * 3_600_000,
      23 * 3_600_000,
    ]);
  });
});

describe('localClock', () => {
  it.each(ZONES)('formats instants like date-fns in %s, around DST switches too', (zone) => {
    const clock = localClock(zone);
    const start = Date.UTC(2026, 0, 1);
    for (let ms = start; ms < start + 366 * 86_400_000; ms += 3_600_000 * 7 + 60_000 * 13) {
      expect(clock(ms)).toBe(format(new TZDate(ms, zone), 'yyyy-MM-dd HH:mm'));
    }
  });
});
