import type { BackupError } from '../backup/backup-error';
import type { RestorePlan } from '../backup/plan-restore';
import { cleanTitle } from '../platforms/clean-title';
import { sessionKindSchema } from './rows';
import type { TabStatus } from './tab-status';
import { z } from './zod';

/**
 * Titles are plain text from the page, cut rather than refused: a page with an absurd title still counts.
 * Only the first few kB are looked at, so a hostile 10 MB title costs nothing and is never kept.
 */
const titleText = z.string().transform(cleanTitle);

/** Kinds of engagement a heartbeat can report (manual time never comes from a page). */
export const engagementKindSchema = sessionKindSchema.exclude(['manual']);
export type EngagementKind = z.infer<typeof engagementKindSchema>;

/**
 * A content script's report on its tab: sent every `heartbeatSeconds` while engaged and at once on
 * every change. The tab is the sender's, never taken from the payload.
 */
export const heartbeatSchema = z.object({
  type: z.literal('heartbeat'),
  /** ms since epoch, the page's clock at the moment described */
  ts: z.number().int().positive(),
  engaged: z.boolean(),
  kind: engagementKindSchema,
  platformId: z.string().min(1).max(64),
  /** Course key: `<platformId>:course:<id>` from the platform's ids, else `<platformId>:<title>` (study-keys.ts). */
  courseKey: z.string().min(1).max(2048),
  courseTitle: titleText,
  /** Lesson key: the lesson's id or title under its course key, else the normalised URL (study-keys.ts). */
  lessonKey: z.string().min(1).max(4096),
  lessonTitle: titleText,
});
export type Heartbeat = z.infer<typeof heartbeatSchema>;

export const statsRequestSchema = z.object({ type: z.literal('get-stats') });

/** The popup asks what is counted in its window's active tab (extension pages only). */
export const statusRequestSchema = z.object({
  type: z.literal('get-status'),
  tabId: z.number().int().nonnegative(),
});

/**
 * A sub-frame's signals (a player in a cross-origin iframe), sent on change; the background relays them
 * to the tab's top frame, which alone sends heartbeats.
 */
export const frameSignalsSchema = z.object({
  type: z.literal('frame-signals'),
  mediaPlaying: z.boolean(),
  /**
   * ms since the frame's last input, if any, measured on the frame's monotonic clock: an age, so the top
   * frame places it on its own clock and no wall clock (which may be set back) is involved.
   */
  inputAgeMs: z.number().int().min(0).max(86_400_000).nullable(),
});
export type FrameSignals = z.infer<typeof frameSignalsSchema>;

/** The relayed form the top frame receives: which frame spoke. */
export const frameSignalsRelaySchema = frameSignalsSchema.extend({
  type: z.literal('frame-signals-relay'),
  frameId: z.number().int().positive(),
});
export type FrameSignalsRelay = z.infer<typeof frameSignalsRelaySchema>;

/** A backup's text is at most 50 MiB (checked again, with a message, when parsed); a little slack here. */
const backupText = z.string().max(60 * 2 ** 20);
const restoreMode = z.enum(['merge', 'replace']);

/** Data operations: accepted from the extension's own pages only, never from a content script. */
export const dataMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('backup-export') }),
  z.object({ type: z.literal('restore-preview'), text: backupText, mode: restoreMode }),
  z.object({ type: z.literal('restore-apply'), text: backupText, mode: restoreMode }),
  z.object({ type: z.literal('erase-all') }),
]);
export type DataMessage = z.infer<typeof dataMessageSchema>;

/** The background's answer to a data message. */
export type DataReply =
  | { ok: true; text?: string; fileName?: string; plan?: RestorePlan }
  | { ok: false; error: BackupError };

/**
 * The portal bridge asks for the snapshot of its page's portal. It carries nothing: the background takes
 * the origin from the sender and checks it against the allowed portal origins on every request.
 */
export const portalSnapshotRequestSchema = z.object({ type: z.literal('portal-snapshot') });
export type PortalSnapshotRequest = z.infer<typeof portalSnapshotRequestSchema>;

/** Every message the background accepts: one typed protocol, validated before anything happens. */
export const runtimeMessageSchema = z.discriminatedUnion('type', [
  heartbeatSchema,
  statsRequestSchema,
  statusRequestSchema,
  frameSignalsSchema,
  portalSnapshotRequestSchema,
  ...dataMessageSchema.options,
]);
export type RuntimeMessage = z.infer<typeof runtimeMessageSchema>;

/** What the background answers. */
export type RuntimeReply =
  | { ok: true; stats?: BackgroundStats; tabStatus?: TabStatus }
  | {
      ok: false;
      error:
        | 'invalid-message'
        | 'not-from-content-script'
        | 'not-from-extension-page'
        | 'write-failed'
        | 'not-top-frame'
        | 'wrong-platform'
        | 'ignored'
        | 'not-allowed';
    };

export interface BackgroundStats {
  invalidMessages: number;
  heartbeats: number;
  writes: number;
  openSegments: number;
}
