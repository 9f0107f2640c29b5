import { CASE_SECTIONS, type CaseDraft } from '@/storage/cases';
import { type Locale, translate } from '@/storage/i18n';

interface Props {
  locale: Locale;
  draft: CaseDraft;
  onChange: (draft: CaseDraft) => void;
  onExport: (format: 'md' | 'docx') => void;
  /** Which format is being written, if any. */
  busy: 'md' | 'docx' | null;
}

/** One case draft's fields, editable before export: title, the AI tool, and 背景 问题 做法 成效 反思. */
export function CaseDraftEditor({ locale, draft, onChange, onExport, busy }: Props) {
  const t = (key: Parameters<typeof translate>[1], ...rest: (string | number)[]) =>
    translate(locale, key, ...rest);
  const id = (name: string) => `case-${draft.reflectionId}-${name}`;
  const headingId = id('heading');
  return (
    <article class="case-draft" aria-labelledby={headingId} data-testid="case-draft">
      <h3 id={headingId}>{draft.title.trim() || t('case_untitled')}</h3>
      <p class="muted">
        {[draft.courseTitle, draft.lessonTitle, draft.date].filter((s) => s.trim() !== '').join(' · ')}
      </p>
      <div class="field">
        <label for={id('title')}>{t('case_title')}</label>
        <input
          id={id('title')}
          type="text"
          maxLength={200}
          value={draft.title}
          onInput={(event) => onChange({ ...draft, title: event.currentTarget.value })}
        />
      </div>
      {CASE_SECTIONS.map(({ field, key }) => (
        <div key={field}>
          <div class="field">
            <label for={id(field)}>{t(key)}</label>
            <textarea
              id={id(field)}
              rows={4}
              maxLength={12_000}
              value={draft[field]}
              placeholder={t(`${key}Hint` as Parameters<typeof translate>[1])}
              onInput={(event) => onChange({ ...draft, [field]: event.currentTarget.value })}
            />
          </div>
          {field === 'practice' && (
            <div class="field">
              <label for={id('ai-tool')}>{t('case_aiTool')}</label>
              <input
                id={id('ai-tool')}
                type="text"
                maxLength={200}
                value={draft.aiTool}
                placeholder={t('case_aiToolHint')}
                onInput={(event) => onChange({ ...draft, aiTool: event.currentTarget.value })}
              />
            </div>
          )}
        </div>
      ))}
      <div class="actions">
        <button
          type="button"
          data-format="md"
          disabled={busy !== null}
          onClick={() => onExport('md')}
          aria-describedby={headingId}
        >
          {t('case_exportMarkdown')}
        </button>
        <button
          type="button"
          data-format="docx"
          disabled={busy !== null}
          onClick={() => onExport('docx')}
          aria-describedby={headingId}
        >
          {t('case_exportDocx')}
        </button>
      </div>
    </article>
  );
}
