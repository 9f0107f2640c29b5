import { beforeEach, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { decodeText } from '@/storage/ledger/roster/decode-text';
import { parseRoster } from '@/storage/ledger/roster/parse-roster';
import { eraseLedger, importLedgerFiles, importRoster, readLedger } from '@/storage/repositories/ledger';
import {
  inputFile,
  jsonFile,
  makeSigner,
  signed,
  type TestSigner,
  weekDigest,
} from './support/ledger-digests';

const NOW = Date.parse('2026-11-24T08:00:00Z');
const W1 = '2026-11-02';

/** "工号,姓名,单位\r\n1001,张三,学工部\r\n" as Excel's "CSV (逗号分隔)" writes it on Chinese Windows (GBK). */
const GBK_CSV = Uint8Array.from([
  0xb9, 0xa4, 0xba, 0xc5, 0x2c, 0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb5, 0xa5, 0xce, 0xbb, 0x0d, 0x0a, 0x31, 0x30,
  0x30, 0x31, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0xd1, 0xa7, 0xb9, 0xa4, 0xb2, 0xbf, 0x0d, 0x0a,
]);

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);

let signer: TestSigner;
beforeEach(async () => {
  await eraseLedger();
  signer ??= await makeSigner();
});

describe('roster parsing', () => {
  it('reads GBK CSV from Excel on Chinese Windows', async () => {
    expect(decodeText(GBK_CSV)).toEqual({ text: '工号,姓名,单位\r\n1001,张三,学工部\r\n', encoding: 'gbk' });
    expect(await parseRoster(inputFile('名单.csv', GBK_CSV))).toEqual({
      ok: true,
      rows: [{ row: 2, staffNo: '1001', name: '张三', unit: '学工部' }],
    });
  });

  it('reads UTF-8 with and without BOM, English headers, full-width staff numbers and a fingerprint', async () => {
    const text =
      'Staff number,Name,Unit,Fingerprint\n１００２,李四,心理中心,3F2A-9C01-77BE-04D1\n\n1003,王五,,\n';
    const expected = {
      ok: true,
      rows: [
        { row: 2, staffNo: '1002', name: '李四', unit: '心理中心', fingerprint: '3f2a 9c01 77be 04d1' },
        { row: 4, staffNo: '1003', name: '王五', unit: '' },
      ],
    };
    expect(await parseRoster(inputFile('r.csv', utf8(text)))).toEqual(expected);
    expect(await parseRoster(inputFile('r.csv', withBom(text)))).toEqual(expected);
    expect(decodeText(withBom('a')).encoding).toBe('utf-8');
  });

  it('reads an .xlsx roster whose staff numbers are numbers', async () => {
    const blob = await writeXlsxFile([
      ['工号', '姓名', '单位', '备注'],
      [20210001, '赵六', '经济学院', ''],
      ['20210002', '钱七', '法学院', 'x'],
    ]).toBlob();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(await parseRoster(inputFile('名单.xlsx', bytes))).toEqual({
      ok: true,
      rows: [
        { row: 2, staffNo: '20210001', name: '赵六', unit: '经济学院' },
        { row: 3, staffNo: '20210002', name: '钱七', unit: '法学院' },
      ],
    });
  });

  it('refuses duplicate staff numbers naming the rows, missing columns, bad fingerprints, an empty file', async () => {
    expect(
      await parseRoster(inputFile('d.csv', utf8('工号,姓名\n1001,张三\n1002,李四\n1001,张三三\n'))),
    ).toEqual({
      ok: false,
      error: 'duplicate-staff-no',
      duplicates: [{ staffNo: '1001', rows: [2, 4] }],
    });
    expect(await parseRoster(inputFile('m.csv', utf8('姓名,单位\n张三,学工部\n')))).toEqual({
      ok: false,
      error: 'missing-columns',
      missing: ['staffNo'],
    });
    expect(await parseRoster(inputFile('f.csv', utf8('工号,姓名,指纹\n1001,张三,not-a-key\n')))).toEqual({
      ok: false,
      error: 'bad-rows',
      rows: [{ row: 2, problem: 'bad-fingerprint' }],
    });
    expect(await parseRoster(inputFile('e.csv', utf8('')))).toEqual({ ok: false, error: 'empty' });
    expect(await parseRoster(inputFile('x.xlsx', utf8('not a workbook')))).toEqual({
      ok: false,
      error: 'unreadable',
    });
  });

  it('a refused roster changes nothing', async () => {
    await importRoster(inputFile('ok.csv', utf8('工号,姓名\n1001,张三\n')));
    const result = await importRoster(inputFile('dup.csv', utf8('工号,姓名\n2001,甲\n2001,乙\n')));
    expect(result.ok).toBe(false);
    expect((await readLedger()).persons.map((person) => person.id)).toEqual(['s:1001']);
  });

  it('keeps hostile names as plain text: control characters out, formula and markup characters kept', async () => {
    await importRoster(
      inputFile(
        'h.csv',
        utf8('工号,姓名,单位\n1001,"=HYPERLINK(""x"")",<img src=x onerror=alert(1)>\n1002,"a\u202eb",x\n'),
      ),
    );
    const persons = (await readLedger()).persons;
    expect(persons.map((person) => [person.name, person.unit])).toEqual([
      ['=HYPERLINK("x")', '<img src=x onerror=alert(1)>'],
      ['a b', 'x'],
    ]);
  });
});

