import { escapeHtml } from '@/storage/digest/html-escape';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { CompletionRecord } from './record';
import { RECORD_CSS } from './record-style';

const oneDecimal = (minutes: number) => Math.round(minutes * 10) / 10;

/**
 * The completion record as a standalone, print-ready A4 HTML page (no script, no external file): the
 * training, its dates, total 学时 with per-course and per-week tables, manual entries listed as such,
 * the reflections and cases, and how time was measured. Every title is escaped.
 */
export function renderCompletionRecord(record: CompletionRecord, locale: Locale): string {
  const t = (key: MessageKey, ...subs: (string | number)[]) => escapeHtml(translate(locale, key, ...subs));
  const perHour = record.minutesPerHour;
  const row = (cells: (string | number)[], numeric: boolean[]) =>
    `<tr>${cells.map((cell, i) => `<td${numeric[i] ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`;
  const head = (cells: string[], numeric: boolean[]) =>
    `<tr>${cells.map((cell, i) => `<th scope="col"${numeric[i] ? ' class="num"' : ''}>${cell}</th>`).join('')}</tr>`;
  const table = (caption: string, header: string, rows: string[], empty: string) =>
    rows.length === 0
      ? `<p class="note">${empty}</p>`
      : `<table><caption>${caption}</caption><thead>${header}</thead><tbody>${rows.join('')}</tbody></table>`;

  const courses = table(
    t('record_perCourse'),
    head([t('record_course'), t('record_minutes'), t('record_hours')], [false, true, true]),
    record.perCourse.map((c) => row([c.title, oneDecimal(c.minutes), c.classHours], [false, true, true])),
    t('record_none'),
  );
  const weeks = table(
    t('record_perWeek'),
    head([t('record_week'), t('record_minutes'), t('record_hours')], [false, true, true]),
    record.perWeek.map((w) =>
      row([`${w.start} – ${w.end}`, oneDecimal(w.minutes), w.classHours], [false, true, true]),
    ),
    t('record_none'),
  );
  const manual = table(
    t('record_manualHeading'),
    head(
      [t('record_date'), t('record_course'), t('record_lesson'), t('record_minutes')],
      [false, false, false, true],
    ),
    record.manualEntries.map((m) =>
      row([m.date, m.courseTitle, m.lessonTitle, oneDecimal(m.minutes)], [false, false, false, true]),
    ),
    t('record_noManual'),
  );
  const credited =
    record.creditedHours === undefined
      ? ''
      : `<dt>${t('record_credited')}</dt><dd>${t('plans_hoursValue', record.creditedHours)}</dd>`;
  const method = translate(
    locale,
    record.method.countBackgroundAudio ? 'record_methodAudio' : 'record_methodNoAudio',
    record.method.heartbeatSeconds,
    record.method.idleSeconds,
  );
  return `<!doctype html>
<html lang="${locale === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('record_title', record.planName)}</title>
<style>${RECORD_CSS}</style>
</head>
<body>
<header>
<h1>${t('record_title', record.planName)}</h1>
<p class="meta">${t('record_generated', record.generatedAt.slice(0, 10), record.timeZone)}</p>
</header>
<section>
<h2>${t('record_training')}</h2>
<dl class="totals">
<dt>${t('plans_fieldName')}</dt><dd>${escapeHtml(record.planName)}</dd>
<dt>${t('plans_fieldOrganiser')}</dt><dd>${escapeHtml(record.organiser) || '—'}</dd>
<dt>${t('record_dates')}</dt><dd>${escapeHtml(record.start)} – ${escapeHtml(record.deadline)}</dd>
<dt>${t('record_required')}</dt><dd>${t('plans_hoursValue', record.requiredHours)}</dd>
<dt>${t('record_total')}</dt><dd data-total>${t('plans_hoursValue', record.totalClassHours)} (${t('record_minutesValue', oneDecimal(record.totalMinutes))})</dd>
${credited}
<dt>${t('record_reflections')}</dt><dd>${record.reflectionCount}</dd>
<dt>${t('record_cases')}</dt><dd>${record.caseCount}</dd>
</dl>
<p class="note">${t('record_hourRate', perHour)}</p>
</section>
<section><h2>${t('record_perCourse')}</h2>${courses}</section>
<section><h2>${t('record_perWeek')}</h2>${weeks}</section>
<section><h2>${t('record_manualHeading')}</h2><p class="note">${t('record_manualNote')}</p>${manual}</section>
<section><h2>${t('record_methodHeading')}</h2><p>${escapeHtml(method)}</p><p class="note">${t('record_creditedNote')}</p></section>
</body>
</html>
`;
}
