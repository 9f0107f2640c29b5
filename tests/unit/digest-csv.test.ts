import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildDigest, type Digest, renderCsv } from '@/storage/digest';
import { type Locale, translate } from '@/storage/i18n';
import {
  NOW,
  PERIOD,
  REFLECTIONS,
  SESSIONS,
  shanghai,
  TIME_ZONE,
  WEEKLY_GOAL,
} from './support/digest-fixture';
import { makeSession } from './support/session-rows';

const digest = buildDigest(
  { sessions: SESSIONS, reflections: REFLECTIONS },
  { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
);

const STEM = 'studytrail-2026-11-16_2026-11-22';
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** Parses a CSV file back: BOM off, CRLF records, every cell a string. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(text.slice(1), { newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** A cell as written: the text, with a leading `'` when it would start a formula. */
const written = (value: string | number) =>
  typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);

/** What a reader gets back after taking the neutralising `'` off. */
const unneutralised = (cell: string) =>
  cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;

describe.each<Locale>(['zh_CN', 'en'])('renderCsv in %s', (locale) => {
  const files = renderCsv(digest, locale);
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const table = (suffix: string) => parseCsv(files[`${STEM}-${suffix}.csv`] ?? '');

  it('writes five files named with the date range', () => {
    expect(Object.keys(files).sort()).toEqual(
      ['per-course', 'per-day', 'plans', 'reflections', 'sessions'].map((name) => `${STEM}-${name}.csv`),
    );
  });

  it('starts every file with a BOM and ends records with CRLF (line breaks only inside quoted cells)', () => {
    for (const text of Object.values(files)) {
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '');
      expect(outsideQuotes).toContain('\r\n');
      expect(outsideQuotes.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }
  });

  it('has a per-day table with localized headers and every day', () => {
    expect(table('per-day')).toEqual([
      [t('digest_date'), t('digest_weekday'), t('digest_minutes')],
      ...digest.perDay.map((day) => [
        day.date,
        new Intl.DateTimeFormat(locale === 'en' ? 'en' : 'zh-CN', {
          weekday: 'short',
          timeZone: 'UTC',
        }).format(Date.parse(`${day.date}T12:00:00Z`)),
        String(day.minutes),
      ]),
    ]);
  });

  it('has one row per lesson with its course columns', () => {
    const rows = table('per-course');
    expect(rows[0]).toEqual([
      t('digest_course'),
      t('digest_platform'),
      t('digest_courseMinutes'),
      t('digest_lesson'),
      t('digest_lessonMinutes'),
    ]);
    expect(rows.slice(1).map((row) => row.map(unneutralised))).toEqual(
      digest.courses.flatMap((c) =>
        c.lessons.map((l) => [c.title, c.platformId, String(c.minutes), l.title, String(l.minutes)]),
      ),
    );
    expect(rows[1]).toEqual(['大学生心理健康教育', 'smartedu', '80', '危机干预流程', '45']);
  });

  it('lists sessions in local time with their minutes and how they were counted', () => {
    const rows = table('sessions');
    expect(rows).toHaveLength(1 + digest.sessions.length);
    expect(rows[1]).toEqual([
      '2026-11-16 00:00',
      '2026-11-16 00:10',
      '10',
      t('digest_kindMedia'),
      'enaea',
      '辅导员职业能力提升',
      '第二讲 谈心谈话',
    ]);
    expect(rows.find((row) => row[3] === t('digest_kindManual'))?.slice(0, 3)).toEqual([
      '2026-11-19 14:00',
      '2026-11-19 15:00',
      '50',
    ]);
  });

  it('lists reflections with all three parts, rating and the case flag', () => {
    const rows = table('reflections');
    expect(rows[0]).toEqual([
      t('digest_createdAt'),
      t('digest_course'),
      t('digest_lesson'),
      t('digest_topicsHeading'),
      t('digest_learned'),
      t('digest_thought'),
      t('digest_apply'),
      t('digest_rating'),
      t('digest_isCase'),
    ]);
    expect(rows[1]?.slice(4)).toEqual([
      '识别心理危机的三个信号层次',
      '倾听比说教更重要',
      '下周班会上讲解求助渠道',
      '5',
      t('digest_no'),
    ]);
    expect(rows[3]?.[8]).toBe(t('digest_yes'));
  });

  it('neutralises formulas with a leading quote and gives back the original text otherwise', () => {
    const rows = table('reflections').slice(1);
    const expected = digest.reflections.map((r) => [
      r.createdAt,
      r.courseTitle,
      r.lessonTitle,
      r.topics.join(locale === 'zh_CN' ? '、' : '; '),
      r.learned,
      r.thought,
      r.apply,
    ]);
    rows.forEach((row, i) => {
      expected[i]?.slice(1).forEach((value, column) => {
        expect(row[column + 1]).toBe(written(value));
        expect(unneutralised(row[column + 1] ?? '')).toBe(value);
      });
    });
    const hostile = rows[2] ?? [];
    expect(hostile[2]).toBe(`'=HYPERLINK("evil.example")`);
    expect(hostile[3]?.startsWith("'=cmd|calc")).toBe(true);
    expect(hostile[6]).toBe("'@SUM(1+1)");
    expect(rows[1]?.[6]).toBe("'-2+3 用于班会");
    for (const file of Object.values(files)) {
      for (const row of parseCsv(file)) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
    }
  });
});

describe('CSV formula neutralising', () => {
  const titles = [
    '=1+2',
    '+1',
    '-1',
    '@SUM(A1)',
    '\t=cmd',
    '\r=cmd',
    '\n=cmd',
    '=1+2\nsecond line',
    '＝全角 is text',
  ];
  const sessions = titles.map((title, i) =>
    makeSession({
      id: `t${i}`,
      start: shanghai('2026-11-16 10:00') + i * 60_000,
      end: shanghai('2026-11-16 10:01') + i * 60_000,
      courseKey: `k${i}`,
      courseTitle: title,
    }),
  );
  const small: Digest = buildDigest(
    { sessions, reflections: [] },
    { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: 0 },
  );

  it('prefixes = + - @ and a leading tab, CR or LF, including a formula followed by a line break', () => {
    const rows = parseCsv(renderCsv(small, 'en')[`${STEM}-sessions.csv`] ?? '').slice(1);
    expect(rows.map((row) => row[5])).toEqual(
      titles.map((title) => (title.startsWith('＝') ? title : `'${title}`)),
    );
  });

  it('papaparse alone would miss the multi-line formula, which is why the pattern is our own', () => {
    const plain = Papa.unparse([['=1+2\nsecond line']], { escapeFormulae: true });
    expect(plain.startsWith('"=1+2')).toBe(true);
  });
});
