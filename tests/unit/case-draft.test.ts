import { describe, expect, it } from 'vitest';
import { buildCaseDraft, caseDraftSchema, caseFileName, renderCaseMarkdown } from '@/storage/cases';
import { makeReflection } from './support/reflection-rows';

const TZ = 'Asia/Shanghai';
// 2026-04-15 23:30 in Shanghai is still 15:30 UTC the same day; 2026-04-15 16:30 UTC is the 16th there.
const LATE_EVENING_UTC = Date.UTC(2026, 3, 15, 16, 30);
const HOSTILE = '<script>alert(1)</script> [link](http://x.example) # heading | cell ![img](y) `code`';

const caseRow = makeReflection({
  id: 'case-1',
  createdAt: LATE_EVENING_UTC,
  courseTitle: 'AI 与网络舆情研判',
  lessonTitle: '第三讲 舆情监测',
  topics: ['AI 心理健康预警', '辅导员数字素养'],
  learned: '舆情监测要先看情绪再看事实。\n第二点：分级响应。',
  thought: '我们学院的班级群反馈太慢。',
  apply: '用 AI 工具每周汇总班级群的情绪变化，及时谈心。',
  isCase: true,
});

describe('buildCaseDraft', () => {
  it('maps 学 to 背景, 思 to 问题, 用 to 做法, leaves 成效, 反思 and the AI tool to the learner', () => {
    const draft = buildCaseDraft(caseRow, TZ);
    expect(draft).toMatchObject({
      reflectionId: 'case-1',
      background: '舆情监测要先看情绪再看事实。\n第二点：分级响应。',
      problem: '我们学院的班级群反馈太慢。',
      practice: '用 AI 工具每周汇总班级群的情绪变化，及时谈心。',
      aiTool: '',
      outcome: '',
      reflection: '',
      courseTitle: 'AI 与网络舆情研判',
      lessonTitle: '第三讲 舆情监测',
      topics: ['AI 心理健康预警', '辅导员数字素养'],
    });
    expect(caseDraftSchema.safeParse(draft).success).toBe(true);
  });

  it('dates the case by the local day of the reflection in the time zone', () => {
    expect(buildCaseDraft(caseRow, TZ).date).toBe('2026-04-16');
    expect(buildCaseDraft(caseRow, 'UTC').date).toBe('2026-04-15');
  });

  it('titles the case by the first topic, else the lesson, else the course', () => {
    expect(buildCaseDraft(caseRow, TZ).title).toBe('AI 心理健康预警');
    expect(buildCaseDraft({ ...caseRow, topics: [] }, TZ).title).toBe('第三讲 舆情监测');
    expect(buildCaseDraft({ ...caseRow, topics: [], lessonTitle: ' ' }, TZ).title).toBe('AI 与网络舆情研判');
  });

  it('fits the longest reflection into a valid draft', () => {
    const long = 'x'.repeat(5000);
    const draft = buildCaseDraft({ ...caseRow, learned: long, thought: long, apply: long }, TZ);
    expect(caseDraftSchema.safeParse(draft).success).toBe(true);
    expect(draft.background).toHaveLength(5000);
  });
});

describe('renderCaseMarkdown', () => {
  it('has the title, the facts and the five sections in order, in the locale', () => {
    const zh = renderCaseMarkdown({ ...buildCaseDraft(caseRow, TZ), aiTool: '文心一言' }, 'zh_CN');
    const headings = zh.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual(['# AI 心理健康预警', '## 背景', '## 问题', '## 做法', '## 成效', '## 反思']);
    expect(zh).toContain('- 课程: AI 与网络舆情研判');
    expect(zh).toContain('- 日期: 2026-04-16');
    expect(zh).toContain('**使用的 AI 工具:** 文心一言');
    // Each typed line is its own paragraph; an empty section says it is still to be written.
    expect(zh).toContain('舆情监测要先看情绪再看事实。\n\n第二点：分级响应。');
    expect(zh.split('## 成效')[1]?.split('## 反思')[0]).toContain('（待填写）');
    const en = renderCaseMarkdown(buildCaseDraft(caseRow, TZ), 'en');
    expect(en).toContain('## Background (背景)');
    expect(en).toContain('(to be written)');
  });

  it('keeps HTML, links, headings and table syntax in every field as text', () => {
    const draft = {
      ...buildCaseDraft(caseRow, TZ),
      title: HOSTILE,
      courseTitle: HOSTILE,
      topics: [HOSTILE.slice(0, 50)],
      background: HOSTILE,
      problem: `# ${HOSTILE}`,
      practice: `- ${HOSTILE}\n1. list`,
      aiTool: HOSTILE,
      outcome: HOSTILE,
      reflection: HOSTILE,
    };
    const md = renderCaseMarkdown(draft, 'en');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('](http');
    expect(md).not.toMatch(/^# #/m);
    // Only the document's own headings start a line with '#', and no typed line starts a list.
    expect(md.split('\n').filter((line) => line.startsWith('#'))).toHaveLength(6);
    expect(md).not.toMatch(/^- <|^\d+\. /m);
    expect(md).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
  });
});

describe('caseFileName', () => {
  it('names the file by date and title, without characters file systems refuse', () => {
    expect(caseFileName({ date: '2026-04-16', title: 'AI 心理健康预警' }, 'docx')).toBe(
      'studytrail-case-2026-04-16-AI 心理健康预警.docx',
    );
    expect(caseFileName({ date: '2026-04-16', title: '../a/b:c*?"<>|\u0000' }, 'md')).toBe(
      'studytrail-case-2026-04-16-.. a b c.md',
    );
    expect(caseFileName({ date: '2026-04-16', title: '  ' }, 'md')).toBe('studytrail-case-2026-04-16.md');
  });
});
