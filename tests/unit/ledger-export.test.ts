import { unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { beforeAll, describe, expect, it } from 'vitest';
import { ledgerCsv, ledgerHtml, ledgerXlsx } from '@/storage/ledger/export';
import type { LedgerData } from '@/storage/ledger/types';
import { eraseLedger, importLedgerFiles, importRoster, readLedger } from '@/storage/repositories/ledger';
import { inputFile, jsonFile, makeSigner, signed, weekDigest } from './support/ledger-digests';

const NOW = Date.parse('2026-11-24T08:00:00Z');
const W1 = '2026-11-02';
const W2 = '2026-11-09';
const HOSTILE_NAME = '=HYPERLINK("http://evil.example","x")';
const HOSTILE_TITLE = '@SUM(1+1)<script>alert(1)</script>';
const OPTIONS = { locale: 'zh_CN' as const, classHourMinutes: 45, weekStart: W2, now: NOW };

let data: LedgerData;

beforeAll(async () => {
  await eraseLedger();
  const roster = `工号,姓名,单位\n1001,张三,学工部\n1002,"${HOSTILE_NAME.replace(/"/g, '""')}",+团委\n1003,王五,心理中心\n`;
  await importRoster(inputFile('roster.csv', new TextEncoder().encode(roster)));
  const [a, b] = [await makeSigner(), await makeSigner()];
  const learner = (staffNumber: string) => ({ staffNumber });
  const cases = [
    { courseTitle: HOSTILE_TITLE, lessonTitle: '-1+2', topics: ['谈心谈话'], learned: '\tTAB 开头' },
  ];
  await importLedgerFiles(
    [
      jsonFile(
        '1.json',
        await signed(weekDigest({ weekStart: W1, minutes: 90, learner: learner('1001') }), a),
      ),
      jsonFile(
        '2.json',
        await signed(weekDigest({ weekStart: W2, minutes: 135.5, learner: learner('1001') }), a),
      ),
      jsonFile(
        '3.json',
        await signed(weekDigest({ weekStart: W1, minutes: 45, learner: learner('1002'), cases }), b),
      ),
    ],
    { now: NOW },
  );
  data = await readLedger();
});

describe('ledger .xlsx export, read back with a reader package', () => {
  it('has the four sheets with the right numbers, and hostile text as plain strings', async () => {
    const blob = await ledgerXlsx(data, OPTIONS);
    const sheets = await readXlsxFile(await blob.arrayBuffer(), { trim: false });
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['汇总', '每周', '未提交', '案例']);
    const [summary, weekly, missing, cases] = sheets.map((sheet) => sheet.data);
    expect(summary?.[0]?.slice(0, 6)).toEqual(['工号', '姓名', '单位', '已提交周数', '总分钟', '总学时']);
    expect(summary?.[1]?.slice(0, 6)).toEqual(['1001', '张三', '学工部', 2, 225.5, 5]);
    expect(summary?.[2]?.slice(0, 5)).toEqual(['1002', HOSTILE_NAME, '+团委', 1, 45]);
    expect(weekly?.[0]).toEqual(['工号', '姓名', '单位', `${W1}（分钟）`, `${W2}（分钟）`, '总分钟']);
    expect(weekly?.[1]).toEqual(['1001', '张三', '学工部', 90, 135.5, 225.5]);
    expect(weekly?.[3]).toEqual(['1003', '王五', '心理中心', null, null, 0]);
    expect(missing?.slice(1)).toEqual([
      ['1002', HOSTILE_NAME, '+团委', '未提交'],
      ['1003', '王五', '心理中心', '未提交'],
    ]);
    expect(cases?.[1]).toEqual([
      W1,
      '1002',
      HOSTILE_NAME,
      '+团委',
      HOSTILE_TITLE,
      '-1+2',
      '谈心谈话',
      ' TAB 开头',
    ]);
  });

  it('writes no formula at all: no <f> element in any sheet', async () => {
    const files = unzipSync(new Uint8Array(await (await ledgerXlsx(data, OPTIONS)).arrayBuffer()));
    const sheetXml = Object.entries(files).filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheetXml).toHaveLength(4);
    for (const [, bytes] of sheetXml) expect(new TextDecoder().decode(bytes)).not.toMatch(/<f[ >]/);
  });
});

describe('ledger CSV and HTML exports', () => {
  it('CSV: one file per table, BOM, formula text made inert, numbers untouched', () => {
    const files = ledgerCsv(data, OPTIONS);
    expect(Object.keys(files)).toEqual([
      'studytrail-ledger-2026-11-24-summary.csv',
      'studytrail-ledger-2026-11-24-weekly.csv',
      'studytrail-ledger-2026-11-24-missing.csv',
      'studytrail-ledger-2026-11-24-cases.csv',
    ]);
    const summary = files['studytrail-ledger-2026-11-24-summary.csv'] ?? '';
    expect(summary.startsWith('\uFEFF工号,姓名,单位')).toBe(true);
    expect(summary).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")","'+团委",1,45`);
    expect(summary).toContain('1001,张三,学工部,2,225.5,5');
    const cases = files['studytrail-ledger-2026-11-24-cases.csv'] ?? '';
    expect(cases).toContain(`"'@SUM(1+1)<script>alert(1)</script>","'-1+2"`);
  });

  it('HTML: standalone, print-ready, every imported text escaped', () => {
    const html = ledgerHtml(data, OPTIONS);
    expect(html).toContain('@page { size: A4 landscape');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)');
    expect(html).toContain('<td class="number">225.5</td>');
    expect(html.match(/<h2>/g)).toHaveLength(4);
  });
});
