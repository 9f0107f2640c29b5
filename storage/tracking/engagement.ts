import type { EngagementKind } from '../schemas/messages';

/** What a content script observes in its page; nothing else is read from it. */
export interface PageSignals {
  /** document.visibilityState === 'visible' */
  visible: boolean;
  /** The page's window has focus. */
  focused: boolean;
  /**
   * ms since the last keyboard, pointer, wheel or touch input in the page (any frame), if any, measured on
   * a monotonic clock so that a clock set back or forward cannot make old input look fresh.
   */
  inputAgeMs: number | null;
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
  /** ms since epoch (on the `now` given) at which input-based engagement lapses unless new input arrives. */
  lapsesAt?: number;
}

/** Whether a tab is engaged at `now` (DESIGN.md section 3). Pure: the caller supplies the clock. */
export function engagementAt(signals: PageSignals, settings: EngagementSettings, now: number): Engagement {
  if (signals.awayDialog) return { engaged: false, kind: 'input' };
  const idleMs = settings.idleSeconds * 1000;
  const age = signals.inputAgeMs;
  // A negative age is input "from the future": no clock can vouch for it, so it is stale.
  if (signals.visible && signals.focused && age !== null && age >= 0 && age <= idleMs) {
    return { engaged: true, kind: 'input', lapsesAt: now + idleMs - age };
  }
  if (signals.mediaPlaying && signals.visible) return { engaged: true, kind: 'media' };
  if (signals.mediaPlaying && !signals.visible && settings.countBackgroundAudio) {
    return { engaged: true, kind: 'background-audio' };
  }
  return { engaged: false, kind: 'input' };
}
