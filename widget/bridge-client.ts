import { z } from 'zod/mini';
import {
  BRIDGE_NS,
  BRIDGE_VERSION,
  type SnapshotRequest,
  snapshotReplySchema,
  type UnavailableReason,
  unavailableReplySchema,
} from '@/storage/schemas/bridge';
import type { Snapshot } from '@/storage/schemas/snapshot';

/** What asking the extension ended with. `invalid`: an answer to our request that does not parse. */
export type BridgeOutcome =
  | { kind: 'snapshot'; snapshot: Snapshot }
  | { kind: UnavailableReason }
  | { kind: 'not-connected' }
  | { kind: 'invalid' };

/** Enough of an answer to know it is meant for us; the rest is parsed only then. */
const replyEnvelope = z.object({
  ns: z.literal(BRIDGE_NS),
  v: z.literal(BRIDGE_VERSION),
  type: z.literal(['snapshot', 'unavailable']),
  id: z.string(),
});

/** A random request id; `crypto.getRandomValues` also works on plain-http portals (randomUUID does not). */
export function newRequestId(): string {
  return crypto.getRandomValues(new Uint32Array(3)).join('-');
}

/**
 * Asks the portal bridge of the StudyTrail extension for the snapshot (docs/architecture.md section 5). Only an
 * answer from this very window, from its own origin, in our namespace and with our id counts; anything
 * else on the window is ignored. No answer within `timeoutMs`: not connected (not installed, or this
 * origin not allowed: the bridge is not registered there). Resolves once; never rejects.
 */
export function requestSnapshot(
  win: Window,
  options: { timeoutMs: number; signal?: AbortSignal; id?: string },
): Promise<BridgeOutcome> {
  const origin = win.location.origin;
  const id = options.id ?? newRequestId();
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (outcome: BridgeOutcome) => {
      clearTimeout(timer);
      win.removeEventListener('message', onMessage);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onAbort = () => finish({ kind: 'not-connected' });
    function onMessage(event: MessageEvent) {
      if (event.source !== win || event.origin !== origin) return;
      const envelope = replyEnvelope.safeParse(event.data);
      if (!envelope.success || envelope.data.id !== id) return;
      if (envelope.data.type === 'snapshot') {
        const reply = snapshotReplySchema.safeParse(event.data);
        finish(reply.success ? { kind: 'snapshot', snapshot: reply.data.snapshot } : { kind: 'invalid' });
      } else {
        const reply = unavailableReplySchema.safeParse(event.data);
        finish(reply.success ? { kind: reply.data.reason } : { kind: 'invalid' });
      }
    }
    // An opaque origin (a file:// page) cannot be addressed, and no bridge runs there.
    if (origin === 'null' || options.signal?.aborted) {
      resolve({ kind: 'not-connected' });
      return;
    }
    win.addEventListener('message', onMessage);
    options.signal?.addEventListener('abort', onAbort);
    timer = setTimeout(() => finish({ kind: 'not-connected' }), options.timeoutMs);
    const request: SnapshotRequest = { ns: BRIDGE_NS, v: BRIDGE_VERSION, type: 'snapshot-request', id };
    win.postMessage(request, origin);
  });
}
