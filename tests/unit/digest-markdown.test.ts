import { describe, expect, it } from 'vitest';
import { buildDigest, renderMarkdown } from '@/storage/digest';
import { escapeMarkdown, escapeMarkdownBlock, escapeTableCell } from '@/storage/digest/markdown-escape';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import {
  HOSTILE,
  NOW,
  PERIOD,
  REFLECTIONS,
  SESSIONS,
  TIME_ZONE,
  WEEKLY_GOAL,
} from './support/digest-fixture';

const digest = buildDigest(
  { sessions: SESSIONS, reflections: REFLECTIONS },
  { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
);

const SECTIONS: MessageKey[] = [
  'digest_totalsHeading',
  'digest_goalHeading',
  'digest_plansHeading',
  'digest_changeHeading',
  'digest_perDayHeading',
  'digest_coursesHeading',
  'digest_topicsHeading',
  'digest_reflectionsHeading',
  'digest_casesHeading',
  'digest_methodHeading',
];

/** Cells of a GFM table row: split at pipes that are not backslash-escaped. */
const cells = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1);

describe.each<Locale>(['zh_CN', 'en'])('renderMarkdown in %s', (locale) => {
  const markdown = renderMarkdown(digest, locale);
  const lines = markdown.split('\n');
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);

  it('has the title with the period and every section, in order', () => {
    expect(lines[0]).toBe(`# ${t('digest_title')} · ${t('digest_period', '2026-11-16', '2026-11-22')}`);
    const headings = SECTIONS.map((key) => lines.indexOf(`## ${t(key)}`));
    expect(headings.every((index) => index > 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
  });

  it('shows the totals with manual time labelled as such, the goal and the change', () => {
    expect(markdown).toContain(`${t('digest_activeMinutes')}`);
    expect(markdown).toContain(`**${t('digest_minutesValue', '247.5')}**`);
    expect(markdown).toContain(
      `${t('digest_manualMinutes')}${locale === 'zh_CN' ? '：' : ': '}**${t('digest_minutesValue', 50)}**`,
    );
    expect(markdown).toContain(`**${t('digest_minutesValue', 75)}**`);
    expect(markdown).toContain(`**${t('year_daysOther', 10)}**`);
    expect(markdown).toContain(t('digest_manualNote'));
    expect(markdown).toContain(t('digest_goalLine', 200, 200, 124));
    expect(markdown).toContain(t('digest_changeLine', '2026-11-09', '2026-11-15', 25, '+222.5'));
  });

  it('has a per-day table with every day and its minutes', () => {
    const rows = lines.filter((line) => /^\| 2026-11-\d\d \|/.test(line));
    expect(rows.map((row) => [cells(row)[0]?.trim(), cells(row)[2]?.trim()])).toEqual([
      ['2026-11-16', '60'],
      ['2026-11-17', '20'],
      ['2026-11-18', '25'],
      ['2026-11-19', '70'],
      ['2026-11-20', '15'],
      ['2026-11-21', '45'],
      ['2026-11-22', '12.5'],
    ]);
  });

  it('lists courses with their lessons and minutes, most first', () => {
    expect(markdown).toContain(
      `1. **大学生心理健康教育** · ${t('digest_minutesValue', 80)}\n   - 危机干预流程 · ${t('digest_minutesValue', 45)}`,
    );
    expect(markdown).toContain(`2. **辅导员职业能力提升** · ${t('digest_minutesValue', 60)}`);
  });

  it('puts plain reflections under 学 / 思 / 用 and the ones offered as cases under 案例, each once', () => {
    const reflectionsAt = lines.indexOf(`## ${t('digest_reflectionsHeading')}`);
    const casesAt = lines.indexOf(`## ${t('digest_casesHeading')}`);
    const at = (text: string) => lines.findIndex((line) => line.includes(text));
    expect(at('识别心理危机的三个信号层次')).toBeGreaterThan(reflectionsAt);
    expect(at('识别心理危机的三个信号层次')).toBeLessThan(casesAt);
    expect(at('😀 学到：先倾听再回应')).toBeGreaterThan(casesAt);
    expect(markdown.split('😀 学到：先倾听再回应')).toHaveLength(2);
    expect(markdown).toContain(`- **${t('digest_learned')}**`);
    expect(markdown).toContain(`- **${t('digest_thought')}**`);
    expect(markdown).toContain(`- **${t('digest_apply')}**`);
    expect(markdown).toContain(t('digest_ratingValue', 5));
  });

  it('states the method and the version', () => {
    expect(markdown).toContain(t('digest_methodText', 180, 15, t('digest_backgroundAudioNotCounted')));
    expect(markdown).toContain(t('digest_version', digest.method.version));
  });

  it('makes hostile titles, topics and reflections inert', () => {
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('[link](');
    expect(markdown).not.toContain('*bold*');
    expect(markdown).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
    expect(markdown).toContain('\\*bold\\* \\[link\\]\\(evil.example\\) \\| pipe');
    // A line break in a reflection stays inside its list item and cannot open a heading.
    expect(markdown).toContain('\\| pipe\n  \\# heading');
    // Only our own headings start with '#'.
    const headings = lines.filter((line) => line.startsWith('#'));
    expect(headings).toHaveLength(1 + SECTIONS.length + digest.reflections.length);
    // The topic with a pipe stays in its own cell.
    const topicRow = lines.find((line) => line.includes('cmd'));
    expect(topicRow && cells(topicRow).map((cell) => cell.trim())).toEqual(['\\=cmd\\|calc', '1']);
    // The lesson title with a line break stays on its list line.
    expect(markdown).toContain('   - 📚 心理健康 第二讲 · ');
  });
});

describe('Markdown escaping', () => {
  it('backslash-escapes every character that starts Markdown or HTML syntax', () => {
    expect(escapeMarkdown('\\ ` * _ { } [ ] ( ) # ! | < > ~ & = $')).toBe(
      '\\\\ \\` \\* \\_ \\{ \\} \\[ \\] \\( \\) \\# \\! \\| \\< \\> \\~ \\& \\= \\$',
    );
  });

  it('keeps CJK, emoji and mid-line dashes and dots as they are', () => {
    expect(escapeMarkdown('2026-11-16 学习 📚 v1.2 a-b+c')).toBe('2026-11-16 学习 📚 v1.2 a-b+c');
  });

  it('escapes list markers and thematic breaks at the start of a continuation line', () => {
    expect(escapeMarkdownBlock('first\n- item\n+ item\n1. item\n---\n\n  # heading', '  ')).toBe(
      'first\n  \\- item\n  \\+ item\n  1\\. item\n  \\---\n  \\# heading',
    );
  });

  it('turns line breaks in a table cell into <br> and escapes its pipes', () => {
    expect(escapeTableCell('a|b\r\nc\nd')).toBe('a\\|b<br>c<br>d');
  });

  it('replaces tabs and other control characters with spaces', () => {
    expect(escapeMarkdown('a\tb\u0007c')).toBe('a b c');
  });

  it('leaves no hostile fixture text unescaped', () => {
    for (const text of Object.values(HOSTILE)) expect(escapeMarkdown(text)).not.toMatch(/(?<!\\)[<>[\]()*|]/);
  });
});
