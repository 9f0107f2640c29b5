import { describe, expect, it } from 'vitest';
import { parseDataReply } from '@/entrypoints/dashboard/data-reply';
import type { BackupFileErrorCode } from '@/storage/backup/backup-error';
import { backupErrorMessage } from '@/storage/backup/error-message';
import { parseBackupText } from '@/storage/backup/parse-backup-text';
import { DAY_MS, EARLIEST_TIME_MS, MAX_SESSION_MS, sessionRowSchema } from '@/storage/schemas/rows';
import { backupText, editedText, MIN, NOW, sampleData } from './support/backup-data';
import { makeSession } from './support/session-rows';

/** The sample backup is exported at NOW; restoring happens a week later. */
const RESTORE_AT = NOW + 7 * DAY_MS;
/** The first ms of the year 10000: a five-digit year that `toISOString` writes as `+010000-…`. */
const YEAR_10000 = Date.UTC(10000, 0, 1);

// biome-ignore lint/suspicious/noExplicitAny: tests edit the parsed file freely.
type Edit = (file: Record<string, any>) => void;

async function refusal(edit: Edit): Promise<{ code: BackupFileErrorCode; detail?: string } | undefined> {
  const result = await parseBackupText(await editedText(edit), { now: RESTORE_AT });
  return result.ok ? undefined : result.error;
}

describe('restore refuses absurd times, naming the field', () => {
  it.each<[string, Edit, BackupFileErrorCode, string]>([
    [
      'a session ending in 9999',
      (f) => {
        f.data.sessions[0].end = Date.UTC(9999, 0, 1);
      },
      'time-out-of-range',
      'data.sessions[0].end',
    ],
    [
      'a session in a five-digit year',
      (f) => {
        f.data.sessions[0].start = YEAR_10000;
        f.data.sessions[0].end = YEAR_10000 + MIN;
      },
      'time-out-of-range',
      'data.sessions[0].start',
    ],
    [
      'a session starting in 1999',
      (f) => {
        f.data.sessions[0].start = EARLIEST_TIME_MS - MIN;
      },
      'time-out-of-range',
      'data.sessions[0].start',
    ],
    [
      'a session starting at epoch 0',
      (f) => {
        f.data.sessions[1].start = 0;
        f.data.sessions[1].end = 0;
      },
      'time-out-of-range',
      'data.sessions[1].start',
    ],
    [
      'a session ending two days after the export',
      (f) => {
        f.data.sessions[0].end = NOW + 2 * DAY_MS;
        f.data.sessions[0].start = NOW + 2 * DAY_MS - MIN;
      },
      'time-out-of-range',
      'data.sessions[0].start',
    ],
    [
      'a session 24 h and one ms long',
      (f) => {
        f.data.sessions[0].end = f.data.sessions[0].start + MAX_SESSION_MS + 1;
      },
      'session-too-long',
      'data.sessions[0].end',
    ],
    [
      'a reflection created in 9999',
      (f) => {
        f.data.reflections[0].createdAt = Date.UTC(9999, 0, 1);
      },
      'time-out-of-range',
      'data.reflections[0].createdAt',
    ],
    [
      'a reflection updated before 2000',
      (f) => {
        f.data.reflections[1].updatedAt = Date.UTC(1999, 11, 31);
      },
      'time-out-of-range',
      'data.reflections[1].updatedAt',
    ],
    [
      'a reflection updated a week after the export',
      (f) => {
        f.data.reflections[1].updatedAt = NOW + 7 * DAY_MS;
      },
      'time-out-of-range',
      'data.reflections[1].updatedAt',
    ],
  ])('%s', async (_, edit, code, detail) => {
    expect(await refusal(edit)).toEqual({ code, detail });
  });

  it('a file claiming to be exported more than a day from now is refused as a whole', async () => {
    const error = await refusal((f) => {
      f.exportedAt = new Date(RESTORE_AT + 2 * DAY_MS).toISOString();
    });
    expect(error).toEqual({ code: 'time-out-of-range', detail: 'exportedAt' });
  });

  it('a file exported in a five-digit year cannot lift the bound for its rows', async () => {
    const error = await refusal((f) => {
      f.exportedAt = '+010000-01-01T00:00:00.000Z';
      f.data.sessions[0].end = YEAR_10000;
    });
    expect(error?.code).toMatch(/invalid-field|time-out-of-range/);
  });
});

describe('restore accepts the edges of the bounds', () => {
  it.each<[string, Edit]>([
    [
      'a session exactly 24 h long',
      (f) => {
        f.data.sessions[0].end = f.data.sessions[0].start + MAX_SESSION_MS;
      },
    ],
    [
      'a session ending exactly a day after the export (clocks differ between machines)',
      (f) => {
        f.data.sessions[0].start = NOW + DAY_MS - MIN;
        f.data.sessions[0].end = NOW + DAY_MS;
      },
    ],
    [
      'a session at 2000-01-01 00:00 UTC',
      (f) => {
        f.data.sessions[0].start = EARLIEST_TIME_MS;
        f.data.sessions[0].end = EARLIEST_TIME_MS + MIN;
      },
    ],
  ])('%s', async (_, edit) => {
    const result = await parseBackupText(await editedText(edit), { now: RESTORE_AT });
    expect(result.ok).toBe(true);
  });

  it('a file exported up to a day ahead of this machine (another clock) is accepted', async () => {
    const text = await editedText((f) => {
      f.exportedAt = new Date(NOW + DAY_MS).toISOString();
    });
    expect((await parseBackupText(text, { now: NOW })).ok).toBe(true);
  });

  it('the sample data itself is within the bounds', () => {
    for (const row of sampleData().sessions) expect(sessionRowSchema.safeParse(row).success).toBe(true);
  });
});

describe('the stored row schema', () => {
  it('refuses rows before 2000 and rows over a day long, whatever the reference time', () => {
    const ok = makeSession({ start: NOW, end: NOW + MIN });
    expect(sessionRowSchema.safeParse(ok).success).toBe(true);
    expect(sessionRowSchema.safeParse({ ...ok, start: 0 }).success).toBe(false);
    expect(sessionRowSchema.safeParse({ ...ok, end: NOW + DAY_MS + 1 }).success).toBe(false);
  });
});

describe('a backup of a session over a day long still restores', () => {
  it('is written as day-long pieces with the same total, and the file parses', async () => {
    const long = makeSession({ id: 'marathon', start: NOW - 3 * DAY_MS, end: NOW - DAY_MS + 5 * MIN });
    const data = { ...sampleData(), sessions: [long] };
    const text = await backupText(data);
    const result = await parseBackupText(text, { now: RESTORE_AT });
    if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.detail}`);
    const pieces = result.backup.data.sessions;
    expect(pieces.map((p) => p.id)).toEqual(['marathon', 'marathon~2', 'marathon~3']);
    expect(pieces.map((p) => p.end - p.start)).toEqual([DAY_MS, DAY_MS, 5 * MIN]);
    expect(pieces[0]?.start).toBe(long.start);
    expect(pieces.at(-1)?.end).toBe(long.end);
  });
});

describe('the dashboard shows a time refusal in the learner’s language', () => {
  it.each(['time-out-of-range', 'session-too-long'] as const)(
    '%s passes the reply check unchanged',
    (code) => {
      const reply = { ok: false, error: { code, detail: 'data.sessions[0].end' } };
      expect(parseDataReply(reply)).toEqual(reply);
      expect(backupErrorMessage(reply.error, 'zh_CN')).toContain('data.sessions[0].end');
      expect(backupErrorMessage(reply.error, 'en')).toContain('data.sessions[0].end');
    },
  );
});
