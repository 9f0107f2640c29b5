import { BRIDGE_TIMEOUT_MS } from '@/storage/schemas/bridge';
import { requestSnapshot } from './bridge-client';
import { readProgressText } from './read-progress';
import type { DataSource } from './widget-config';
import type { WidgetState } from './widget-state';

/** Larger files are not a snapshot or a week's digest; refusing them keeps the portal page responsive. */
const MAX_JSON_CHARS = 20_000_000;

/** The state for JSON text: a snapshot, a digest projected, empty → no data yet, else invalid data. */
export function stateFromText(text: string): WidgetState {
  if (!text.trim()) return { kind: 'no-data' };
  if (text.length > MAX_JSON_CHARS) return { kind: 'invalid' };
  const snapshot = readProgressText(text);
  return snapshot ? { kind: 'ready', snapshot } : { kind: 'invalid' };
}

async function loadFile(src: string, base: string, signal: AbortSignal): Promise<WidgetState> {
  let response: Response;
  try {
    response = await fetch(new URL(src, base), { signal, credentials: 'same-origin' });
  } catch {
    return { kind: 'invalid', status: 'network' };
  }
  if (!response.ok) return { kind: 'invalid', status: `HTTP ${response.status}` };
  return stateFromText(await response.text());
}

/**
 * The state a data source leads to. Inline JSON answers at once (so the first render is the data);
 * a file and the extension answer later. Never rejects.
 */
export function loadState(
  source: DataSource,
  env: { window: Window; signal: AbortSignal; timeoutMs?: number },
): WidgetState | Promise<WidgetState> {
  if (source.kind === 'inline') return stateFromText(source.script?.textContent ?? '');
  if (source.kind === 'file') {
    return loadFile(source.src, env.window.document.baseURI, env.signal).catch(() => ({ kind: 'invalid' }));
  }
  return requestSnapshot(env.window, {
    timeoutMs: env.timeoutMs ?? BRIDGE_TIMEOUT_MS,
    signal: env.signal,
  }).then((outcome) =>
    outcome.kind === 'snapshot' ? { kind: 'ready', snapshot: outcome.snapshot } : outcome,
  );
}
