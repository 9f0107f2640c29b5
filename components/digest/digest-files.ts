import {
  type Digest,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  toXapiStatements,
  type XapiActor,
} from '@/storage/digest';
import type { Locale } from '@/storage/i18n';

export type DigestFormat = 'markdown' | 'html' | 'csv' | 'json' | 'xapi';

export interface DigestFile {
  fileName: string;
  mime: string;
  text: string;
}

/** Every file name carries the period: `studytrail-2026-11-16_2026-11-22.md`. */
const base = (digest: Digest) => `studytrail-${digest.period.start}_${digest.period.end}`;

/** The files one download button produces (CSV is one file per table). */
export function digestFiles(
  digest: Digest,
  format: DigestFormat,
  locale: Locale,
  actor: XapiActor,
  /** The signing key's fingerprint, for the "signed" line of the Markdown and HTML. */
  fingerprint?: string,
): DigestFile[] {
  switch (format) {
    case 'markdown':
      return [
        {
          fileName: `${base(digest)}.md`,
          mime: 'text/markdown',
          text: renderMarkdown(digest, locale, fingerprint),
        },
      ];
    case 'html':
      return [
        {
          fileName: `${base(digest)}.html`,
          mime: 'text/html',
          text: renderHtml(digest, locale, fingerprint),
        },
      ];
    case 'csv':
      return Object.entries(renderCsv(digest, locale)).map(([fileName, text]) => ({
        fileName,
        mime: 'text/csv',
        text,
      }));
    case 'json':
      return [{ fileName: `${base(digest)}.json`, mime: 'application/json', text: renderJson(digest) }];
    case 'xapi':
      return [
        {
          fileName: `${base(digest)}-xapi.json`,
          mime: 'application/json',
          text: JSON.stringify(toXapiStatements(digest, actor), null, 2),
        },
      ];
  }
}
