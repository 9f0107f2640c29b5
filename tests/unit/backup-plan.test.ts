import { describe, expect, it } from 'vitest';
import { planRestore, restoreChanges } from '@/storage/backup/plan-restore';
import { MIN, makeReflection, T0 } from './support/backup-data';
import { makeSession } from './support/session-rows';

/** This machine: five sessions and five reflections. */
const current = {
  sessions: [
    makeSession({ id: 'same', start: T0, end: T0 + 10 * MIN }),
    makeSession({ id: 'grown', start: T0, end: T0 + 10 * MIN }),
    makeSession({ id: 'retitled', start: T0, end: T0 + 10 * MIN }),
    makeSession({ id: 'longer-here', start: T0, end: T0 + 30 * MIN }),
    makeSession({ id: 'only-here', start: T0, end: T0 + 5 * MIN }),
  ],
  reflections: [
    makeReflection({ id: 'same' }),
    makeReflection({ id: 'edited-there', updatedAt: T0 }),
    makeReflection({ id: 'edited-here', updatedAt: T0 + 5 * MIN, learned: '本机较新' }),
    makeReflection({ id: 'tie', updatedAt: T0, learned: '本机' }),
    makeReflection({ id: 'only-here' }),
  ],
};

/** The file: the same ids with their changes, and new rows. */
const incoming = {
  sessions: [
    makeSession({ id: 'same', start: T0, end: T0 + 10 * MIN }),
    makeSession({ id: 'grown', start: T0, end: T0 + 20 * MIN }),
    makeSession({ id: 'retitled', start: T0, end: T0 + 10 * MIN, lessonTitle: '第二讲' }),
    makeSession({ id: 'longer-here', start: T0, end: T0 + 15 * MIN }),
    makeSession({ id: 'new-1', start: T0 + 60 * MIN, end: T0 + 70 * MIN }),
    makeSession({ id: 'new-2', start: T0 + 80 * MIN, end: T0 + 90 * MIN }),
  ],
  reflections: [
    makeReflection({ id: 'same' }),
    makeReflection({ id: 'edited-there', updatedAt: T0 + MIN, learned: '文件较新' }),
    makeReflection({ id: 'edited-here', updatedAt: T0, learned: '文件较旧' }),
    makeReflection({ id: 'tie', updatedAt: T0, learned: '文件' }),
    makeReflection({ id: 'new' }),
  ],
};

describe('planRestore merge', () => {
  it('counts new, updated and unchanged rows exactly and removes nothing', () => {
    expect(planRestore(current, incoming, 'merge')).toEqual({
      // updated: grown (later end), retitled (same end: the file wins); unchanged: same, longer-here.
      sessions: { new: 2, updated: 2, unchanged: 2, removed: 0 },
      // updated: edited-there; unchanged: same, edited-here (newer here), tie (local copy stays).
      reflections: { new: 1, updated: 1, unchanged: 3, removed: 0 },
      plans: { new: 0, updated: 0, unchanged: 0, removed: 0 },
      settings: 'unchanged',
    });
  });

  it('writes the new and winning rows only, and deletes nothing', () => {
    const changes = restoreChanges(current, incoming, 'merge');
    expect(changes.sessions.put.map((row) => row.id)).toEqual(['grown', 'retitled', 'new-1', 'new-2']);
    expect(changes.reflections.put.map((row) => row.id)).toEqual(['edited-there', 'new']);
    expect(changes.sessions.remove).toEqual([]);
    expect(changes.reflections.remove).toEqual([]);
  });

  it('never shortens a session: a copy with an earlier end loses', () => {
    const changes = restoreChanges(current, incoming, 'merge');
    expect(changes.sessions.put.find((row) => row.id === 'longer-here')).toBeUndefined();
  });

  it('merging a file into an empty extension adds everything', () => {
    expect(planRestore({ sessions: [], reflections: [] }, incoming, 'merge')).toEqual({
      sessions: { new: 6, updated: 0, unchanged: 0, removed: 0 },
      reflections: { new: 5, updated: 0, unchanged: 0, removed: 0 },
      plans: { new: 0, updated: 0, unchanged: 0, removed: 0 },
      settings: 'unchanged',
    });
  });

  it('merging a file into itself changes nothing', () => {
    expect(planRestore(incoming, incoming, 'merge')).toEqual({
      sessions: { new: 0, updated: 0, unchanged: 6, removed: 0 },
      reflections: { new: 0, updated: 0, unchanged: 5, removed: 0 },
      plans: { new: 0, updated: 0, unchanged: 0, removed: 0 },
      settings: 'unchanged',
    });
  });

  it('a row differing only by an undefined optional field counts as unchanged', () => {
    const withUndefined = { ...makeReflection({ id: 'x' }), rating: undefined };
    expect(
      planRestore(
        { sessions: [], reflections: [withUndefined] },
        { sessions: [], reflections: [makeReflection({ id: 'x' })] },
        'merge',
      ).reflections,
    ).toEqual({ new: 0, updated: 0, unchanged: 1, removed: 0 });
  });
});

describe('planRestore replace', () => {
  it('every differing row is updated whatever its time, rows not in the file are removed, settings replaced', () => {
    expect(planRestore(current, incoming, 'replace')).toEqual({
      sessions: { new: 2, updated: 3, unchanged: 1, removed: 1 },
      reflections: { new: 1, updated: 3, unchanged: 1, removed: 1 },
      plans: { new: 0, updated: 0, unchanged: 0, removed: 0 },
      settings: 'replaced',
    });
  });

  it('the writes turn the current rows into exactly the file’s rows', () => {
    const changes = restoreChanges(current, incoming, 'replace');
    const apply = <Row extends { id: string }>(rows: Row[], put: Row[], remove: string[]) => {
      const table = new Map(rows.map((row) => [row.id, row]));
      for (const id of remove) table.delete(id);
      for (const row of put) table.set(row.id, row);
      return [...table.values()].sort((a, b) => a.id.localeCompare(b.id));
    };
    const sorted = <Row extends { id: string }>(rows: Row[]) =>
      [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(apply(current.sessions, changes.sessions.put, changes.sessions.remove)).toEqual(
      sorted(incoming.sessions),
    );
    expect(apply(current.reflections, changes.reflections.put, changes.reflections.remove)).toEqual(
      sorted(incoming.reflections),
    );
  });

  it('replacing with an empty file removes everything', () => {
    expect(planRestore(current, { sessions: [], reflections: [] }, 'replace')).toMatchObject({
      sessions: { new: 0, updated: 0, unchanged: 0, removed: 5 },
      reflections: { new: 0, updated: 0, unchanged: 0, removed: 5 },
    });
  });
});
