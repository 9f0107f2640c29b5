import { describe, expect, it } from 'vitest';
import { parseDataReply } from '@/entrypoints/dashboard/data-reply';

describe('parseDataReply', () => {
  it('passes a backup, a plan and a backup error through unchanged', () => {
    const plan = {
      sessions: { new: 1, updated: 0, unchanged: 2, removed: 0 },
      reflections: { new: 0, updated: 0, unchanged: 0, removed: 0 },
      settings: 'unchanged',
    };
    for (const reply of [
      { ok: true, text: '{}', fileName: 'studytrail-backup-2026-04-15.json' },
      { ok: true, plan },
      { ok: true },
      { ok: false, error: { code: 'checksum-mismatch' } },
      { ok: false, error: { code: 'invalid-field', detail: 'data.sessions[3].end' } },
    ]) {
      expect(parseDataReply(reply)).toEqual(reply);
    }
  });

  it.each([
    [undefined, 'no reply'],
    [{ ok: false, error: 'invalid-message' }, 'invalid-message'],
    [{ ok: false, error: 'not-from-extension-page' }, 'not-from-extension-page'],
    [{ ok: false, error: { code: 'made-up' } }, '{"ok":false,"error":{"code":"made-up"}}'],
    [{ ok: true, plan: { sessions: 3 } }, '{"ok":true,"plan":{"sessions":3}}'],
  ])('anything else (%j) becomes a write-failed error that says what came back', (raw, detail) => {
    expect(parseDataReply(raw)).toEqual({ ok: false, error: { code: 'write-failed', detail } });
  });
});
