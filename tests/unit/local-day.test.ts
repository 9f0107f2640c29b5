import { afterEach, describe, expect, it } from 'vitest';
import { dayBounds, localDate, localDatesBack, resolveTimeZone } from '@/storage/tracking/local-day';

const HOUR = 3_600_000;
const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('localDate', () => {
  it('gives the calendar day in Asia/Shanghai (UTC+8)', () => {
    expect(localDate(Date.UTC(2026, 3, 14, 15, 59, 59, 999), 'Asia/Shanghai')).toBe('2026-04-14');
    expect(localDate(Date.UTC(2026, 3, 14, 16, 0, 0), 'Asia/Shanghai')).toBe('2026-04-15');
  });

  it('the same instant can be different days in different zones', () => {
    const instant = Date.UTC(2026, 3, 14, 20, 0, 0);
    expect(localDate(instant, 'Asia/Shanghai')).toBe('2026-04-15');
    expect(localDate(instant, 'Europe/Berlin')).toBe('2026-04-14');
    expect(localDate(instant, 'America/Los_Angeles')).toBe('2026-04-14');
  });

  it('follows daylight saving time in Europe/Berlin', () => {
    // Winter: UTC+1; summer: UTC+2.
    expect(localDate(Date.UTC(2026, 0, 15, 23, 0, 0), 'Europe/Berlin')).toBe('2026-01-16');
    expect(localDate(Date.UTC(2026, 6, 15, 22, 0, 0), 'Europe/Berlin')).toBe('2026-07-16');
    expect(localDate(Date.UTC(2026, 6, 15, 21, 59, 59), 'Europe/Berlin')).toBe('2026-07-15');
  });
});

describe('dayBounds', () => {
  it('an Asia/Shanghai day runs from 16:00 UTC the day before, for 24 hours', () => {
    expect(dayBounds('2026-04-15', 'Asia/Shanghai')).toEqual({
      start: Date.UTC(2026, 3, 14, 16, 0, 0),
      end: Date.UTC(2026, 3, 15, 16, 0, 0),
    });
  });

  it('Europe/Berlin on 2026-03-29 (clocks go forward) is a 23-hour day', () => {
    const { start, end } = dayBounds('2026-03-29', 'Europe/Berlin');
    expect(start).toBe(Date.UTC(2026, 2, 28, 23, 0, 0));
    expect(end).toBe(Date.UTC(2026, 2, 29, 22, 0, 0));
    expect(end - start).toBe(23 * HOUR);
  });

  it('Europe/Berlin on 2026-10-25 (clocks go back) is a 25-hour day', () => {
    const { start, end } = dayBounds('2026-10-25', 'Europe/Berlin');
    expect(start).toBe(Date.UTC(2026, 9, 24, 22, 0, 0));
    expect(end - start).toBe(25 * HOUR);
  });

  it('the days around a DST change are 24 hours and adjacent days meet exactly', () => {
    const days = ['2026-03-28', '2026-03-29', '2026-03-30'].map((d) => dayBounds(d, 'Europe/Berlin'));
    expect(days.map(({ start, end }) => (end - start) / HOUR)).toEqual([24, 23, 24]);
    expect(days[0]?.end).toBe(days[1]?.start);
    expect(days[1]?.end).toBe(days[2]?.start);
  });

  it('crosses month and year ends', () => {
    expect(dayBounds('2026-12-31', 'Asia/Shanghai')).toEqual({
      start: Date.UTC(2026, 11, 30, 16, 0, 0),
      end: Date.UTC(2026, 11, 31, 16, 0, 0),
    });
    expect(dayBounds('2028-02-29', 'Asia/Shanghai').end).toBe(Date.UTC(2028, 1, 29, 16, 0, 0));
  });

  it('round-trips with localDate: the start and the last ms of a day belong to it, the end to the next', () => {
    for (const zone of ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe']) {
      for (const date of [
        '2026-03-08',
        '2026-03-29',
        '2026-04-05',
        '2026-10-04',
        '2026-10-25',
        '2026-11-01',
      ]) {
        const { start, end } = dayBounds(date, zone);
        expect(localDate(start, zone), `${zone} ${date}`).toBe(date);
        expect(localDate(end - 1, zone), `${zone} ${date}`).toBe(date);
        expect(localDate(end, zone), `${zone} ${date}`).not.toBe(date);
      }
    }
  });

  it('does not depend on the system time zone', () => {
    const expected = {
      shanghai: dayBounds('2026-03-29', 'Asia/Shanghai'),
      berlin: dayBounds('2026-03-29', 'Europe/Berlin'),
    };
    for (const systemZone of ['America/Los_Angeles', 'Asia/Kolkata', 'Europe/London', 'Pacific/Auckland']) {
      process.env.TZ = systemZone;
      expect(new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset(), 'system zone took effect').not.toBe(0);
      expect(dayBounds('2026-03-29', 'Asia/Shanghai'), systemZone).toEqual(expected.shanghai);
      expect(dayBounds('2026-03-29', 'Europe/Berlin'), systemZone).toEqual(expected.berlin);
      expect(localDate(Date.UTC(2026, 2, 28, 23, 0, 0), 'Europe/Berlin'), systemZone).toBe('2026-03-29');
    }
  });
});

describe('resolveTimeZone', () => {
  it('returns an explicit zone as is', () => {
    expect(resolveTimeZone('Asia/Shanghai')).toBe('Asia/Shanghai');
  });

  it("'auto' is the runtime's own zone", () => {
    expect(resolveTimeZone('auto')).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(resolveTimeZone('auto')).not.toBe('auto');
  });
});

describe('dayBounds where a DST switch skips midnight', () => {
  it('ends each day where the next one starts, so no hour counts on two days', () => {
    for (const [zone, date, next] of [
      ['America/Santiago', '2026-09-05', '2026-09-06'],
      ['America/Havana', '2026-03-07', '2026-03-08'],
    ] as const) {
      expect(dayBounds(date, zone).end).toBe(dayBounds(next, zone).start);
    }
  });
});

describe('localDatesBack', () => {
  it('gives calendar days oldest first, today last, across a DST switch and a month end', () => {
    // 2026-03-30 10:00 in Berlin; summer time began on 2026-03-29.
    const now = Date.UTC(2026, 2, 30, 8);
    expect(localDatesBack(now, 'Europe/Berlin', 3)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(localDatesBack(now, 'Europe/Berlin', 2, 29)).toEqual(['2026-02-28', '2026-03-01']);
  });
});