describe('person matching against the roster', () => {
  const file = async (name: string, learner: Record<string, string>, other?: TestSigner) =>
    jsonFile(name, await signed(weekDigest({ weekStart: W1, minutes: 45, learner }), other ?? signer));

  it('by staff number (full-width too), then by a unique name, else unknown person', async () => {
    await importRoster(
      inputFile(
        'r.csv',
        utf8('工号,姓名,单位\n1001,张三,学工部\n1002,李四,团委\n1003,王五,团委\n1004,王五,学工部\n'),
      ),
    );
    await importLedgerFiles(
      [
        await file('staff.json', { staffNumber: '１００１', name: '张三丰' }),
        await file('name.json', { name: '李 四' }),
        await file('ambiguous.json', { name: '王五' }),
        await file('stranger.json', { staffNumber: '9999', name: '李四' }),
      ],
      { now: NOW },
    );
    const files = (await readLedger()).files;
    expect(files.map((row) => [row.name, row.status, row.personId ?? row.reason])).toEqual([
      ['staff.json', 'verified', 's:1001'],
      ['name.json', 'verified', 's:1002'],
      ['ambiguous.json', 'unknown-person', 'not-on-roster'],
      ['stranger.json', 'unknown-person', 'not-on-roster'],
    ]);
  });

  it('a fingerprint on the roster pins the key: a file signed with another key is new-key', async () => {
    const other = await makeSigner();
    await importLedgerFiles([await file('first.json', { staffNumber: '1001' })], { now: NOW });
    const pinned = (await readLedger()).persons[0]?.pinnedFingerprint ?? '';
    await eraseLedger();
    await importRoster(inputFile('r.csv', utf8(`工号,姓名,指纹\n1001,张三,${pinned}\n`)));
    await importLedgerFiles([await file('other-key.json', { staffNumber: '1001' }, other)], { now: NOW });
    const data = await readLedger();
    expect(data.persons[0]).toMatchObject({ pinnedFingerprint: pinned, pinnedBy: 'roster' });
    expect(data.files[0]?.status).toBe('new-key');
  });

  it('files of unknown people are matched again when a roster names them', async () => {
    await importRoster(inputFile('r.csv', utf8('工号,姓名\n1001,张三\n')));
    await importLedgerFiles([await file('late.json', { staffNumber: '1002', name: '李四' })], { now: NOW });
    expect((await readLedger()).files[0]?.status).toBe('unknown-person');
    const result = await importRoster(inputFile('r2.csv', utf8('工号,姓名\n1001,张三\n1002,李四\n')));
    expect(result).toEqual({ ok: true, people: 2, added: 1, updated: 1, rematched: 1 });
    const data = await readLedger();
    expect(data.files[0]).toMatchObject({ status: 'verified', personId: 's:1002' });
    expect(data.files[0]?.reason).toBeUndefined();
    expect(data.weeks.map((week) => week.personId)).toEqual(['s:1002']);
  });
});
