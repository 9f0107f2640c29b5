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

/**
 * A pointer move that moved nothing: Chromium dispatches one, trusted, when a page loads or its layout
 * changes under a cursor that stands still (seen at every page change of a browser run with no input:
 * `movementX`/`movementY` 0, the same screen position). It is not the learner.
 */
function isStillMove(event: Event): boolean {
  const move = event as PointerEvent;
  return event.type === 'pointermove' && move.movementX === 0 && move.movementY === 0;
}

/**
 * The learner's input: a trusted event (`isTrusted` in a browser, so never a page script's
 * `dispatchEvent`) that is not a pointer move without movement. Only the trust test can be replaced, for
 * a DOM without trusted events (the replay simulator on happy-dom).
 */
export function userInputTest(isTrusted: (event: Event) => boolean): InputPredicate {
  return (event) => isTrusted(event) && !isStillMove(event);
}

/** The browser's input test. */
export const isUserInput: InputPredicate = userInputTest((event) => event.isTrusted === true);

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
