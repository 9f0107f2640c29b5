import type { Locale } from '../i18n';
import { translate } from '../i18n';
import type { Digest, DigestReflection } from '../schemas/digest';
import { localClock } from './local-clock';
import { escapeMarkdown, escapeMarkdownBlock, escapeTableCell } from './markdown-escape';
import { planRows } from './plan-text';
import { learnerText, signedText } from './signature-text';
import {
  changeText,
  colon,
  formatNumber,
  goalText,
  joinTopics,
  methodText,
  minutesText,
  totalsRows,
  weekdayOf,
} from './text';

/*
 * Our own sentences (locale catalogs, numbers, dates) are written without Markdown syntax and go in as they
 * are, so the document reads cleanly even where Markdown is not rendered. Everything that comes from a page,
 * from the user or from an imported file (titles, topics, reflections, time zone, version) is escaped.
 */

type Key = Parameters<typeof translate>[1];

function reflectionBlock(
  reflection: DigestReflection,
  locale: Locale,
  clock: (ms: number) => string,
): string {
  const title = [reflection.courseTitle, reflection.lessonTitle]
    .filter((part) => part.trim() !== '')
    .map(escapeMarkdown);
  const item = (label: Key, text: string) =>
    `- **${translate(locale, label)}**${colon(locale)}${escapeMarkdownBlock(text, '  ')}`;
  const lines = [
    `### ${[clock(reflection.createdAt), ...title].join(' · ')}`,
    '',
    item('digest_learned', reflection.learned),
  ];
  if (reflection.thought.trim()) lines.push(item('digest_thought', reflection.thought));
  if (reflection.apply.trim()) lines.push(item('digest_apply', reflection.apply));
  if (reflection.topics.length > 0)
    lines.push(item('digest_topicsHeading', joinTopics(reflection.topics, locale)));
  if (reflection.rating !== undefined) {
    lines.push(
      `- **${translate(locale, 'digest_rating')}**${colon(locale)}${translate(locale, 'digest_ratingValue', reflection.rating)}`,
    );
  }
  return lines.join('\n');
}

/** Each plan under its name, its facts as a list, and how tracked and credited class hours differ. */
function planSection(digest: Digest, locale: Locale): string[] {
  const heading = `## ${translate(locale, 'digest_plansHeading')}`;
  if (digest.plans.length === 0) return [heading, translate(locale, 'digest_noPlans')];
  const blocks = digest.plans.map((plan) =>
    [
      `### ${escapeMarkdown(plan.name)}`,
      '',
      ...planRows(plan, locale).map(([label, value]) => `- ${label}${colon(locale)}${escapeMarkdown(value)}`),
    ].join('\n'),
  );
  return [heading, ...blocks, `> ${translate(locale, 'digest_plansNote')}`];
}

function table(header: string[], align: ('left' | 'right')[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(align.map((a) => (a === 'right' ? '---:' : '---'))), ...rows.map(line)].join(
    '\n',
  );
}

/**
 * The digest as Markdown to paste into a chat or document tool. Every title, topic and reflection is
 * escaped (markdown-escape.ts), so nothing a page or a user typed can change the document's structure.
 */
export function renderMarkdown(digest: Digest, locale: Locale, fingerprint?: string): string {
  const t = (key: Key) => translate(locale, key);
  const clock = localClock(digest.period.timeZone);
  const number = (value: number) => formatNumber(value, locale);
  const generated = clock(Date.parse(digest.generatedAt));
  const out: string[] = [
    `# ${t('digest_title')} · ${translate(locale, 'digest_period', digest.period.start, digest.period.end)}`,
    translate(locale, 'digest_generated', generated, escapeMarkdown(digest.period.timeZone)),
    ...(digest.learner ? [escapeMarkdown(learnerText(digest.learner, locale))] : []),
    `## ${t('digest_totalsHeading')}`,
    totalsRows(digest, locale)
      .map(([label, value]) => `- ${label}${colon(locale)}**${value}**`)
      .join('\n'),
    `> ${t('digest_manualNote')}`,
    `## ${t('digest_goalHeading')}`,
    goalText(digest, locale),
    ...planSection(digest, locale),
    `## ${t('digest_changeHeading')}`,
    changeText(digest, locale),
    `## ${t('digest_perDayHeading')}`,
    table(
      [t('digest_date'), t('digest_weekday'), t('digest_minutes')],
      ['left', 'left', 'right'],
      digest.perDay.map((day) => [day.date, weekdayOf(day.date, locale), number(day.minutes)]),
    ),
    `## ${t('digest_coursesHeading')}`,
  ];

  if (digest.courses.length === 0) out.push(t('digest_noCourses'));
  else {
    const courses = digest.courses.map((course, i) => {
      const lessons = course.lessons.map(
        (lesson) => `   - ${escapeMarkdown(lesson.title) || '—'} · ${minutesText(lesson.minutes, locale)}`,
      );
      const head = `${i + 1}. **${escapeMarkdown(course.title) || '—'}** · ${minutesText(course.minutes, locale)}`;
      return [head, ...lessons].join('\n');
    });
    out.push(courses.join('\n'));
  }

  out.push(`## ${t('digest_topicsHeading')}`);
  if (digest.topics.length === 0) out.push(t('digest_noTopics'));
  else {
    out.push(
      table(
        [t('digest_topic'), t('digest_reflectionCount')],
        ['left', 'right'],
        digest.topics.map((topic) => [escapeTableCell(topic.topic), String(topic.reflectionCount)]),
      ),
    );
  }

  // Each reflection appears once: plain ones under 学 / 思 / 用, those offered as cases under 案例.
  const plain = digest.reflections.filter((r) => !r.isCase);
  const cases = digest.reflections.filter((r) => r.isCase);
  out.push(`## ${t('digest_reflectionsHeading')}`);
  if (plain.length > 0) out.push(...plain.map((r) => reflectionBlock(r, locale, clock)));
  else out.push(t(cases.length > 0 ? 'digest_allCases' : 'digest_noReflections'));
  out.push(`## ${t('digest_casesHeading')}`);
  if (cases.length > 0) out.push(...cases.map((r) => reflectionBlock(r, locale, clock)));
  else out.push(t('digest_noCases'));

  out.push(
    `## ${t('digest_methodHeading')}`,
    methodText(digest.method, locale),
    translate(locale, 'digest_version', escapeMarkdown(digest.method.version)),
  );
  if (digest.signature && fingerprint) out.push(`> ${signedText(fingerprint, locale)}`);
  return `${out.join('\n\n')}\n`;
}
