import { ACTIVATING_EVENTS, noteActivation } from './user-activation';

/**
 * What counts as the learner's input, in one place for the top frame and the frame reporter: pointer,
 * key, wheel and touch events the browser itself dispatched (`isTrusted`). No `scroll`: a capturing
 * scroll listener sees every element scroll itself (auto-scrolling notices, chat panes), and the
 * learner's own scrolling already arrives as wheel, key or touch input.
 */
export const USER_INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Decides whether an event is the learner's input; tests on happy-dom pass their own. */
export type InputPredicate = (event: Event) => boolean;

/** The browser's test: only events from a real device, never from a page script's `dispatchEvent`. */
export const isUserInput: InputPredicate = (event) => event.isTrusted === true;

/**
 * Calls `onInput` for each accepted input event on a document (capturing, passive), and notes the
 * document's user activation for browsers without `navigator.userActivation`.
 */
export function listenForInput(
  doc: Document,
  onInput: () => void,
  signal: AbortSignal,
  accept: InputPredicate = isUserInput,
): void {
  const listener = (event: Event) => {
    if (!accept(event)) return;
    if (ACTIVATING_EVENTS.has(event.type)) noteActivation(doc);
    onInput();
  };
  for (const type of USER_INPUT_EVENTS) {
    doc.addEventListener(type, listener, { capture: true, passive: true, signal });
  }
}
