import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { isCount, isLocalDate, isOffsetDateTime } from '@/storage/schemas/format-checks';

/** The zod checks the snapshot schema used before; the predicates must accept exactly the same values. */
const zodDate = z.iso.date();
const zodDateTime = z.iso.datetime({ offset: true });
const zodCount = z.int().check(z.nonnegative());
const count = z.number().check(z.refine(isCount));

const digits = (length: number, max = 10 ** length - 1) =>
  fc.integer({ min: 0, max }).map((n) => String(n).padStart(length, '0'));
/** Day-shaped text, most of it near the edges of months and leap years, some of it malformed. */
const dayText = fc.oneof(
  fc
    .tuple(
      fc.oneof(digits(4), fc.constantFrom('2000', '1900', '2024', '2100', '0000', '2026')),
      digits(2, 19),
      digits(2, 39),
    )
    .map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('2026-1-05', '2026-01-5', '20260105', '2026-01-05 ', ' 2026-01-05', '２０２６-01-05'),
);
const timeText = fc
  .tuple(digits(2, 29), digits(2, 69), fc.option(digits(2, 69)), fc.option(digits(3)))
  .map(([h, m, s, f]) => `${h}:${m}${s === null ? '' : `:${s}`}${f === null ? '' : `.${f}`}`);
const zoneText = fc.oneof(
  fc.constantFrom('Z', 'z', '', '+08', '+0800', 'UTC'),
  fc.tuple(fc.constantFrom('+', '-'), digits(2, 29), digits(2, 69)).map(([s, h, m]) => `${s}${h}:${m}`),
);
const dateTimeText = fc.oneof(
  fc.tuple(dayText, fc.constantFrom('T', 't', ' '), timeText, zoneText).map((parts) => parts.join('')),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.string({ maxLength: 30 }),
);

describe('format checks', () => {
  it('isLocalDate accepts exactly what z.iso.date() accepts', () => {
    const seen = { true: 0, false: 0 };
    fc.assert(
      fc.property(dayText, (text) => {
        expect(isLocalDate(text)).toBe(zodDate.safeParse(text).success);
        seen[`${isLocalDate(text)}`]++;
      }),
      { numRuns: 5000 },
    );
    // Both answers are exercised, not only the easy one.
    expect(Math.min(seen.true, seen.false)).toBeGreaterThan(500);
    for (const day of ['2024-02-29', '2000-02-29', '2026-12-31', '2026-04-30'])
      expect(isLocalDate(day)).toBe(true);
    for (const day of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10']) {
      expect(isLocalDate(day)).toBe(false);
    }
  });

  it('isOffsetDateTime accepts exactly what z.iso.datetime({ offset: true }) accepts', () => {
    const seen = { true: 0, false: 0 };
    fc.assert(
      fc.property(dateTimeText, (text) => {
        expect(isOffsetDateTime(text)).toBe(zodDateTime.safeParse(text).success);
        seen[`${isOffsetDateTime(text)}`]++;
      }),
      { numRuns: 5000 },
    );
    expect(Math.min(seen.true, seen.false)).toBeGreaterThan(100);
    expect(isOffsetDateTime('2026-04-15T08:30:00.000Z')).toBe(true);
    expect(isOffsetDateTime('2026-04-15T08:30:00+08:00')).toBe(true);
    expect(isOffsetDateTime('2026-04-15T08:30+08:00')).toBe(false);
    expect(isOffsetDateTime('2026-02-30T08:30:00Z')).toBe(false);
  });

  it('a number refined with isCount accepts exactly what z.int() with z.nonnegative() accepts', () => {
    const numbers = fc.oneof(
      fc.integer({ min: -5, max: 5 }),
      fc.double(),
      fc.constantFrom(-0, 0.5, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, 2 ** 60, Infinity, NaN),
      fc.constantFrom('1', null, undefined, true, 1n),
    );
    fc.assert(
      fc.property(numbers, (value) => {
        expect(count.safeParse(value).success).toBe(zodCount.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });
});
