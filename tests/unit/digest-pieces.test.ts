import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributedMs } from '@/storage/digest/pieces';
import type { SessionRow } from '@/storage/schemas/rows';
import { attributeOverlaps } from '@/storage/tracking/attribution';
import { unionMs } from '@/storage/tracking/intervals';
import { makeSession } from './support/session-rows';

const kinds = ['input', 'media', 'background-audio', 'manual'] as const;
const sessionArb = fc
  .record({
    start: fc.integer({ min: 0, max: 200 }),
    length: fc.integer({ min: 1, max: 60 }),
    kind: fc.constantFrom(...kinds),
  })
  .map(
    ({ start, length, kind }): SessionRow =>
      makeSession({ start: start * 1000, end: (start + length) * 1000, kind }),
  );

describe('attributedMs', () => {
  it('gives each session exactly what attributeOverlaps over all sessions gives it (property)', () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { maxLength: 30 }), (unsorted) => {
        const sessions = [...unsorted].sort((a, b) => a.start - b.start);
        const expected = new Map<SessionRow, number>();
        for (const piece of attributeOverlaps(sessions)) {
          expected.set(piece.session, (expected.get(piece.session) ?? 0) + piece.end - piece.start);
        }
        const ms = attributedMs(sessions);
        expect(ms).toEqual(sessions.map((session) => expected.get(session) ?? 0));
        expect(ms.reduce((a, b) => a + b, 0)).toBe(unionMs(sessions));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the overlap of two tabs to the focused one with input', () => {
    const media = makeSession({ start: 0, end: 60_000, kind: 'media' });
    const input = makeSession({ start: 30_000, end: 90_000, kind: 'input' });
    expect(attributedMs([media, input])).toEqual([30_000, 60_000]);
  });

  it('keeps touching sessions whole', () => {
    const a = makeSession({ start: 0, end: 60_000 });
    const b = makeSession({ start: 60_000, end: 120_000 });
    expect(attributedMs([a, b])).toEqual([60_000, 60_000]);
  });
});
