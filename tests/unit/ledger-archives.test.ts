import { zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { LEDGER_LIMITS } from '@/storage/ledger/limits';
import { eraseLedger, importLedgerFiles, readLedger } from '@/storage/repositories/ledger';
import { inputFile, makeSigner, signed, type TestSigner, weekDigest } from './support/ledger-digests';

const NOW = Date.parse('2026-11-24T08:00:00Z');
const W1 = '2026-11-02';
const W2 = '2026-11-09';
const ZHANG = { name: '张三', staffNumber: '1001', unit: '学生工作部' };

let alice: TestSigner;

beforeEach(async () => {
  await eraseLedger();
  alice ??= await makeSigner();
});

describe('ledger import: archives', () => {
  const enc = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

  it('reads every digest in a .zip, skips desktop noise, refuses other files in it', async () => {
    const zip = zipSync({
      'week1/zhang.json': enc(
        await signed(weekDigest({ weekStart: W1, minutes: 10, learner: ZHANG }), alice),
      ),
      'week2/zhang.json': enc(
        await signed(weekDigest({ weekStart: W2, minutes: 20, learner: ZHANG }), alice),
      ),
      '__MACOSX/._zhang.json': new Uint8Array([0, 1]),
      'notes.txt': new TextEncoder().encode('hello'),
    });
    const summary = await importLedgerFiles([inputFile('digests.zip', zip)], { now: NOW });
    expect(summary.byStatus).toMatchObject({ verified: 2, invalid: 1 });
    const data = await readLedger();
    expect(data.files.map((file) => file.name)).toEqual([
      'digests.zip/week1/zhang.json',
      'digests.zip/week2/zhang.json',
      'digests.zip/notes.txt',
    ]);
    expect(data.weeks.map((week) => week.minutes).sort()).toEqual([10, 20]);
  });

  it('a zip bomb (more inflated bytes than the limit) is refused whole: one status, no week', async () => {
    const good = enc(await signed(weekDigest({ weekStart: W1, minutes: 10, learner: ZHANG }), alice));
    const zeros = new Uint8Array(3 * 2 ** 20);
    const bomb = zipSync({ 'a.json': good, 'b.json': zeros, 'c.json': zeros }, { level: 9 });
    expect(bomb.length).toBeLessThan(30_000);
    const limits = { ...LEDGER_LIMITS, archiveUncompressedBytes: 4 * 2 ** 20 };
    await importLedgerFiles([inputFile('bomb.zip', bomb)], { now: NOW, limits });
    const data = await readLedger();
    expect(data.files.map((file) => [file.name, file.status, file.reason])).toEqual([
      ['bomb.zip', 'invalid', 'archive-too-large'],
    ]);
    expect(data.weeks).toEqual([]);
    expect(data.persons).toEqual([]);
  });

  it('an archive with more entries than the limit is refused whole', async () => {
    const entries = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`${i}.json`, enc({})]));
    await importLedgerFiles([inputFile('many.zip', zipSync(entries))], {
      now: NOW,
      limits: { ...LEDGER_LIMITS, archiveEntries: 10 },
    });
    expect((await readLedger()).files.map((file) => [file.status, file.reason])).toEqual([
      ['invalid', 'archive-too-many-files'],
    ]);
  });

  it('a file that is not a zip but named .zip is unreadable, not a crash', async () => {
    await importLedgerFiles([inputFile('fake.zip', 'not a zip at all')], { now: NOW });
    expect((await readLedger()).files.map((file) => [file.status, file.reason])).toEqual([
      ['invalid', 'archive-unreadable'],
    ]);
  });
});
