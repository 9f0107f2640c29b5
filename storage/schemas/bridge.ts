import { z } from 'zod/mini';
import { snapshotSchema } from './snapshot';

/*
 * The portal bridge protocol (docs/architecture.md section 5): the widget posts a request to its own window, the
 * bridge content script answers on the same window. Both sides parse every message with these schemas
 * and ignore anything else. zod/mini keeps the widget bundle small.
 */

/** Namespace of every bridge message; anything else on the window is someone else's. */
export const BRIDGE_NS = 'studytrail';
/** Protocol version; a message with another version is ignored. */
export const BRIDGE_VERSION = 1;
/** The widget gives up waiting for an answer after this long, in ms, and shows "not connected". */
export const BRIDGE_TIMEOUT_MS = 1500;

/** Chosen by the widget for each request (random hex); an answer must carry the same id. */
const requestId = z.string().check(z.refine((id) => /^[\w-]{1,64}$/.test(id)));

const envelope = {
  ns: z.literal(BRIDGE_NS),
  v: z.literal(BRIDGE_VERSION),
  id: requestId,
};

/** Widget → bridge: "what may this portal show?". Names no learner and asks for nothing else. */
export const snapshotRequestSchema = z.object({
  ...envelope,
  type: z.literal('snapshot-request'),
});
export type SnapshotRequest = z.infer<typeof snapshotRequestSchema>;

/** Bridge → widget: the snapshot at the learner's share level. */
export const snapshotReplySchema = z.object({
  ...envelope,
  type: z.literal('snapshot'),
  snapshot: snapshotSchema,
});
export type SnapshotReply = z.infer<typeof snapshotReplySchema>;

/**
 * Bridge → widget: nothing to show. `consent-needed`: the origin is allowed but the learner switched
 * sharing off; `no-data`: sharing is on but nothing has been recorded yet.
 */
export const unavailableReasonSchema = z.literal(['consent-needed', 'no-data']);
export type UnavailableReason = z.infer<typeof unavailableReasonSchema>;

export const unavailableReplySchema = z.object({
  ...envelope,
  type: z.literal('unavailable'),
  reason: unavailableReasonSchema,
});
export type UnavailableReply = z.infer<typeof unavailableReplySchema>;

/** Every answer the widget accepts. */
export const bridgeReplySchema = z.union([snapshotReplySchema, unavailableReplySchema]);
export type BridgeReply = z.infer<typeof bridgeReplySchema>;
