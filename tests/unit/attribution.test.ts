import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionKind } from '@/storage/schemas/rows';
import { attributeOverlaps } from '@/storage/tracking/attribution';
import { unionMs } from '@/storage/tracking/intervals';

const s = (id: string, start: number, end: number, kind: SessionKind = 'media') => ({ id, start, end, kind });

describe('attributeOverlaps', () => {
  it('gives an overlap to the focused tab with input over a playing video', () => {
    const pieces = attributeOverlaps([s('video', 0, 100, 'media'), s('reading', 40, 60, 'input')]);
    expect(pieces.map((p) => [p.start, p.end, p.session.id])).toEqual([
      [0, 40, 'video'],
      [40, 60, 'reading'],
      [60, 100, 'video'],
    ]);
  });

  it('gives an overlap of equal kinds to the most recently started session', () => {
    const pieces = attributeOverlaps([s('first', 0, 100), s('second', 50, 150)]);
    expect(pieces.map((p) => [p.start, p.end, p.session.id])).toEqual([
      [0, 50, 'first'],
      [50, 150, 'second'],
    ]);
  });

  it('ranks background audio below visible media and manual time last', () => {
    const pieces = attributeOverlaps([s('manual', 0, 30, 'manual'), s('audio', 0, 30, 'background-audio')]);
    expect(pieces.map((p) => p.session.id)).toEqual(['audio']);
    const second = attributeOverlaps([s('audio', 0, 30, 'background-audio'), s('video', 10, 20, 'media')]);
    expect(second.map((p) => p.session.id)).toEqual(['audio', 'video', 'audio']);
  });

  it('keeps gaps between sessions out and ignores empty sessions', () => {
    const pieces = attributeOverlaps([s('a', 0, 10), s('empty', 20, 20), s('b', 30, 40)]);
    expect(pieces.map((p) => [p.start, p.end])).toEqual([
      [0, 10],
      [30, 40],
    ]);
  });

  it('always covers exactly the union, with pieces that never overlap (property)', () => {
    const kinds: SessionKind[] = ['input', 'media', 'background-audio', 'manual'];
    const session = fc
      .record({
        start: fc.integer({ min: 0, max: 10_000 }),
        length: fc.integer({ min: 0, max: 3_000 }),
        kind: fc.constantFrom(...kinds),
      })
      .map(({ start, length, kind }) => ({ start, end: start + length, kind }));
    fc.assert(
      fc.property(fc.array(session, { maxLength: 40 }), (raw) => {
        const sessions = raw.map((r, i) => ({ ...r, id: `s${i}` }));
        const pieces = attributeOverlaps(sessions);
        const total = pieces.reduce((sum, p) => sum + p.end - p.start, 0);
        expect(total).toBe(unionMs(sessions));
        pieces.slice(1).forEach((piece, i) => {
          expect(piece.start).toBeGreaterThanOrEqual(pieces[i]?.end ?? 0);
        });
        for (const piece of pieces) {
          expect(piece.start).toBeGreaterThanOrEqual(piece.session.start);
          expect(piece.end).toBeLessThanOrEqual(piece.session.end);
        }
      }),
    );
  });
});
