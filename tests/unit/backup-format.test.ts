import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { backupFileName } from '@/storage/backup/backup-file-name';
import { canonicalJson } from '@/storage/backup/canonical-json';
import { createBackup, serializeBackup } from '@/storage/backup/create-backup';
import { parseBackupText } from '@/storage/backup/parse-backup-text';
import { sha256Hex } from '@/storage/backup/sha256';
import { backupSchema } from '@/storage/schemas/backup';
import { NOW, sampleData } from './support/backup-data';

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('gives the same text for the same data written in any key order', () => {
    expect(canonicalJson({ x: 1, y: [1, 2], z: 'z' })).toBe(canonicalJson({ z: 'z', y: [1, 2], x: 1 }));
  });

  it('drops undefined fields like JSON does', () => {
    expect(canonicalJson({ a: 1, rating: undefined })).toBe('{"a":1}');
  });

  it('keeps a "__proto__" key from a parsed file as plain data', () => {
    const parsed = JSON.parse('{"__proto__":{"polluted":true},"a":1}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"polluted":true},"a":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vector for "abc"', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes the UTF-8 bytes of Chinese text, as Node’s own hash does', async () => {
    expect(await sha256Hex('学迹 📚')).toBe(createHash('sha256').update('学迹 📚', 'utf8').digest('hex'));
  });
});

describe('createBackup', () => {
  it('writes the header, counts and the data as given', async () => {
    const data = sampleData();
    const backup = await createBackup(data, { appVersion: '0.1.0', now: NOW });
    expect(backup).toMatchObject({
      kind: 'studytrail.backup',
      schemaVersion: 2,
      appVersion: '0.1.0',
      exportedAt: '2026-04-20T08:30:00.000Z',
      counts: { sessions: 4, reflections: 2, plans: 0 },
      // Format version 2 always carries its plans, an empty list when there are none.
      data: { ...data, plans: [] },
    });
    expect(backup.sha256).toBe(await sha256Hex(canonicalJson({ ...data, plans: [] })));
  });

  it('is valid by its own schema', async () => {
    const backup = await createBackup(sampleData(), { appVersion: '0.1.0', now: NOW });
    expect(backupSchema.safeParse(backup).success).toBe(true);
  });

  it('has a stable checksum: the same data in another key order hashes the same', async () => {
    const data = sampleData();
    const reordered = {
      settings: data.settings,
      reflections: data.reflections.map((row) => Object.fromEntries(Object.entries(row).reverse())),
      sessions: data.sessions.map((row) => Object.fromEntries(Object.entries(row).reverse())),
    } as typeof data;
    const a = await createBackup(data, { appVersion: '0.1.0', now: NOW });
    const b = await createBackup(reordered, { appVersion: '0.2.0', now: NOW + 1 });
    expect(b.sha256).toBe(a.sha256);
  });

  it('changes the checksum when any value changes', async () => {
    const data = sampleData();
    const a = await createBackup(data, { appVersion: '0.1.0', now: NOW });
    const edited = structuredClone(data);
    if (edited.sessions[0]) edited.sessions[0].end += 1;
    expect((await createBackup(edited, { appVersion: '0.1.0', now: NOW })).sha256).not.toBe(a.sha256);
  });

  it('backs up an empty extension', async () => {
    const backup = await createBackup(
      { sessions: [], reflections: [], settings: sampleData().settings },
      { appVersion: '0.1.0', now: NOW },
    );
    expect(backup.counts).toEqual({ sessions: 0, reflections: 0, plans: 0 });
    const parsed = await parseBackupText(serializeBackup(backup));
    expect(parsed.ok).toBe(true);
  });
});

describe('serializeBackup and parseBackupText', () => {
  it('read back exactly what was written', async () => {
    const backup = await createBackup(sampleData(), { appVersion: '0.1.0', now: NOW });
    const parsed = await parseBackupText(serializeBackup(backup));
    expect(parsed).toEqual({ ok: true, backup });
  });

  it('the file starts with its kind so a person can tell what it is', async () => {
    const text = serializeBackup(await createBackup(sampleData(), { appVersion: '0.1.0', now: NOW }));
    expect(text.startsWith('{\n  "kind": "studytrail.backup",\n  "schemaVersion": 2,')).toBe(true);
  });

  it('a byte order mark added by an editor does not matter', async () => {
    const text = serializeBackup(await createBackup(sampleData(), { appVersion: '0.1.0', now: NOW }));
    expect((await parseBackupText(`\uFEFF${text}`)).ok).toBe(true);
  });

  it('re-indenting the file (whitespace only) keeps it valid', async () => {
    const text = serializeBackup(await createBackup(sampleData(), { appVersion: '0.1.0', now: NOW }));
    expect((await parseBackupText(JSON.stringify(JSON.parse(text)))).ok).toBe(true);
    expect((await parseBackupText(JSON.stringify(JSON.parse(text), null, '\t'))).ok).toBe(true);
  });
});

describe('backupFileName', () => {
  it('names the file by the local day of the export', () => {
    // 2026-04-20 23:30 UTC is already the 21st in Shanghai.
    expect(backupFileName(Date.UTC(2026, 3, 20, 23, 30), 'Asia/Shanghai')).toBe(
      'studytrail-backup-2026-04-21.json',
    );
    expect(backupFileName(Date.UTC(2026, 3, 20, 23, 30), 'UTC')).toBe('studytrail-backup-2026-04-20.json');
  });
});
