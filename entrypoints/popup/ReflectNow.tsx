import { useState } from 'preact/hooks';
import { browser } from '#imports';
import { ReflectionForm } from '@/components/reflection/ReflectionForm';
import '@/components/reflection/reflection-form.css';
import { useLiveQuery } from '@/components/use-live-query';
import { type Locale, translate } from '@/storage/i18n';
import { latestReflection, reflectionsOfWeek } from '@/storage/repositories/reflections';
import type {
  ReflectionContext,
  ReflectionMessage,
  ReflectionReply,
} from '@/storage/schemas/reflection-messages';
import './reflect-now.css';

const send = (message: ReflectionMessage): Promise<ReflectionReply | undefined> =>
  browser.runtime.sendMessage(message).catch(() => undefined) as Promise<ReflectionReply | undefined>;

/** This week's reflections and "Reflect now" for the current or last course, with the card's form. */
export function ReflectNow(props: { locale: Locale; timeZone: string; now: number }) {
  const { locale } = props;
  const [context, setContext] = useState<ReflectionContext | undefined>();
  const [note, setNote] = useState<string>('');
  const week = useLiveQuery(async () => {
    const [rows, latest] = await Promise.all([
      reflectionsOfWeek(props.now, props.timeZone),
      latestReflection(),
    ]);
    return { count: rows.length, latest };
  }, [props.now, props.timeZone]);
  const open = async () => {
    const reply = await send({ type: 'reflection-context' });
    if (reply?.ok && reply.context) {
      setNote('');
      setContext(reply.context);
    } else
      setNote(
        translate(
          locale,
          reply?.ok === false && reply.error === 'no-course' ? 'reflect_noCourse' : 'reflect_noExtension',
        ),
      );
  };
  if (context) {
    return (
      <section class="reflect-now" aria-labelledby="reflect-now-title" lang={context.lang}>
        <h2 id="reflect-now-title">
          {translate(locale, 'reflect_reflectOn', context.lessonTitle || context.courseTitle)}
        </h2>
        <ReflectionForm
          context={context}
          send={send}
          promptActions={false}
          idPrefix="popup"
          onDone={(outcome) => {
            setContext(undefined);
            if (outcome === 'saved') setNote(translate(locale, 'reflect_saved'));
          }}
        />
        <button type="button" class="reflect-back" onClick={() => setContext(undefined)}>
          {translate(locale, 'reflect_back')}
        </button>
      </section>
    );
  }
  return (
    <section class="reflect-now" aria-label={translate(locale, 'reflect_cardTitle')}>
      {week.status === 'ready' && (
        <p class="reflect-count">
          {translate(locale, 'reflect_weekCount', week.value.count)}
          {week.value.latest && (
            <span class="reflect-latest">
              {' · '}
              {translate(locale, 'reflect_lastReflection', week.value.latest.learned.slice(0, 40))}
            </span>
          )}
        </p>
      )}
      <button type="button" class="reflect-open" onClick={() => void open()}>
        {translate(locale, 'reflect_reflectNow')}
      </button>
      <p class="reflect-note" role="status">
        {note}
      </p>
    </section>
  );
}
