import { z } from 'zod/mini';
import { unavailableReasonSchema } from './bridge';
import { snapshotSchema } from './snapshot';

/**
 * The background's answer to the portal bridge, checked by the bridge before anything reaches the page.
 * zod/mini, like the bridge protocol, so the content script stays small.
 */
export const portalAnswerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshot'), snapshot: snapshotSchema }),
  z.object({ type: z.literal('unavailable'), reason: unavailableReasonSchema }),
]);
export type PortalAnswer = z.infer<typeof portalAnswerSchema>;

/** The background's whole reply: an answer for an allowed origin; anything else means stay silent. */
export const portalReplySchema = z.object({ ok: z.literal(true), answer: portalAnswerSchema });
export type PortalReply = z.infer<typeof portalReplySchema>;
