import { useState } from 'preact/hooks';
import {
  buildCaseDraft,
  type CaseDraft,
  caseDraftSchema,
  caseFileName,
  renderCaseMarkdown,
} from '@/storage/cases';
import { type Locale, translate } from '@/storage/i18n';
import type { ReflectionRow } from '@/storage/schemas/rows';
import { CaseDraftEditor } from './CaseDraftEditor';

interface Props {
  locale: Locale;
  timeZone: string;
  /** The reflections chosen for a case draft, each flagged as a case. */
  rows: ReflectionRow[];
  /** Saves a file in the user's downloads. */
  download: (data: Blob, fileName: string) => void;
}

/**
 * Case drafts of the chosen reflections, one document per case, editable before export as Markdown or
 * .docx. Edits live in this panel only; nothing is sent anywhere, a file leaves only by download.
 */
export function CaseDraftsPanel({ locale, timeZone, rows, download }: Props) {
  const t = (key: Parameters<typeof translate>[1], ...rest: (string | number)[]) =>
    translate(locale, key, ...rest);
  const [edits, setEdits] = useState<Record<string, CaseDraft>>({});
  const [busy, setBusy] = useState<{ id: string; format: 'md' | 'docx' } | null>(null);
  const [message, setMessage] = useState('');
  const drafts = rows.map((row) => edits[row.id] ?? buildCaseDraft(row, timeZone));

  const exportDraft = async (draft: CaseDraft, format: 'md' | 'docx') => {
    const checked = caseDraftSchema.safeParse(draft);
    if (!checked.success) {
      setMessage(t('case_invalid'));
      return;
    }
    setBusy({ id: draft.reflectionId, format });
    setMessage('');
    try {
      if (format === 'md') {
        const text = renderCaseMarkdown(checked.data, locale);
        download(new Blob([text], { type: 'text/markdown;charset=utf-8' }), caseFileName(checked.data, 'md'));
      } else {
        // The Word writer (and the docx package) loads only now, in its own chunk.
        const { writeCaseDocx, DOCX_TYPE } = await import('@/storage/cases/write-case-docx');
        const bytes = await writeCaseDocx(checked.data, locale);
        download(new Blob([bytes], { type: DOCX_TYPE }), caseFileName(checked.data, 'docx'));
      }
      setMessage(t('case_exported', caseFileName(checked.data, format)));
    } catch (error) {
      setMessage(t('case_exportFailed', String(error)));
    } finally {
      setBusy(null);
    }
  };

  if (drafts.length === 0) return null;
  return (
    <section class="case-drafts" aria-labelledby="case-drafts-heading">
      <h2 id="case-drafts-heading">{t('case_heading', drafts.length)}</h2>
      <p class="hint">{t('case_intro')}</p>
      <p role="status" class="muted" data-testid="case-status">
        {message}
      </p>
      {drafts.map((draft) => (
        <CaseDraftEditor
          key={draft.reflectionId}
          locale={locale}
          draft={draft}
          busy={busy?.id === draft.reflectionId ? busy.format : null}
          onChange={(next) => setEdits((old) => ({ ...old, [next.reflectionId]: next }))}
          onExport={(format) => void exportDraft(draft, format)}
        />
      ))}
    </section>
  );
}
