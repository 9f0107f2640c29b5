import { describe, expect, it } from 'vitest';
import { toSnapshot } from '@/storage/digest';
import { snapshotRequestSchema, unavailableReplySchema } from '@/storage/schemas/bridge';
import { readProgress, readProgressText } from '@/widget/read-progress';
import { DIGEST, SNAPSHOT } from './support/widget-data';

describe('readProgress', () => {
  it('takes a snapshot as it is', () => {
    expect(readProgress(SNAPSHOT)).toEqual(SNAPSHOT);
  });

  it("projects a digest exactly as toSnapshot(digest, 'minutes')", () => {
    expect(readProgress(DIGEST)).toEqual(toSnapshot(DIGEST, 'minutes'));
    expect(readProgress(JSON.parse(JSON.stringify(DIGEST)))).toEqual(toSnapshot(DIGEST, 'minutes'));
  });

  it('accepts digests of schema versions 1 to 3, and refuses unknown versions', () => {
    const projected = toSnapshot(DIGEST, 'minutes');
    expect(readProgress({ ...DIGEST, schemaVersion: 1 })).toEqual(projected);
    expect(readProgress({ ...DIGEST, schemaVersion: 2 })).toEqual(projected);
    expect(readProgress({ ...DIGEST, schemaVersion: 3 })).toEqual(projected);
    expect(readProgress({ ...DIGEST, schemaVersion: 4 })).toBeUndefined();
    expect(readProgress({ ...SNAPSHOT, schemaVersion: 2 })).toBeUndefined();
  });

  it('refuses what is not a snapshot or a digest', () => {
    for (const value of [null, 1, 'x', [], {}, { ...SNAPSHOT, kind: 'other' }, { ...DIGEST, perDay: null }]) {
      expect(readProgress(value)).toBeUndefined();
    }
    expect(readProgress({ ...SNAPSHOT, generatedAt: 'yesterday' })).toBeUndefined();
    expect(readProgress({ ...SNAPSHOT, courses: [{ title: 1, minutes: 2 }] })).toBeUndefined();
    expect(readProgress({ ...SNAPSHOT, topics: [{ topic: 'a', count: 0 }] })).toBeUndefined();
    expect(readProgressText('{')).toBeUndefined();
  });
});

describe('bridge schemas', () => {
  it('accept the protocol messages and refuse other namespaces, versions and ids', () => {
    const request = { ns: 'studytrail', v: 1, type: 'snapshot-request', id: 'a1b2' };
    expect(snapshotRequestSchema.safeParse(request).success).toBe(true);
    expect(snapshotRequestSchema.safeParse({ ...request, ns: 'x' }).success).toBe(false);
    expect(snapshotRequestSchema.safeParse({ ...request, v: 2 }).success).toBe(false);
    expect(snapshotRequestSchema.safeParse({ ...request, id: '' }).success).toBe(false);
    expect(snapshotRequestSchema.safeParse({ ...request, id: 'x'.repeat(65) }).success).toBe(false);
    const unavailable = { ns: 'studytrail', v: 1, type: 'unavailable', id: 'a1b2', reason: 'no-data' };
    expect(unavailableReplySchema.safeParse(unavailable).success).toBe(true);
    expect(unavailableReplySchema.safeParse({ ...unavailable, reason: 'later' }).success).toBe(false);
  });
});
