// @vitest-environment happy-dom
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildCaseDraft, type CaseDraft } from '@/storage/cases';
import { writeCaseDocx } from '@/storage/cases/write-case-docx';
import { makeReflection } from './support/reflection-rows';

const TZ = 'Asia/Shanghai';
const HOSTILE = '<script>alert("x")</script> & </w:t><w:r><w:t>injected ]]> <![CDATA[';

/** The document's paragraphs as text, read back with an independent zip reader. */
async function docxParagraphs(bytes: ArrayBuffer): Promise<{ xml: string; paragraphs: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  expect(Object.keys(zip.files)).toEqual(
    expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']),
  );
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const paragraphs = [...doc.getElementsByTagName('w:p')].map((p) =>
    [...p.getElementsByTagName('w:t')].map((t) => t.textContent ?? '').join(''),
  );
  return { xml, paragraphs };
}

const draft: CaseDraft = {
  ...buildCaseDraft(
    makeReflection({
      id: 'c1',
      courseTitle: '人工智能伦理与学生隐私保护',
      lessonTitle: '第二讲',
      topics: ['AI 心理健康预警'],
      learned: '学生数据最小化。\n先告知再收集。',
      thought: '我们的心理普查表收集过多。',
      apply: '用 AI 工具只做匿名汇总。',
      isCase: true,
    }),
    TZ,
  ),
  aiTool: 'DeepSeek',
  outcome: '普查表从 40 项减到 18 项。',
};

describe('writeCaseDocx', () => {
  it('writes a valid .docx with the title, facts and the five sections, each typed line a paragraph', async () => {
    const { paragraphs } = await docxParagraphs(await writeCaseDocx(draft, 'zh_CN'));
    expect(paragraphs).toEqual([
      'AI 心理健康预警',
      '课程: 人工智能伦理与学生隐私保护',
      '课节: 第二讲',
      '日期: 2026-04-15',
      '主题: AI 心理健康预警',
      '背景',
      '学生数据最小化。',
      '先告知再收集。',
      '问题',
      '我们的心理普查表收集过多。',
      '做法',
      '使用的 AI 工具: DeepSeek',
      '用 AI 工具只做匿名汇总。',
      '成效',
      '普查表从 40 项减到 18 项。',
      '反思',
      '（待填写）',
      '本草稿由学迹根据本人的学习反思（学、思、用）生成，经本人修改后提交。',
    ]);
  });

  it('keeps markup in every field as text: escaped in the XML, read back exactly as typed', async () => {
    const hostile: CaseDraft = {
      ...draft,
      title: HOSTILE,
      courseTitle: HOSTILE,
      lessonTitle: HOSTILE,
      topics: [HOSTILE.slice(0, 50)],
      background: HOSTILE,
      problem: HOSTILE,
      practice: HOSTILE,
      aiTool: HOSTILE,
      outcome: HOSTILE,
      reflection: HOSTILE,
    };
    const { xml, paragraphs } = await docxParagraphs(await writeCaseDocx(hostile, 'en'));
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<w:t>injected');
    expect(paragraphs[0]).toBe(HOSTILE);
    expect(paragraphs).toContain(`Course: ${HOSTILE}`);
    expect(paragraphs).toContain(`AI tool used: ${HOSTILE}`);
    expect(paragraphs.filter((p) => p === HOSTILE)).toHaveLength(6);
  });

  it('drops characters XML forbids, so Word can open the file', async () => {
    const withControls = { ...draft, background: 'a\u0000b\u0001c\u000bd\ud800e\uffff f\tg 😀' };
    const { paragraphs } = await docxParagraphs(await writeCaseDocx(withControls, 'zh_CN'));
    expect(paragraphs).toContain('abcde f g 😀');
  });

  it('names no author and carries no URL in its properties', async () => {
    const zip = await JSZip.loadAsync(await writeCaseDocx(draft, 'en'));
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain('<dc:creator>StudyTrail</dc:creator>');
    expect(core).not.toMatch(/https?:\/\/(?!schemas\.|purl\.org|www\.w3\.org)/);
  });
});
