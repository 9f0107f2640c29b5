import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildDigest, renderHtml } from '@/storage/digest';
import { escapeHtml } from '@/storage/digest/html-escape';
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

/** The document as a browser would read it (happy-dom parses; it runs no script from parsed markup). */
function parse(html: string) {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html');
}

describe.each<[Locale, string]>([
  ['zh_CN', 'zh-CN'],
  ['en', 'en'],
])('renderHtml in %s', (locale, lang) => {
  const html = renderHtml(digest, locale);
  const document = parse(html);
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const text = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent ?? '');

  it('is one standalone document: doctype, language, charset, title', () => {
    expect(html.startsWith('<!DOCTYPE html>\n')).toBe(true);
    expect(document.documentElement.getAttribute('lang')).toBe(lang);
    expect(html).toContain('<meta charset="utf-8">');
    expect(document.title).toBe(`${t('digest_title')} · ${t('digest_period', '2026-11-16', '2026-11-22')}`);
  });

  it('loads and runs nothing: no script, no external resource, a CSP that forbids both', () => {
    expect(document.querySelectorAll('script, link, img, iframe, object, embed').length).toBe(0);
    expect(html).not.toMatch(/<script|\bsrc=|\bhref=|url\(|@import/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('prints on A4 with 15 mm margins', () => {
    expect(html).toContain('@page { size: A4; margin: 15mm; }');
    expect(html).toContain('@media print');
  });

  it('has every section heading, in order', () => {
    expect(text('h2')).toEqual(SECTIONS.map((key) => t(key)));
  });

  it('has an accessible inline SVG bar chart with one bar per day', () => {
    const svg = document.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-labelledby')).toBe('chart-title chart-desc');
    expect(document.querySelector('svg > title')?.textContent).toBe(t('digest_chartTitle'));
    expect(document.querySelector('svg > desc')?.textContent).toBe(
      t('digest_chartDesc', '2026-11-16', '2026-11-22', '247.5', 70),
    );
    const bars = [...document.querySelectorAll('svg rect.bar')];
    expect(bars).toHaveLength(7);
    const heights = bars.map((bar) => Number(bar.getAttribute('height')));
    // Thursday (70 min) is the tallest bar, Sunday (12.5 min) the shortest.
    expect(heights.indexOf(Math.max(...heights))).toBe(3);
    expect(heights.indexOf(Math.min(...heights))).toBe(6);
    expect(bars[6]?.querySelector('title')?.textContent).toContain(t('digest_minutesValue', '12.5'));
  });

  it('shows the totals, manual time labelled, the goal and the change', () => {
    const totals = text('dl.totals dt').map((label, i) => [label, text('dl.totals dd')[i]]);
    expect(totals).toContainEqual([t('digest_activeMinutes'), t('digest_minutesValue', '247.5')]);
    expect(totals).toContainEqual([t('digest_manualMinutes'), t('digest_minutesValue', 50)]);
    expect(totals).toContainEqual([t('digest_currentStreak'), t('year_daysOther', 8)]);
    expect(document.body.textContent).toContain(t('digest_goalLine', 200, 200, 124));
    expect(document.body.textContent).toContain(
      t('digest_changeLine', '2026-11-09', '2026-11-15', 25, '+222.5'),
    );
  });

  it('has the per-day table, courses with lessons, topics and the method', () => {
    const rows = [...document.querySelectorAll('table')][0]?.querySelectorAll('tbody tr') ?? [];
    expect([...rows].map((row) => [row.children[0]?.textContent, row.children[2]?.textContent])).toEqual([
      ['2026-11-16', '60'],
      ['2026-11-17', '20'],
      ['2026-11-18', '25'],
      ['2026-11-19', '70'],
      ['2026-11-20', '15'],
      ['2026-11-21', '45'],
      ['2026-11-22', '12.5'],
    ]);
    expect(text('ol.courses > li > strong')).toEqual(digest.courses.map((c) => c.title || '—'));
    expect(text('ol.courses > li:first-child ul.lessons li')).toEqual([
      `危机干预流程 · ${t('digest_minutesValue', 45)}`,
      `心理危机识别 · ${t('digest_minutesValue', 35)}`,
    ]);
    expect(document.body.textContent).toContain(
      t('digest_methodText', 180, 15, t('digest_backgroundAudioNotCounted')),
    );
  });

  it('puts plain reflections and cases in their own sections, text kept as written', () => {
    const sections = [...document.querySelectorAll('section')];
    const reflections = sections.find(
      (s) => s.querySelector('h2')?.textContent === t('digest_reflectionsHeading'),
    );
    const cases = sections.find((s) => s.querySelector('h2')?.textContent === t('digest_casesHeading'));
    expect(reflections?.querySelectorAll('article')).toHaveLength(1);
    expect(cases?.querySelectorAll('article')).toHaveLength(2);
    const hostile = cases?.querySelectorAll('article')[1];
    expect(hostile?.querySelector('h3')?.textContent).toBe(
      `2026-11-21 10:50 · ${HOSTILE.script} · ${HOSTILE.formula}`,
    );
    expect([...(hostile?.querySelectorAll('dd') ?? [])].map((dd) => dd.textContent)).toEqual([
      `${HOSTILE.script} ${HOSTILE.formula}`,
      `${HOSTILE.markdown}\n# heading`,
      '@SUM(1+1)',
      locale === 'zh_CN' ? '=cmd|calc、谈心谈话' : '=cmd|calc; 谈心谈话',
    ]);
  });

  it('shows hostile titles as text: escaped in the source, never elements', () => {
    expect(html).not.toContain(HOSTILE.script);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('=HYPERLINK(&quot;evil.example&quot;)');
    expect(text('ol.courses strong')).toContain(HOSTILE.script);
    expect(text('ol.courses strong')).toContain(HOSTILE.markdown);
    expect(text('ol.courses ul.lessons li').some((li) => li.startsWith(HOSTILE.lesson))).toBe(true);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });
});
