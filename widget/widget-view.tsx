import { ProgressView } from './progress-view';
import { format, STRINGS } from './strings';
import type { DisplayConfig } from './widget-config';
import type { WidgetState } from './widget-state';

function Message({ title, hint, warn }: { title: string; hint: string; warn?: boolean }) {
  return (
    <div>
      <p class={warn ? 't w' : 't'}>{title}</p>
      <p>{hint}</p>
    </div>
  );
}

function Body({ state, config, origin }: { state: WidgetState; config: DisplayConfig; origin: string }) {
  const t = STRINGS[config.lang];
  switch (state.kind) {
    case 'loading':
      return <p>{t.loading}</p>;
    case 'not-connected':
      return <Message title={t.notConnectedTitle} hint={format(t.notConnectedHint, { origin })} />;
    case 'consent-needed':
      return <Message title={t.consentTitle} hint={t.consentHint} />;
    case 'no-data':
      return <Message title={t.noDataTitle} hint={t.noDataHint} />;
    case 'invalid': {
      const hint = state.attribute
        ? format(t.invalidAttribute, { name: state.attribute })
        : state.status
          ? format(t.fetchFailed, { status: state.status })
          : t.invalidData;
      return <Message title={t.invalidTitle} hint={hint} warn />;
    }
    case 'ready':
      return <ProgressView snapshot={state.snapshot} goalMinutes={config.goalMinutes} t={t} />;
  }
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
