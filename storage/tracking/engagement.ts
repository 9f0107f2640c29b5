import type { EngagementKind } from '../schemas/messages';

/** What a content script observes in its page; nothing else is read from it. */
export interface PageSignals {
  /** document.visibilityState === 'visible' */
  visible: boolean;
  /** The page's window has focus. */
  focused: boolean;
  /** ms since epoch of the last keyboard, pointer, wheel or touch input in the page, if any. */
  lastInputAt: number | null;
  /** A media element in the page (any frame, open shadow roots) is playing. */
  mediaPlaying: boolean;
  /** The platform's "are you still there" dialog is shown. */
  awayDialog: boolean;
}

export interface EngagementSettings {
  idleSeconds: number;
  countBackgroundAudio: boolean;
}

export interface Engagement {
  engaged: boolean;
  /** How the tab is engaged, by priority: focused input > visible media > background audio. */
  kind: EngagementKind;
  /** ms since epoch at which input-based engagement lapses unless new input arrives. */
  lapsesAt?: number;
}

/** Whether a tab is engaged at `now` (DESIGN.md section 3). Pure: the caller supplies the clock. */
export function engagementAt(signals: PageSignals, settings: EngagementSettings, now: number): Engagement {
  if (signals.awayDialog) return { engaged: false, kind: 'input' };
  const idleMs = settings.idleSeconds * 1000;
  if (
    signals.visible &&
    signals.focused &&
    signals.lastInputAt !== null &&
    now - signals.lastInputAt <= idleMs
  ) {
    return { engaged: true, kind: 'input', lapsesAt: signals.lastInputAt + idleMs };
  }
  if (signals.mediaPlaying && signals.visible) return { engaged: true, kind: 'media' };
  if (signals.mediaPlaying && !signals.visible && settings.countBackgroundAudio) {
    return { engaged: true, kind: 'background-audio' };
  }
  return { engaged: false, kind: 'input' };
}

/**
 * The moment engagement ended, for a disengaging heartbeat: when input went stale that is the last input
 * plus `idleSeconds`, not the later moment a timer noticed it.
 */
export function disengagedAt(previous: Engagement, now: number): number {
  return previous.lapsesAt !== undefined ? Math.min(now, previous.lapsesAt) : now;
}
