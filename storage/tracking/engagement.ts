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
  /** A media element the page reads itself (its own, same-origin frames', open shadow roots) is playing. */
  mediaPlaying: boolean;
  /**
   * Media playing in a frame the page cannot read, as that frame last reported it: `ageMs` since the
   * newest report that it plays, and how long that report stays believable. Absent or null when none.
   */
  frameMedia?: { ageMs: number; expiresInMs: number } | null;
  /** A player frame last reported its media playing and has said nothing since for too long. */
  frameMediaLost?: boolean;
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
  /**
   * ms since epoch (on the `now` given) at which the engagement lapses unless renewed: new input, or a
   * new report from a player frame.
   */
  lapsesAt?: number;
  /**
   * ms since epoch up to which the engagement is known (the last report of a player frame): routine
   * heartbeats claim no later moment, so a frame that dies silently adds nothing after its last word.
   */
  confirmedUntil?: number;
  /** Not engaged because a playing player frame fell silent: it ended at that frame's last report. */
  lostFrame?: boolean;
}

/** Whether a tab is engaged at `now` (docs/architecture.md section 3). Pure: the caller supplies the clock. */
export function engagementAt(signals: PageSignals, settings: EngagementSettings, now: number): Engagement {
  if (signals.awayDialog) return { engaged: false, kind: 'input' };
  const idleMs = settings.idleSeconds * 1000;
  const age = signals.inputAgeMs;
  // A negative age is input "from the future": no clock can vouch for it, so it is stale.
  if (signals.visible && signals.focused && age !== null && age >= 0 && age <= idleMs) {
    return { engaged: true, kind: 'input', lapsesAt: now + idleMs - age };
  }
  const media: Engagement | null = signals.visible
    ? { engaged: true, kind: 'media' }
    : settings.countBackgroundAudio
      ? { engaged: true, kind: 'background-audio' }
      : null;
  if (media && signals.mediaPlaying) return media;
  const frame = signals.frameMedia;
  if (media && frame && frame.ageMs >= 0 && frame.expiresInMs > 0) {
    return { ...media, confirmedUntil: now - frame.ageMs, lapsesAt: now + frame.expiresInMs };
  }
  return signals.frameMediaLost
    ? { engaged: false, kind: 'input', lostFrame: true }
    : { engaged: false, kind: 'input' };
}
