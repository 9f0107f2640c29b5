import { describe, expect, it } from 'vitest';
import type { BackupErrorCode } from '@/storage/backup/backup-error';
import { backupErrorMessage } from '@/storage/backup/error-message';

describe('backupErrorMessage', () => {
  const codes: BackupErrorCode[] = [
    'too-large',
    'not-json',
    'truncated',
    'wrong-kind',
    'newer-version',
    'checksum-mismatch',
    'duplicate-ids',
    'invalid-field',
    'time-out-of-range',
    'session-too-long',
    'count-mismatch',
    'storage-full',
    'write-failed',
  ];

  it.each(codes)('%s has its own message in Chinese and in English', (code) => {
    const zh = backupErrorMessage({ code, detail: 'X' }, 'zh_CN');
    const en = backupErrorMessage({ code, detail: 'X' }, 'en');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).toMatch(/^[\x20-\x7e]+$/);
    for (const other of codes.filter((c) => c !== code)) {
      expect(backupErrorMessage({ code: other, detail: 'X' }, 'zh_CN')).not.toBe(zh);
    }
  });

  it.each(codes)('%s says what to do next', (code) => {
    expect(backupErrorMessage({ code }, 'zh_CN')).toMatch(/请/);
    expect(backupErrorMessage({ code }, 'en')).toMatch(/\. (Choose|Use|Update|Export|Find|Free|Restart) /);
  });

  it('names the bad field, the repeated id and the version', () => {
    expect(backupErrorMessage({ code: 'invalid-field', detail: 'data.sessions[3].end' }, 'zh_CN')).toContain(
      'data.sessions[3].end',
    );
    expect(backupErrorMessage({ code: 'duplicate-ids', detail: 's-1' }, 'en')).toContain('(id s-1)');
    expect(backupErrorMessage({ code: 'newer-version', detail: '2' }, 'zh_CN')).toContain('备份格式 2');
    expect(
      backupErrorMessage({ code: 'time-out-of-range', detail: 'data.sessions[0].end' }, 'zh_CN'),
    ).toContain('字段 data.sessions[0].end 的时间超出范围');
    expect(backupErrorMessage({ code: 'session-too-long', detail: 'data.sessions[0].end' }, 'en')).toContain(
      'longer than 24 hours (field data.sessions[0].end)',
    );
  });

  it('a refused file says nothing was imported; a failed write says the records are unchanged', () => {
    expect(backupErrorMessage({ code: 'wrong-kind' }, 'zh_CN')).toBe(
      '这个文件不是学迹的备份文件（学习小结等其他导出文件不能用来恢复）。没有导入任何内容。请选择从学迹导出的 .json 备份。',
    );
    expect(backupErrorMessage({ code: 'storage-full' }, 'en')).toContain(
      'Your existing records were not changed.',
    );
  });
});
