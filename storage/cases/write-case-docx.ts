/*
 * The case draft as a Word document (.docx), with the `docx` package. This module is imported dynamically
 * by the Reflections view only, so the package stays out of every other bundle (docs/architecture.md section 6).
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Locale } from '../i18n';
import type { CaseDraft } from './case-draft';
import { caseDocument } from './case-labels';
import { xmlSafeText } from './xml-safe-text';

const plain = (text: string) => new TextRun({ text: xmlSafeText(text) });

/** The document's paragraphs: title, facts, then 背景 问题 做法 成效 反思, each typed line a paragraph. */
function paragraphs(draft: CaseDraft, locale: Locale): Paragraph[] {
  const doc = caseDocument(draft, locale);
  const out = [new Paragraph({ heading: HeadingLevel.TITLE, children: [plain(doc.title)] })];
  for (const fact of doc.facts) {
    out.push(
      new Paragraph({
        children: [new TextRun({ text: xmlSafeText(`${fact.label}: `), bold: true }), plain(fact.value)],
      }),
    );
  }
  for (const section of doc.sections) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [plain(section.heading)] }));
    if (section.field === 'practice' && doc.aiTool.value !== '') {
      out.push(
        new Paragraph({
          children: [
            new TextRun({ text: xmlSafeText(`${doc.aiTool.label}: `), bold: true }),
            plain(doc.aiTool.value),
          ],
        }),
      );
    }
    if (section.paragraphs.length === 0) {
      out.push(
        new Paragraph({ children: [new TextRun({ text: xmlSafeText(doc.emptyText), italics: true })] }),
      );
    }
    for (const text of section.paragraphs) out.push(new Paragraph({ children: [plain(text)] }));
  }
  out.push(new Paragraph({ children: [new TextRun({ text: xmlSafeText(doc.footer), italics: true })] }));
  return out;
}

/** The .docx bytes of a case draft. The file names no author and carries no URL. */
export async function writeCaseDocx(draft: CaseDraft, locale: Locale): Promise<ArrayBuffer> {
  const title = xmlSafeText(caseDocument(draft, locale).title);
  const document = new Document({
    creator: 'StudyTrail',
    title,
    sections: [{ children: paragraphs(draft, locale) }],
  });
  return Packer.toArrayBuffer(document);
}

/** The media type of a .docx file. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
