import { expect, vi } from 'vitest';
import '@/widget/index';
import { buildDigest, toSnapshot } from '@/storage/digest';
import type { Snapshot } from '@/storage/schemas/snapshot';
import { NOW, PERIOD, REFLECTIONS, SESSIONS, TIME_ZONE, WEEKLY_GOAL } from './digest-fixture';

/** The digest of the fixed fixture week (247.5 min of a 200 min goal, streak 8). */
export const DIGEST = buildDigest(
  { sessions: SESSIONS, reflections: REFLECTIONS },
  { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
);
/** Its snapshot at the most a learner can share, with class hours. */
export const SNAPSHOT: Snapshot = toSnapshot(DIGEST, 'topics', { classHourMinutes: 45 });

/** Places `<studytrail-progress>` markup in the page and returns the element. */
export function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  const element = document.querySelector<HTMLElement>('studytrail-progress');
  if (!element) throw new Error('no <studytrail-progress> in the markup');
  return element;
}

/**
 * `<studytrail-progress>` with an inline JSON child that is there when the element connects (as in a
 * browser's innerHTML or a parsed page with the script after the element).
 */
export function inline(json: string, attributes: Record<string, string> = {}): HTMLElement {
  document.body.innerHTML = '';
  const element = document.createElement('studytrail-progress');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  element.append(script);
  document.body.append(element);
  return element;
}

export const card = (element: HTMLElement) => element.shadowRoot?.querySelector('section') ?? null;
export const stateOf = (element: HTMLElement) => card(element)?.dataset.state;
export const textOf = (element: HTMLElement) => card(element)?.textContent ?? '';

export async function waitForState(element: HTMLElement, state: string): Promise<void> {
  await vi.waitFor(() => expect(stateOf(element)).toBe(state));
}
