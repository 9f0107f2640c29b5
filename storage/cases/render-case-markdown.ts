import { escapeMarkdown, escapeParagraph } from '../digest/markdown-escape';
import type { Locale } from '../i18n';
import type { CaseDraft } from './case-draft';
import { caseDocument } from './case-labels';

/**
 * A case draft as Markdown: a title, the facts as a list, one `##` section each for 背景 问题 做法 成效 反思.
 * Every typed text is escaped (storage/digest/markdown-escape.ts), so HTML, links or headings stay text;
 * labels come from the locale files and are written as they are.
 */
export function renderCaseMarkdown(draft: CaseDraft, locale: Locale): string {
  const doc = caseDocument(draft, locale);
  const lines = [`# ${escapeMarkdown(doc.title)}`, ''];
  for (const fact of doc.facts) lines.push(`- ${fact.label}: ${escapeMarkdown(fact.value)}`);
  if (doc.facts.length > 0) lines.push('');
  for (const section of doc.sections) {
    lines.push(`## ${section.heading}`, '');
    if (section.field === 'practice' && doc.aiTool.value !== '') {
      lines.push(`**${doc.aiTool.label}:** ${escapeMarkdown(doc.aiTool.value)}`, '');
    }
    const paragraphs = section.paragraphs.map(escapeParagraph).filter((p) => p !== '');
    if (paragraphs.length === 0) lines.push(`*${doc.emptyText}*`, '');
    for (const paragraph of paragraphs) lines.push(paragraph, '');
  }
  lines.push('---', '', `*${doc.footer}*`, '');
  return lines.join('\n');
}
