import type { ComponentChildren } from 'preact';

interface Props {
  /** The period picker: it stays usable while the data loads or after it failed. */
  picker: ComponentChildren;
  /** The localized loading text. */
  loadingText: string;
  /** The localized failure text, when loading failed. */
  failure?: string;
}

/** A stats view (Week, Year) whose data is still loading or failed to load. */
export function StatsPending({ picker, loadingText, failure }: Props) {
  if (failure === undefined) {
    return (
      <section class="stats" aria-busy="true">
        {picker}
        <p class="muted" role="status">
          {loadingText}
        </p>
      </section>
    );
  }
  return (
    <section class="stats">
      {picker}
      <p role="alert">{failure}</p>
    </section>
  );
}
