import type { Snapshot } from '@/storage/schemas/snapshot';

/** What the widget shows: one state at a time (docs/architecture.md section 5, "Widget embed"). */
export type WidgetState =
  | { kind: 'loading' }
  /** No answer from the extension: not installed, or this portal not allowed in it. */
  | { kind: 'not-connected' }
  /** The portal is allowed but the learner switched sharing off. */
  | { kind: 'consent-needed' }
  | { kind: 'no-data' }
  /** `attribute`: which attribute is wrong; `status`: why a `src` file did not load. */
  | { kind: 'invalid'; attribute?: string; status?: string }
  | { kind: 'ready'; snapshot: Snapshot };
