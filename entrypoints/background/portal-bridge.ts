import { browser } from '#imports';
import type { RegistrationPlan } from '@/storage/platforms/plan-registrations';
import { allowedPortalOrigins, planBridgeRegistration } from '@/storage/portal/bridge-registration';
import { patternForOrigin } from '@/storage/portal/portal-origin';
import { readWeekSnapshot } from '@/storage/repositories/portal-snapshot';
import type { RuntimeReply } from '@/storage/schemas/messages';
import type { PortalReply } from '@/storage/schemas/portal-answer';
import type { Settings } from '@/storage/schemas/settings';
import type { Snapshot } from '@/storage/schemas/snapshot';
import { loadSettings, watchSettings } from '@/storage/settings';
import { browserUserRulesApi, type UserRulesApi } from './user-rules';

type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

/** Applies one reconciliation of the bridge's registration with the allowed, permitted portal origins. */
export async function reconcilePortalBridge(
  origins: readonly string[],
  api: UserRulesApi,
): Promise<RegistrationPlan> {
  const patterns = [...new Set(allowedPortalOrigins(origins).map(patternForOrigin))];
  const granted = new Set<string>();
  for (const pattern of patterns) {
    if (await api.hasOrigins([pattern]).catch(() => false)) granted.add(pattern);
  }
  const plan = planBridgeRegistration(origins, (pattern) => granted.has(pattern), await api.getRegistered());
  if (plan.unregister.length > 0) await api.unregister(plan.unregister);
  for (const script of plan.update) await api.update(script);
  for (const script of plan.register) await api.register(script);
  return plan;
}

/**
 * Keeps the portal bridge registered exactly on the portal origins the learner allowed (docs/architecture.md
 * sections 5 and 7): at every start of the background, at browser startup, on every settings change and
 * when host permissions change. Runs are queued so two never interleave.
 */
export function setupPortalBridge(api: UserRulesApi = browserUserRulesApi()) {
  let queue: Promise<unknown> = Promise.resolve();
  const reconcile = (origins?: readonly string[]) => {
    queue = queue
      .then(async () => reconcilePortalBridge(origins ?? (await loadSettings()).portalOrigins, api))
      .catch((error: unknown) => console.error('StudyTrail: portal bridge registration not updated', error));
    return queue;
  };
  watchSettings((next) => void reconcile(next.portalOrigins));
  api.onPermissionsChanged(() => void reconcile());
  browser.runtime.onStartup.addListener(() => void reconcile());
  void reconcile();
  return { reconcile };
}

/** The origin of a bridge's page: the browser's account of the sender, never anything the script says. */
export function bridgeSenderOrigin(sender: Sender, extensionId: string): string | undefined {
  if (sender.id !== extensionId || sender.tab?.id === undefined || sender.frameId !== 0) return undefined;
  const origin = sender.origin ?? (sender.url ? new URL(sender.url).origin : undefined);
  return origin === undefined || origin === 'null' ? undefined : origin;
}

export interface PortalAnswerSources {
  settings(): Promise<Settings>;
  snapshot(settings: Settings): Promise<Snapshot | undefined>;
}

const browserSources = (): PortalAnswerSources => ({
  settings: loadSettings,
  snapshot: (settings) => readWeekSnapshot(settings, Date.now(), browser.runtime.getManifest().version),
});

/**
 * Answers a bridge's snapshot request. Settings are read afresh each time, so an origin the learner
 * removes or switches off is refused or told "consent needed" at once, even by a bridge already injected.
 */
export async function answerPortalRequest(
  sender: Sender,
  sources: PortalAnswerSources = browserSources(),
  extensionId: string = browser.runtime.id,
): Promise<PortalReply | RuntimeReply> {
  const origin = bridgeSenderOrigin(sender, extensionId);
  if (origin === undefined) return { ok: false, error: 'not-from-content-script' };
  const settings = await sources.settings();
  if (!allowedPortalOrigins(settings.portalOrigins).includes(origin))
    return { ok: false, error: 'not-allowed' };
  if (allowedPortalOrigins(settings.portalSharingOff).includes(origin)) {
    return { ok: true, answer: { type: 'unavailable', reason: 'consent-needed' } };
  }
  const snapshot = await sources.snapshot(settings);
  return snapshot
    ? { ok: true, answer: { type: 'snapshot', snapshot } }
    : { ok: true, answer: { type: 'unavailable', reason: 'no-data' } };
}
