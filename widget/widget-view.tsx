import { ProgressView } from './progress-view';
import { format, STRINGS } from './strings';
import type { DisplayConfig } from './widget-config';
import type { WidgetState } from './widget-state';

function Body({ state, config, origin }: { state: WidgetState; config: DisplayConfig; origin: string }) {
  const t = STRINGS[config.lang];
  if (state.kind === 'loading') return <p>{t.loading}</p>;
  if (state.kind === 'ready') {
    return <ProgressView snapshot={state.snapshot} goalMinutes={config.goalMinutes} t={t} />;
  }
  const [title, hint] = t[state.kind];
  const detail =
    state.kind !== 'invalid'
      ? hint
      : state.attribute
        ? t.invalidAttribute
        : state.status
          ? t.fetchFailed
          : hint;
  return (
    <div>
      <p class={state.kind === 'invalid' ? 't w' : 't'}>{title}</p>
      <p>
        {format(detail, {
          origin,
          name: state.kind === 'invalid' ? (state.attribute ?? '') : '',
          status: state.kind === 'invalid' ? (state.status ?? '') : '',
        })}
      </p>
    </div>
  );
}

/** The card whose content is the current state. */
export function WidgetView(props: { state: WidgetState; config: DisplayConfig; origin: string }) {
  const state: WidgetState = props.config.invalidAttribute
    ? { kind: 'invalid', attribute: props.config.invalidAttribute }
    : props.state;
  return (
    <section
      lang={props.config.lang}
      data-state={state.kind}
      aria-busy={state.kind === 'loading'}
      aria-live="polite"
    >
      <h2>{STRINGS[props.config.lang].heading}</h2>
      <Body state={state} config={props.config} origin={props.origin} />
    </section>
  );
}
