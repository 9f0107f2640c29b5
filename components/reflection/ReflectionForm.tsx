import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReflectionDraft } from '@/storage/reflections/draft';
import { emptyDraft, TEXT_MAX, TOPICS_MAX } from '@/storage/reflections/draft-limits';
import { fill } from '@/storage/reflections/fill';
import type { FormTextKey } from '@/storage/reflections/form-text';
import type {
  ReflectionContext,
  ReflectionMessage,
  ReflectionReply,
} from '@/storage/schemas/reflection-messages';
import { RatingField } from './RatingField';
import { TextBlock } from './TextBlock';
import { TopicChips } from './TopicChips';
import { useDraftKeeper } from './use-draft-keeper';

export type FormOutcome = 'saved' | 'later' | 'not-today' | 'closed';

export interface ReflectionFormProps {
  context: ReflectionContext;
  /** Sends a message to the background; undefined when it could not be reached. */
  send: (message: ReflectionMessage) => Promise<ReflectionReply | undefined>;
  /** Called when the learner is done with the form (after the draft is kept or the reflection saved). */
  onDone: (outcome: FormOutcome) => void;
  /** The card offers "Later" and "Not today"; the popup only closes. */
  promptActions: boolean;
  idPrefix: string;
  now?: () => number;
}

type Status = { key: FormTextKey; detail?: string; alert: boolean } | undefined;

/** The 学 / 思 / 用 form shared by the in-page card and the popup. Text is only ever rendered as text. */
export function ReflectionForm(props: ReflectionFormProps) {
  const { context, send } = props;
  const now = props.now ?? Date.now;
  const t = (key: FormTextKey) => context.text[key] ?? key;
  const [draft, setDraft] = useState<ReflectionDraft>(() => context.draft ?? emptyDraft(context, now()));
  const [status, setStatus] = useState<Status>(
    context.draft ? { key: 'reflect_draftBack', alert: false } : undefined,
  );
  const [saving, setSaving] = useState(false);
  // The latest draft, also between renders: fast typing never builds on a stale one.
  const draftRef = useRef(draft);
  const learnedRef = useRef<HTMLTextAreaElement | null>(null);
  const keeper = useDraftKeeper(send);

  const change = (patch: Partial<ReflectionDraft>) => {
    const previous = draftRef.current;
    const next = { ...previous, ...patch, editedAt: Math.max(now(), previous.editedAt + 1) };
    draftRef.current = next;
    setDraft(next);
    keeper.keep(next);
  };

  useEffect(() => {
    learnedRef.current?.focus();
  }, []);

  const finish = async (outcome: FormOutcome) => {
    await keeper.flush();
    props.onDone(outcome);
  };

  const save = async () => {
    const current = draftRef.current;
    if (!current.learned.trim()) {
      setStatus({ key: 'reflect_learnedEmpty', alert: true });
      learnedRef.current?.focus();
      return;
    }
    setSaving(true);
    setStatus({ key: 'reflect_saving', alert: false });
    await keeper.flush();
    const reply = await send({ type: 'reflection-save', draft: current });
    setSaving(false);
    if (reply?.ok) {
      keeper.cancel();
      setStatus({ key: 'reflect_saved', alert: false });
      props.onDone('saved');
      return;
    }
    if (!reply) setStatus({ key: 'reflect_noExtension', alert: true });
    else if (reply.error === 'storage-full' || reply.error === 'write-failed')
      setStatus({ key: 'reflect_storageFull', alert: true });
    else setStatus({ key: 'reflect_invalid', detail: reply.detail ?? reply.error, alert: true });
  };

  const id = props.idPrefix;
  return (
    <form
      class="st-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextBlock
        id={`${id}-learned`}
        label={t('reflect_learned')}
        prompt={t('reflect_learnedPrompt')}
        counter={t('reflect_counter')}
        value={draft.learned}
        max={TEXT_MAX}
        required
        invalid={status?.key === 'reflect_learnedEmpty'}
        inputRef={(element) => {
          learnedRef.current = element;
        }}
        onInput={(learned) => change({ learned })}
      />
      <TextBlock
        id={`${id}-thought`}
        label={t('reflect_thought')}
        prompt={t('reflect_thoughtPrompt')}
        counter={t('reflect_counter')}
        value={draft.thought}
        max={TEXT_MAX}
        onInput={(thought) => change({ thought })}
      />
      <TextBlock
        id={`${id}-apply`}
        label={t('reflect_apply')}
        prompt={t('reflect_applyPrompt')}
        counter={t('reflect_counter')}
        value={draft.apply}
        max={TEXT_MAX}
        onInput={(apply) => change({ apply })}
      />
      <TopicChips
        idPrefix={id}
        topics={draft.topics}
        suggestions={context.suggestions}
        max={TOPICS_MAX}
        text={{
          label: t('reflect_topics'),
          input: t('reflect_topicInput'),
          remove: t('reflect_topicRemove'),
          suggestions: t('reflect_suggestions'),
        }}
        onChange={(topics) => change({ topics })}
      />
      <RatingField
        name={`${id}-rating`}
        value={draft.rating}
        text={{ legend: t('reflect_rating'), value: t('reflect_ratingValue'), none: t('reflect_ratingNone') }}
        onChange={(rating) => change(rating === undefined ? { rating: undefined } : { rating })}
      />
      <label class="st-check">
        <input
          type="checkbox"
          checked={draft.isCase}
          onChange={(e) => change({ isCase: e.currentTarget.checked })}
        />
        <span>{t('reflect_isCase')}</span>
      </label>
      <p class="st-status" role={status?.alert ? 'alert' : 'status'}>
        {status ? fill(t(status.key), status.detail ?? '') : ''}
      </p>
      <div class="st-actions">
        <button type="submit" class="st-primary" disabled={saving}>
          {t('reflect_save')}
        </button>
        {props.promptActions && (
          <>
            <button type="button" onClick={() => void finish('later')}>
              {t('reflect_later')}
            </button>
            <button type="button" onClick={() => void finish('not-today')}>
              {t('reflect_notToday')}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
