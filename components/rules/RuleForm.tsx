import { useEffect, useRef, useState } from 'preact/hooks';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { originsForRule } from '@/storage/platforms/rule-origins';
import {
  draftFromRule,
  type RuleDraft,
  type RuleField,
  type RuleFieldError,
  validateRuleDraft,
} from '@/storage/platforms/validate-rule';
import type { CustomRule } from '@/storage/schemas/settings';
import { LiveNotices, type Notice } from './LiveNotices';
import { TextField } from './TextField';

/** What became of a valid rule: saved, or not saved because the browser refused the host permission. */
export type SaveOutcome = 'saved' | 'denied';

interface Props {
  locale: Locale;
  /** The rule being edited; none for a new one. */
  rule?: CustomRule;
  /**
   * Called synchronously from the submit handler with a valid rule, so that it can ask for the host
   * permission while the user gesture lasts.
   */
  onSave: (rule: CustomRule) => Promise<SaveOutcome>;
  onCancel: () => void;
  /** Parses selectors; defaults to the page's document. */
  doc?: Document;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'requesting' }
  | { kind: 'denied'; origins: string[] }
  | { kind: 'failed'; reason: string };

const EMPTY: RuleDraft = { name: '', matches: '', courseTitle: '', lessonTitle: '', titlePattern: '' };
const FIELD_ORDER: RuleField[] = ['name', 'matches', 'courseTitle', 'lessonTitle', 'titlePattern'];
type TextInput = HTMLInputElement | HTMLTextAreaElement;

/**
 * Adds or edits a user platform rule (docs/architecture.md section 4): validates first and shows every problem at
 * its field; only a valid rule goes on to the permission prompt and to saving.
 */
export function RuleForm({ locale, rule, onSave, onCancel, doc }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [draft, setDraft] = useState<RuleDraft>(() => (rule ? draftFromRule(rule) : EMPTY));
  const [errors, setErrors] = useState<RuleFieldError[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const fields = useRef<Partial<Record<RuleField, TextInput | null>>>({});
  const fieldRef = (field: RuleField) => (element: TextInput | null) => {
    fields.current[field] = element;
  };

  useEffect(() => fields.current.name?.focus(), []);
  // After a refused submit, take the keyboard to the first field with a problem.
  useEffect(() => {
    const first = FIELD_ORDER.find((field) => errors.some((error) => error.field === field));
    if (first) fields.current[first]?.focus();
  }, [attempt]);

  const messagesFor = (field: RuleField) =>
    errors.filter((error) => error.field === field).map((error) => t(error.key, ...error.params));
  const edit = (field: keyof RuleDraft) => (value: string | boolean) =>
    setDraft((current) => ({ ...current, [field]: value }));

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (status.kind === 'requesting') return;
    const result = validateRuleDraft(draft, { id: rule?.id, enabled: rule?.enabled, doc });
    if (!result.ok) {
      setErrors(result.errors);
      setStatus({ kind: 'idle' });
      setAttempt((n) => n + 1);
      return;
    }
    setErrors([]);
    setStatus({ kind: 'requesting' });
    onSave(result.rule).then(
      (outcome) => {
        if (outcome === 'denied') setStatus({ kind: 'denied', origins: originsForRule(result.rule) });
      },
      (error: unknown) =>
        setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
  };

  const noticeOf = (current: Status): Notice => {
    if (current.kind === 'requesting') return { kind: 'status', text: t('ruleRequesting') };
    if (current.kind === 'denied') {
      return { kind: 'alert', text: t('rulePermissionDenied', current.origins.join(', ')) };
    }
    if (current.kind === 'failed') return { kind: 'alert', text: t('ruleActionFailed', current.reason) };
    return null;
  };

  const heading = rule ? t('ruleFormEditHeading', rule.name) : t('ruleFormAddHeading');
  return (
    <form class="rule-form" aria-labelledby="rule-form-heading" onSubmit={onSubmit}>
      <h3 id="rule-form-heading">{heading}</h3>
      <TextField
        id="rule-name"
        label={t('ruleFieldName')}
        hint={t('ruleFieldNameHint')}
        errors={messagesFor('name')}
        value={draft.name}
        onInput={edit('name')}
        inputRef={fieldRef('name')}
      />
      <TextField
        id="rule-matches"
        label={t('ruleFieldMatches')}
        hint={t('ruleFieldMatchesHint')}
        errors={messagesFor('matches')}
        value={draft.matches}
        onInput={edit('matches')}
        inputRef={fieldRef('matches')}
        multiline
        code
      />
      <TextField
        id="rule-course-title"
        label={t('ruleFieldCourseTitle')}
        hint={t('ruleFieldCourseTitleHint')}
        errors={messagesFor('courseTitle')}
        value={draft.courseTitle ?? ''}
        onInput={edit('courseTitle')}
        inputRef={fieldRef('courseTitle')}
        code
      />
      <TextField
        id="rule-lesson-title"
        label={t('ruleFieldLessonTitle')}
        hint={t('ruleFieldLessonTitleHint')}
        errors={messagesFor('lessonTitle')}
        value={draft.lessonTitle ?? ''}
        onInput={edit('lessonTitle')}
        inputRef={fieldRef('lessonTitle')}
        code
      />
      <TextField
        id="rule-title-pattern"
        label={t('ruleFieldTitlePattern')}
        hint={t('ruleFieldTitlePatternHint')}
        errors={messagesFor('titlePattern')}
        value={draft.titlePattern ?? ''}
        onInput={edit('titlePattern')}
        inputRef={fieldRef('titlePattern')}
        code
      />
      <div class="field checkbox">
        <input
          id="rule-all-frames"
          type="checkbox"
          checked={draft.allFrames ?? false}
          aria-describedby="rule-all-frames-hint"
          onChange={(event) => edit('allFrames')(event.currentTarget.checked)}
        />
        <label for="rule-all-frames">{t('ruleFieldAllFrames')}</label>
        <p id="rule-all-frames-hint" class="hint">
          {t('ruleFieldAllFramesHint')}
        </p>
      </div>
      <LiveNotices notice={noticeOf(status)} />
      <div class="actions">
        <button
          type="submit"
          class="primary"
          aria-disabled={status.kind === 'requesting' ? 'true' : undefined}
        >
          {t('ruleSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
