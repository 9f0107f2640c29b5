// @vitest-environment happy-dom
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import validateStatement from 'xapi-validation';
import {
  buildDigest,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  toXapiStatements,
} from '@/storage/digest';
import { planIdOf } from '@/storage/digest/digest-plans';
import { escapeMarkdown } from '@/storage/digest/markdown-escape';
import { xapiStatementSchema } from '@/storage/digest/xapi-statement';
import { translate } from '@/storage/i18n';
import { digestSchema } from '@/storage/schemas/digest';
import { makePlanRow } from './support/plan-rows';
import { makeSession } from './support/session-rows';

const TZ = 'Asia/Shanghai';
const WEEK = { start: '2026-11-16', end: '2026-11-22', timeZone: TZ, weeklyGoalMinutes: 180 };
const at = (local: string) => Date.parse(`${local.replace(' ', 'T')}+08:00`);
const MIN = 60_000;
const study = (local: string, minutes: number, courseKey = 'enaea:course:1') =>
  makeSession({
    start: at(local),
    end: at(local) + minutes * MIN,
    courseKey,
    platformId: courseKey.slice(0, courseKey.indexOf(':')),
  });

const plan = makePlanRow({
  id: 'plan-ai',
  name: 'AI <素养> *培训*',
  organiser: '学生工作部',
  start: '2026-11-02',
  deadline: '2026-11-29',
  requiredClassHours: 10,
  creditedClassHours: 6,
});
const later = makePlanRow({
  id: 'plan-year',
  name: '年度继续教育',
  organiser: '',
  start: '2026-01-01',
  deadline: '2026-12-31',
  requiredClassHours: 90,
  classHourMinutes: 60,
  counts: { all: false, courseKeys: [], platformIds: ['smartedu'], manual: false },
});
const over = makePlanRow({ id: 'plan-old', name: '已结束', start: '2026-09-01', deadline: '2026-10-31' });
const sessions = [
  study('2026-11-03 20:00', 90), // an earlier week
  study('2026-11-17 20:00', 45), // this week
  study('2026-11-24 20:00', 60), // after the period: not in a digest of the 16th–22nd
  study('2026-11-18 09:00', 30, 'smartedu:course:2'),
];
const digest = buildDigest(
  { sessions, reflections: [], plans: [later, over, plan] },
  { ...WEEK, now: at('2026-11-25 09:00') },
);

describe('the digest’s plan section (schema version 3)', () => {
  it('lists the plans active in the period, nearest deadline first, valid by the schema', () => {
    expect(digest.schemaVersion).toBe(3);
    expect(digest.plans.map((p) => p.name)).toEqual([plan.name, later.name]);
    expect(digestSchema.safeParse(digest).success).toBe(true);
    expect(digest.plans[0]?.planId).toBe(planIdOf('plan-ai'));
    expect(JSON.stringify(digest.plans)).not.toContain('plan-ai');
  });

  it('takes progress at the period’s end: later study is not in it', () => {
    // 90 + 45 minutes by 22 Nov; 450 required (10 × 45): 30%, 3 class hours; 315 left over 7 days.
    expect(digest.plans[0]).toMatchObject({
      periodMinutes: 45,
      trackedMinutes: 135,
      trackedClassHours: 3,
      percent: 30,
      status: 'behind',
      neededClassHoursPerWeek: 7,
      creditedClassHours: 6,
      organiser: '学生工作部',
    });
    expect(digest.plans[1]).toMatchObject({ periodMinutes: 30, trackedMinutes: 30, trackedClassHours: 0.5 });
  });

  it('is empty, and says so, without plans', () => {
    const none = buildDigest({ sessions, reflections: [] }, { ...WEEK, now: at('2026-11-25 09:00') });
    expect(none.plans).toEqual([]);
    expect(renderMarkdown(none, 'en')).toContain(translate('en', 'digest_noPlans'));
    expect(renderHtml(none, 'zh_CN')).toContain(translate('zh_CN', 'digest_noPlans'));
  });
});

describe.each(['zh_CN', 'en'] as const)('the plan section in every format (%s)', (locale) => {
  const t = (key: Parameters<typeof translate>[1], ...subs: (string | number)[]) =>
    translate(locale, key, ...subs);

  it('Markdown: a heading, each plan under its escaped name, the figures and the note', () => {
    const text = renderMarkdown(digest, locale);
    expect(text).toContain(`## ${t('digest_plansHeading')}`);
    expect(text).toContain('### AI \\<素养\\> \\*培训\\*');
    expect(text).toContain(escapeMarkdown(t('digest_planTrackedValue', '3', '10', 30, 45)));
    expect(text).toContain(escapeMarkdown(t('digest_planClassHours', '7')));
    expect(text).toContain(t('digest_planStatusBehind'));
    expect(text).toContain(t('digest_plansNote'));
  });

  it('HTML: one article per plan with its name as text, never markup', () => {
    const document = new DOMParser().parseFromString(renderHtml(digest, locale), 'text/html');
    const articles = [...document.querySelectorAll('article.plan')];
    expect(articles.map((a) => a.querySelector('h3')?.textContent)).toEqual([plan.name, later.name]);
    expect(document.querySelector('article.plan h3 *')).toBeNull();
    expect(articles[0]?.textContent).toContain(t('digest_planCredited'));
    expect(articles[1]?.textContent).not.toContain(t('digest_planOrganiser'));
  });

  it('CSV: a plans file with one row per plan, numbers as numbers', () => {
    const files = renderCsv(digest, locale);
    const name = Object.keys(files).find((file) => file.endsWith('-plans.csv')) ?? '';
    const rows = Papa.parse<string[]>((files[name] ?? '').slice(1)).data.filter((row) => row.length > 1);
    expect(rows[0]?.[0]).toBe(t('digest_planName'));
    expect(rows.slice(1).map((row) => [row[0], row[6], row[7], row[10]])).toEqual([
      [plan.name, '45', '135', t('digest_planStatusBehind')],
      [later.name, '30', '30', t('digest_planStatusBehind')],
    ]);
  });

  it('JSON: the plans as the digest holds them', () => {
    expect(JSON.parse(renderJson(digest)).plans).toEqual(digest.plans);
  });
});

describe('xAPI', () => {
  const statements = toXapiStatements(digest, { anonymous: true }).filter((s) =>
    s.verb.id.endsWith('/progressed'),
  );

  it('has one valid `progressed` statement per plan with the share done and completion', () => {
    expect(statements).toHaveLength(2);
    for (const statement of statements) {
      expect(validateStatement(JSON.parse(JSON.stringify(statement))), statement.id).toEqual([]);
      expect(xapiStatementSchema.safeParse(statement).success).toBe(true);
    }
    expect(statements[0]?.result).toMatchObject({ score: { scaled: 0.3 }, completion: false });
    expect(statements[0]?.object.definition.name['zh-CN']).toBe(plan.name);
    expect(statements[0]?.timestamp).toBe(new Date(at('2026-11-23 00:00')).toISOString());
  });

  it('adds no duration, so summed durations stay the digest’s total', () => {
    for (const statement of statements) expect(statement.result?.duration).toBeUndefined();
  });
});
