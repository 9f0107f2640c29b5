import { afterEach, describe, expect, it, vi } from 'vitest';
import { isTruncatedJson } from '@/storage/backup/json-failure';
import { DEFAULT_MAX_BACKUP_BYTES, parseBackupText } from '@/storage/backup/parse-backup-text';
import { exceedsUtf8Bytes } from '@/storage/backup/text-size';
import { backupText, editedText, sampleData } from './support/backup-data';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The error code and detail of a refused text, or 'ok'. */
async function outcome(text: string, options?: { maxBytes?: number }) {
  const result = await parseBackupText(text, options);
  return result.ok ? 'ok' : result.error;
}

describe('parseBackupText accepts', () => {
  it('a file written by createBackup', async () => {
    expect(await outcome(await backupText())).toBe('ok');
  });

  it('settings with an out-of-range field, which falls back to its default like stored settings', async () => {
    const text = await editedText((file) => {
      file.data.settings.idleSeconds = 'often';
    });
    const result = await parseBackupText(text);
    expect(result.ok && result.backup.data.settings.idleSeconds).toBe(180);
    expect(result.ok && result.backup.data.settings.weeklyGoalMinutes).toBe(240);
  });
});

describe('parseBackupText refuses', () => {
  it('a file over 50 MiB as too-large, without parsing it', async () => {
    const valid = await backupText();
    const huge = valid + ' '.repeat(DEFAULT_MAX_BACKUP_BYTES + 1 - valid.length);
    const parse = vi.spyOn(JSON, 'parse');
    expect(await outcome(huge)).toEqual({ code: 'too-large', detail: '50.0' });
    expect(parse).not.toHaveBeenCalled();
  });

  it('a file whose UTF-8 size is over the limit though it has fewer characters', async () => {
    expect(await outcome('"学习学习学习"', { maxBytes: 10 })).toMatchObject({ code: 'too-large' });
    expect(exceedsUtf8Bytes('学'.repeat(4), 11)).toBe(true);
    expect(exceedsUtf8Bytes('学'.repeat(4), 12)).toBe(false);
    expect(exceedsUtf8Bytes('📚', 3)).toBe(true);
    expect(exceedsUtf8Bytes('📚', 4)).toBe(false);
  });

  it.each([
    ['plain text', '这不是 JSON'],
    ['an empty file', ''],
    ['whitespace', '  \n '],
    ['a CSV export', 'date,minutes\n2026-04-15,25\n'],
    ['JSON with garbage after it', '{"kind":"studytrail.backup"} trailing'],
  ])('%s as not-json', async (_, text) => {
    expect(await outcome(text)).toMatchObject({ code: 'not-json' });
  });

  it('a valid file cut in half as truncated', async () => {
    const text = await backupText();
    expect(await outcome(text.slice(0, Math.floor(text.length / 2)))).toMatchObject({ code: 'truncated' });
  });

  it('a valid file cut at any point as truncated, never as not-json', async () => {
    const text = (await backupText()).trimEnd();
    const codes = new Set<string>();
    for (let cut = 1; cut < text.length; cut += 1) {
      const result = await parseBackupText(text.slice(0, cut));
      codes.add(result.ok ? 'ok' : result.error.code);
    }
    expect([...codes]).toEqual(['truncated']);
  });

  it.each([
    ['a digest', { kind: 'studytrail.digest', schemaVersion: 1 }],
    ['a snapshot', { kind: 'studytrail.snapshot', schemaVersion: 1 }],
    ['an object without kind', { sessions: [] }],
    ['an array', []],
    ['a number', 42],
    ['null', null],
  ])('%s as wrong-kind', async (_, value) => {
    expect(await outcome(JSON.stringify(value))).toMatchObject({ code: 'wrong-kind' });
  });

  it('a file of a newer backup format as newer-version, naming the version', async () => {
    const text = await editedText((file) => {
      file.schemaVersion = 3;
    });
    expect(await outcome(text)).toEqual({ code: 'newer-version', detail: '3' });
  });

  it.each([0, -1, 1.5, '1', null])('schemaVersion %j as invalid-field', async (version) => {
    const text = await editedText((file) => {
      file.schemaVersion = version;
    });
    expect(await outcome(text)).toEqual({ code: 'invalid-field', detail: 'schemaVersion' });
  });

  it('one field edited without updating the hash as checksum-mismatch', async () => {
    const text = await editedText(
      (file) => {
        file.data.sessions[0].end += 60_000;
      },
      { rehash: false },
    );
    expect(await outcome(text)).toEqual({ code: 'checksum-mismatch' });
  });

  it('a row added by hand, counts updated but not the hash, as checksum-mismatch', async () => {
    const text = await editedText(
      (file) => {
        file.data.sessions.push({ ...file.data.sessions[0], id: 'added' });
        file.counts.sessions += 1;
      },
      { rehash: false },
    );
    expect(await outcome(text)).toEqual({ code: 'checksum-mismatch' });
  });

  it('a missing or malformed checksum as invalid-field', async () => {
    const missing = await editedText((file) => delete file.sha256, { rehash: false });
    expect(await outcome(missing)).toEqual({ code: 'invalid-field', detail: 'sha256' });
    const upper = await editedText(
      (file) => {
        file.sha256 = String(file.sha256).toUpperCase();
      },
      { rehash: false },
    );
    expect(await outcome(upper)).toEqual({ code: 'invalid-field', detail: 'sha256' });
  });

  it('a session id used twice as duplicate-ids, naming the id', async () => {
    const text = await editedText((file) => {
      file.data.sessions[2].id = file.data.sessions[0].id;
    });
    expect(await outcome(text)).toEqual({ code: 'duplicate-ids', detail: 's-1' });
  });

  it('a reflection id used twice as duplicate-ids', async () => {
    const text = await editedText((file) => {
      file.data.reflections[1].id = 'r-1';
    });
    expect(await outcome(text)).toEqual({ code: 'duplicate-ids', detail: 'r-1' });
  });

  it('but accepts a session and a reflection that share an id (different tables)', async () => {
    const text = await editedText((file) => {
      file.data.reflections[0].id = 's-1';
    });
    expect(await outcome(text)).toBe('ok');
  });

  it('a session that ends before it starts as invalid-field at its end', async () => {
    const text = await editedText((file) => {
      file.data.sessions[3].end = file.data.sessions[3].start - 1;
    });
    expect(await outcome(text)).toEqual({ code: 'invalid-field', detail: 'data.sessions[3].end' });
  });

  it('a rating of 9 as invalid-field at the rating', async () => {
    const text = await editedText((file) => {
      file.data.reflections[0].rating = 9;
    });
    expect(await outcome(text)).toEqual({ code: 'invalid-field', detail: 'data.reflections[0].rating' });
  });

  it('a reflection without 学 (learned) as invalid-field', async () => {
    const text = await editedText((file) => {
      delete file.data.reflections[1].learned;
    });
    expect(await outcome(text)).toEqual({ code: 'invalid-field', detail: 'data.reflections[1].learned' });
  });

  it('an unknown session kind as invalid-field', async () => {
    const text = await editedText((file) => {
      file.data.sessions[1].kind = 'guess';
    });
    expect(await outcome(text)).toEqual({ code: 'invalid-field', detail: 'data.sessions[1].kind' });
  });

  it('a fractional timestamp as invalid-field (timestamps are integer ms)', async () => {
    const text = await editedText((file) => {
      file.data.sessions[0].start += 0.5;
    });
    expect(await outcome(text)).toEqual({ code: 'invalid-field', detail: 'data.sessions[0].start' });
  });

  it('settings that are not an object as invalid-field', async () => {
    const text = await editedText((file) => {
      file.data.settings = [];
    });
    expect(await outcome(text)).toEqual({ code: 'invalid-field', detail: 'data.settings' });
  });

  it('a missing table as invalid-field', async () => {
    const text = await editedText((file) => {
      delete file.data.reflections;
    });
    expect(await outcome(text)).toEqual({ code: 'invalid-field', detail: 'data.reflections' });
  });

  it('an export time that is not ISO 8601 as invalid-field', async () => {
    const text = await editedText((file) => {
      file.exportedAt = '20.04.2026';
    });
    expect(await outcome(text)).toEqual({ code: 'invalid-field', detail: 'exportedAt' });
  });

  it('rows removed with the hash updated but not the counts as count-mismatch', async () => {
    const text = await editedText((file) => {
      file.data.sessions.pop();
    });
    expect(await outcome(text)).toEqual({ code: 'count-mismatch', detail: 'sessions' });
  });

  it('a reflection count that does not match as count-mismatch', async () => {
    const text = await editedText((file) => {
      file.counts.reflections = 3;
    });
    expect(await outcome(text)).toEqual({ code: 'count-mismatch', detail: 'reflections' });
  });

  it('data nested too deep to hash as invalid-field, without throwing', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const text = (await backupText()).replace('"data": {', `"data": {"deep": ${deep},`);
    expect(await outcome(text)).toEqual({ code: 'invalid-field', detail: 'data' });
  });
});

describe('isTruncatedJson with other engines’ messages', () => {
  it('SpiderMonkey: end of data is truncation', () => {
    const text = '{"a":';
    const error = new SyntaxError('JSON.parse: unexpected end of data at line 1 column 6 of the JSON data');
    expect(isTruncatedJson(text, error)).toBe(true);
  });

  it('SpiderMonkey: an error before the end, by line and column, is not truncation', () => {
    const text = '{\n  "a": x,\n  "b": 1\n}';
    const error = new SyntaxError('JSON.parse: unexpected character at line 2 column 8 of the JSON data');
    expect(isTruncatedJson(text, error)).toBe(false);
  });

  it('an engine without a position: open brackets at the end are truncation', () => {
    const error = new SyntaxError('JSON Parse error: Unexpected identifier "x"');
    expect(isTruncatedJson('{"a": [1, 2', error)).toBe(true);
    expect(isTruncatedJson('{"a": "x}"}', error)).toBe(false);
  });
});

it('sampleData is itself valid (guards the fixtures the tests above edit)', async () => {
  expect(sampleData().sessions).toHaveLength(4);
  expect(await outcome(await backupText())).toBe('ok');
});
