import type { Locale } from '../i18n';
import { translate } from '../i18n';
import type { Digest, DigestReflection } from '../schemas/digest';
import { barChartSvg } from './bar-chart';
import { escapeHtml } from './html-escape';
import { DIGEST_CSS } from './html-style';
import { localClock } from './local-clock';
import { planRows } from './plan-text';
import { learnerText, signedText } from './signature-text';
import {
  changeText,
  formatNumber,
  goalText,
  joinTopics,
  languageTag,
  methodText,
  minutesText,
  totalsRows,
  weekdayOf,
} from './text';

type Key = Parameters<typeof translate>[1];

/** Nothing runs and nothing loads, even if some text were not escaped: inline style only. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

function reflectionArticle(
  reflection: DigestReflection,
  locale: Locale,
  clock: (ms: number) => string,
): string {
  const t = (key: Key) => escapeHtml(translate(locale, key));
  const heading = [clock(reflection.createdAt), reflection.courseTitle, reflection.lessonTitle]
    .filter((part) => part.trim() !== '')
    .map(escapeHtml)
    .join(' · ');
  const rows: [string, string][] = [[t('digest_learned'), escapeHtml(reflection.learned)]];
  if (reflection.thought.trim()) rows.push([t('digest_thought'), escapeHtml(reflection.thought)]);
  if (reflection.apply.trim()) rows.push([t('digest_apply'), escapeHtml(reflection.apply)]);
  if (reflection.topics.length > 0) {
    rows.push([t('digest_topicsHeading'), escapeHtml(joinTopics(reflection.topics, locale))]);
  }
  if (reflection.rating !== undefined) {
    rows.push([t('digest_rating'), escapeHtml(translate(locale, 'digest_ratingValue', reflection.rating))]);
  }
  const list = rows.map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`).join('');
  return `<article class="reflection"><h3>${heading}</h3><dl class="reflection">${list}</dl></article>`;
}

/** Each plan as an article: its name, its facts, then one note on tracked versus credited class hours. */
function planSection(digest: Digest, locale: Locale): string {
  if (digest.plans.length === 0) return `<p>${escapeHtml(translate(locale, 'digest_noPlans'))}</p>`;
  const articles = digest.plans.map((plan) => {
    const list = planRows(plan, locale)
      .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
      .join('');
    return `<article class="plan"><h3>${escapeHtml(plan.name)}</h3><dl class="totals">${list}</dl></article>`;
  });
  return [...articles, `<p class="note">${escapeHtml(translate(locale, 'digest_plansNote'))}</p>`].join('\n');
}

/**
 * The digest as one standalone HTML document to view, print on A4 or save as PDF: inline CSS and an
 * inline SVG chart, no script and no external resource. Every text is escaped for HTML.
 */
export function renderHtml(digest: Digest, locale: Locale, fingerprint?: string): string {
  const t = (key: Key) => escapeHtml(translate(locale, key));
  const clock = localClock(digest.period.timeZone);
  const number = (value: number) => formatNumber(value, locale);
  const { start, end, timeZone } = digest.period;
  const period = translate(locale, 'digest_period', start, end);
  const title = `${translate(locale, 'digest_title')} · ${period}`;
  const section = (heading: Key, body: string) => `<section><h2>${t(heading)}</h2>\n${body}\n</section>`;
  const paragraph = (text: string, className?: string) =>
    `<p${className ? ` class="${className}"` : ''}>${escapeHtml(text)}</p>`;

  const totals = totalsRows(digest, locale)
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('');
  const most = Math.max(0, ...digest.perDay.map((day) => day.minutes));
  const chart = barChartSvg(digest.perDay, {
    title: translate(locale, 'digest_chartTitle'),
    description: translate(
      locale,
      'digest_chartDesc',
      start,
      end,
      number(digest.totals.activeMinutes),
      number(most),
    ),
    barLabel: (date, minutes) => `${date} ${weekdayOf(date, locale)}: ${minutesText(minutes, locale)}`,
    number,
  });
  const perDayRows = digest.perDay
    .map(
      (day) =>
        `<tr><td>${escapeHtml(day.date)}</td><td>${escapeHtml(weekdayOf(day.date, locale))}</td><td class="num">${escapeHtml(number(day.minutes))}</td></tr>`,
    )
    .join('\n');
  const perDayTable = `<table><thead><tr><th>${t('digest_date')}</th><th>${t('digest_weekday')}</th><th class="num">${t('digest_minutes')}</th></tr></thead><tbody>\n${perDayRows}\n</tbody></table>`;

  const courses =
    digest.courses.length === 0
      ? paragraph(translate(locale, 'digest_noCourses'))
      : `<ol class="courses">\n${digest.courses
          .map((course) => {
            const lessons = course.lessons
              .map(
                (l) =>
                  `<li>${escapeHtml(l.title || '—')} · ${escapeHtml(minutesText(l.minutes, locale))}</li>`,
              )
              .join('');
            return `<li><strong>${escapeHtml(course.title || '—')}</strong> · ${escapeHtml(minutesText(course.minutes, locale))}<ul class="lessons">${lessons}</ul></li>`;
          })
          .join('\n')}\n</ol>`;

  const topics =
    digest.topics.length === 0
      ? paragraph(translate(locale, 'digest_noTopics'))
      : `<table><thead><tr><th>${t('digest_topic')}</th><th class="num">${t('digest_reflectionCount')}</th></tr></thead><tbody>${digest.topics
          .map(
            (topic) =>
              `<tr><td>${escapeHtml(topic.topic)}</td><td class="num">${topic.reflectionCount}</td></tr>`,
          )
          .join('')}</tbody></table>`;

  // Each reflection appears once: plain ones under 学 / 思 / 用, those offered as cases under 案例.
  const plain = digest.reflections.filter((r) => !r.isCase);
  const cases = digest.reflections.filter((r) => r.isCase);
  const reflections =
    plain.length > 0
      ? plain.map((r) => reflectionArticle(r, locale, clock)).join('\n')
      : paragraph(translate(locale, cases.length > 0 ? 'digest_allCases' : 'digest_noReflections'));
  const caseList =
    cases.length > 0
      ? cases.map((r) => reflectionArticle(r, locale, clock)).join('\n')
      : paragraph(translate(locale, 'digest_noCases'));

  const body = [
    `<h1>${escapeHtml(translate(locale, 'digest_title'))} · <span class="period">${escapeHtml(period)}</span></h1>`,
    paragraph(translate(locale, 'digest_generated', clock(Date.parse(digest.generatedAt)), timeZone), 'meta'),
    ...(digest.learner ? [paragraph(learnerText(digest.learner, locale), 'meta')] : []),
    section(
      'digest_totalsHeading',
      `<dl class="totals">${totals}</dl>\n${paragraph(translate(locale, 'digest_manualNote'), 'note')}`,
    ),
    section('digest_goalHeading', paragraph(goalText(digest, locale))),
    section('digest_plansHeading', planSection(digest, locale)),
    section('digest_changeHeading', paragraph(changeText(digest, locale))),
    section('digest_perDayHeading', `${chart}\n${perDayTable}`),
    section('digest_coursesHeading', courses),
    section('digest_topicsHeading', topics),
    section('digest_reflectionsHeading', reflections),
    section('digest_casesHeading', caseList),
    section(
      'digest_methodHeading',
      `${paragraph(methodText(digest.method, locale))}\n${paragraph(translate(locale, 'digest_version', digest.method.version), 'note')}`,
    ),
    ...(digest.signature && fingerprint ? [paragraph(signedText(fingerprint, locale), 'note')] : []),
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${languageTag(locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${DIGEST_CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
