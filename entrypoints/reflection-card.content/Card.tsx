import { type FormOutcome, ReflectionForm } from '@/components/reflection/ReflectionForm';
import { fill } from '@/storage/reflections/fill';
import type {
  ReflectionContext,
  ReflectionMessage,
  ReflectionReply,
} from '@/storage/schemas/reflection-messages';

interface Props {
  context: ReflectionContext;
  send: (message: ReflectionMessage) => Promise<ReflectionReply | undefined>;
  onDone: (outcome: FormOutcome) => void;
}

/** The in-page card: non-modal, labelled by its title; Esc closes it and keeps the draft. */
export function Card({ context, send, onDone }: Props) {
  const t = context.text;
  const name = context.lessonTitle || context.courseTitle;
  return (
    <section
      class="st-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="st-card-title"
      lang={context.lang}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone('closed');
        }
      }}
    >
      <header>
        <h2 id="st-card-title" title={fill(t.reflect_cardLabel ?? '', name)}>
          {t.reflect_cardTitle}
        </h2>
        <button type="button" class="st-close" aria-label={t.reflect_close} onClick={() => onDone('closed')}>
          ×
        </button>
      </header>
      <p class="st-intro">{fill(t.reflect_cardLabel ?? '', name)}</p>
      <p class="st-intro">{t.reflect_cardIntro}</p>
      <ReflectionForm context={context} send={send} onDone={onDone} promptActions idPrefix="st-card" />
    </section>
  );
}
