import { createRateLimiter } from '@/storage/portal/rate-limit';
import {
  BRIDGE_NS,
  BRIDGE_VERSION,
  type BridgeReply,
  bridgeReplySchema,
  snapshotRequestSchema,
} from '@/storage/schemas/bridge';
import { portalReplySchema } from '@/storage/schemas/portal-answer';

/** At most this many requests a page may make in `RATE_WINDOW_MS`; more are dropped unanswered. */
export const RATE_LIMIT = 5;
export const RATE_WINDOW_MS = 10_000;

export interface BridgeDeps {
  /** Asks the background for this page's answer (a runtime message); the raw reply is checked here. */
  ask(): Promise<unknown>;
  /** A monotonic clock in ms (`performance.now()`). */
  now(): number;
  signal: AbortSignal;
}

/**
 * Answers the portal widget's snapshot requests on this window (docs/architecture.md section 5). Only a request
 * posted by this very window, from its own origin, in the bridge protocol, within the rate limit, is
 * passed on; the background decides whether this origin gets anything. A refusal, an invalid reply or a
 * failure leaves the request unanswered, which the widget reads as "not connected".
 */
export function answerSnapshotRequests(win: Window, deps: BridgeDeps): void {
  const limiter = createRateLimiter(RATE_LIMIT, RATE_WINDOW_MS);
  const onMessage = (event: MessageEvent) => {
    // Another frame, a popup or an opener can post to this window too: their messages are not the widget's.
    if (event.source !== win || event.origin !== win.location.origin) return;
    const request = snapshotRequestSchema.safeParse(event.data);
    if (!request.success || !limiter.take(deps.now())) return;
    const { id } = request.data;
    deps
      .ask()
      .then((raw) => {
        const reply = portalReplySchema.safeParse(raw);
        if (!reply.success || deps.signal.aborted) return;
        const message: BridgeReply = { ns: BRIDGE_NS, v: BRIDGE_VERSION, id, ...reply.data.answer };
        // Checked once more in the protocol's own schema: what reaches the page is exactly the contract.
        const checked = bridgeReplySchema.safeParse(message);
        if (checked.success) win.postMessage(checked.data, win.location.origin);
      })
      .catch(() => undefined);
  };
  win.addEventListener('message', onMessage, { signal: deps.signal });
}
