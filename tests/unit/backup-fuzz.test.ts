import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackupFileErrorCode } from '@/storage/backup/backup-error';
import { canonicalJson } from '@/storage/backup/canonical-json';
import { extensionSettingsStore } from '@/storage/backup/extension-settings-store';
import { parseBackupText } from '@/storage/backup/parse-backup-text';
import { type RestoreMode, restoreChanges } from '@/storage/backup/plan-restore';
import { sha256Hex } from '@/storage/backup/sha256';
import { applyRestore, readEverything } from '@/storage/repositories/backup';
import { backupText, byId, dump, otherData, seed } from './support/backup-data';

/*
 * Property: whatever happens to a valid backup file, importing it either is refused with a known code and
 * changes nothing, or (the file is still a valid backup) applies completely. Never a throw, never half.
 */

const KNOWN: BackupFileErrorCode[] = [
  'too-large',
  'not-json',
  'truncated',
  'wrong-kind',
  'newer-version',
  'checksum-mismatch',
  'duplicate-ids',
  'invalid-field',
  'count-mismatch',
];

let valid = '';
beforeAll(async () => {
  valid = await backupText();
});
beforeEach(() => {
  fakeBrowser.reset();
});

/** Imports `text` over `otherData()` and checks the all-or-nothing property. */
async function checkImport(text: string, mode: RestoreMode): Promise<void> {
  await seed(otherData());
  const before = await dump();
  const parsed = await parseBackupText(text);
  if (!parsed.ok) {
    expect(KNOWN).toContain(parsed.error.code);
    expect(await dump()).toEqual(before);
    return;
  }
  const incoming = parsed.backup.data;
  const result = await applyRestore(incoming, mode, extensionSettingsStore);
  expect(result.ok).toBe(true);
  const after = await readEverything(extensionSettingsStore);
  if (mode === 'replace') {
    expect(after).toEqual({
      sessions: byId(incoming.sessions),
      reflections: byId(incoming.reflections),
      settings: incoming.settings,
    });
  } else {
    // Every planned write landed, every other row is as it was, the settings stayed.
    const changes = restoreChanges(before, incoming, mode);
    const expected = <Row extends { id: string }>(rows: Row[], put: Row[]) =>
      byId([...new Map([...rows, ...put].map((row) => [row.id, row])).values()]);
    expect(JSON.parse(JSON.stringify(after.sessions))).toEqual(
      JSON.parse(JSON.stringify(expected(before.sessions, changes.sessions.put))),
    );
    expect(JSON.parse(JSON.stringify(after.reflections))).toEqual(
      JSON.parse(JSON.stringify(expected(before.reflections, changes.reflections.put))),
    );
    expect(await dump().then((d) => d.storage)).toEqual(before.storage);
  }
}

const edit = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.constantFrom(' ', '\n', '"', '\\', ',', '{', ']', '0', '学', '\u0000'),
    ),
  }),
  fc.record({
    op: fc.constant('replace' as const),
    at: fc.nat(),
    text: fc.string({ minLength: 1, maxLength: 2 }),
  }),
);

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(text: string, change: ValueOf<typeof edit>): string {
  const at = change.at % (text.length + 1);
  if (change.op === 'delete') return text.slice(0, at) + text.slice(at + change.length);
  if (change.op === 'insert') return text.slice(0, at) + change.text + text.slice(at);
  return text.slice(0, at) + change.text + text.slice(at + change.text.length);
}

/** Every path to a value in a JSON document: ['data', 'sessions', 0, 'end'], … */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, index) => paths(item, [...prefix, index]))];
  if (value !== null && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))];
  }
  return here;
}

const jsonEdit = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('set', 'delete', 'copy-sibling'),
  value: fc.jsonValue({ maxDepth: 2 }),
  rehash: fc.boolean(),
  recount: fc.boolean(),
});

/** Changes one field of the parsed file; with `rehash` (and `recount`) the edit reaches the deeper checks. */
async function applyJsonEdit(change: ValueOf<typeof jsonEdit>): Promise<string> {
  const file = JSON.parse(valid);
  const all = paths(file);
  const path = all[change.pick % all.length] ?? ['kind'];
  const key = path[path.length - 1] as string | number;
  const parent = path.slice(0, -1).reduce((node, step) => node[step], file);
  if (change.op === 'set') parent[key] = change.value;
  else if (change.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else {
    const siblings = Array.isArray(parent) ? parent : Object.values(parent);
    parent[key] = structuredClone(siblings[(Number(key) + 1) % siblings.length] ?? null);
  }
  if (
    change.recount &&
    file.data &&
    Array.isArray(file.data.sessions) &&
    Array.isArray(file.data.reflections)
  ) {
    file.counts = { sessions: file.data.sessions.length, reflections: file.data.reflections.length };
  }
  if (change.rehash) file.sha256 = await sha256Hex(canonicalJson(file.data));
  return JSON.stringify(file, null, 2);
}

const mode = fc.constantFrom<RestoreMode>('replace', 'merge');

describe('importing a mutated backup', () => {
  it('character deletions, insertions and replacements: refused with a known code and nothing changed, or applied whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), mode, async (edits, restoreMode) => {
        await checkImport(edits.reduce(applyEdit, valid), restoreMode);
      }),
      { numRuns: 300 },
    );
  });

  it('JSON-level edits of random fields: refused with a known code and nothing changed, or applied whole', async () => {
    await fc.assert(
      fc.asyncProperty(jsonEdit, mode, async (change, restoreMode) => {
        await checkImport(await applyJsonEdit(change), restoreMode);
      }),
      { numRuns: 300 },
    );
  });

  it('the property holds for the unmutated file too (it applies)', async () => {
    await checkImport(valid, 'replace');
    expect((await parseBackupText(valid)).ok).toBe(true);
  });
});
