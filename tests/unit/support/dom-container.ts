import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';

/** The element the current test renders into; a fresh one for every test (a live binding). */
export let container: HTMLDivElement;

/** Gives every test of the file a fresh `container` in the document, unmounted and removed after it. */
export function useContainer(): void {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
  });
}

/** Lets pending promises and the renders they cause settle. */
export const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
