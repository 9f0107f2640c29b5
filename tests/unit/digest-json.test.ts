import { describe, expect, it } from 'vitest';
import { buildDigest, digestSchema, renderJson } from '@/storage/digest';
import { NOW, PERIOD, REFLECTIONS, SESSIONS, TIME_ZONE, WEEKLY_GOAL } from './support/digest-fixture';

const digest = buildDigest(
  { sessions: SESSIONS, reflections: REFLECTIONS },
  { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
);

describe('renderJson', () => {
  it('round-trips through the schema unchanged, hostile text included', () => {
    const text = renderJson(digest);
    expect(digestSchema.parse(JSON.parse(text))).toEqual(digest);
    expect(JSON.parse(text)).toEqual(digest);
  });

  it('is readable, indented JSON ending with a newline', () => {
    const text = renderJson(digest);
    expect(text.startsWith('{\n  "kind": "studytrail.digest",\n  "schemaVersion": 3,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('refuses a digest that does not match its schema, naming the field', () => {
    const broken = { ...digest, totals: { ...digest.totals, activeMinutes: -1 } };
    expect(() => renderJson(broken)).toThrow(/totals\.activeMinutes/);
    const wrongVersion = { ...digest, schemaVersion: 1 } as unknown as typeof digest;
    expect(() => renderJson(wrongVersion)).toThrow(/schemaVersion/);
  });
});

describe('digestSchema', () => {
  it('rejects a period date that is not YYYY-MM-DD and a generatedAt that is not ISO 8601', () => {
    expect(
      digestSchema.safeParse({ ...digest, period: { ...digest.period, start: '16.11.2026' } }).success,
    ).toBe(false);
    expect(digestSchema.safeParse({ ...digest, generatedAt: 'Monday' }).success).toBe(false);
  });

  it('rejects an unknown session kind', () => {
    const sessions = digest.sessions.map((s, i) => (i === 0 ? { ...s, kind: 'guess' } : s));
    expect(digestSchema.safeParse({ ...digest, sessions }).success).toBe(false);
  });
});
