import { beforeEach, describe, expect, it } from 'vitest';
import { eraseLedger, importLedgerFiles, readLedger } from '@/storage/repositories/ledger';
import { jsonFile, makeSigner, signed, type TestSigner, weekDigest } from './support/ledger-digests';

const NOW = Date.parse('2026-11-24T08:00:00Z');
const W1 = '2026-11-02';
const ZHANG = { name: '张三', staffNumber: '1001', unit: '学生工作部' };

let alice: TestSigner;

beforeEach(async () => {
  await eraseLedger();
  alice ??= await makeSigner();
});

async function signedFile(name: string, options: Parameters<typeof weekDigest>[0]) {
  return jsonFile(name, await signed(weekDigest(options), alice));
}

describe('ledger import: the same person and week twice', () => {
  const older = { weekStart: W1, minutes: 40, learner: ZHANG, generatedAt: '2026-11-09T01:00:00.000Z' };
  const newer = { ...older, minutes: 90, generatedAt: '2026-11-10T01:00:00.000Z' };

  it('a newer file replaces the kept one, which becomes a duplicate naming it', async () => {
    await importLedgerFiles([await signedFile('old.json', older)], { now: NOW });
    await importLedgerFiles([await signedFile('new.json', newer)], { now: NOW });
    const data = await readLedger();
    const [first, second] = data.files;
    expect(first).toMatchObject({
      name: 'old.json',
      status: 'duplicate',
      reason: 'replaced-by-newer',
      otherFileId: second?.id,
    });
    expect(second).toMatchObject({ name: 'new.json', status: 'verified', otherFileId: first?.id });
    expect(data.weeks).toEqual([expect.objectContaining({ minutes: 90, fileId: second?.id })]);
  });

  it('an older file after a newer one, in the same import, is the duplicate; the same file twice says so', async () => {
    const newerFile = await signedFile('new.json', newer);
    await importLedgerFiles([newerFile, await signedFile('old.json', older), newerFile], { now: NOW });
    const data = await readLedger();
    expect(data.files.map((file) => [file.name, file.status, file.reason])).toEqual([
      ['new.json', 'verified', undefined],
      ['old.json', 'duplicate', 'older-than-kept'],
      ['new.json', 'duplicate', 'same-file'],
    ]);
    expect(data.weeks.map((week) => week.minutes)).toEqual([90]);
  });
});
