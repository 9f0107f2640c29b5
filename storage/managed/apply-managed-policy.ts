import { normalizeStoredOrigin } from '../portal/portal-origin';
import type { Settings } from '../schemas/settings';
import type { ManagedPolicy } from './managed-policy';

const originOf = (entry: string) => normalizeStoredOrigin(entry) ?? entry;

/**
 * The settings change that brings the learner's settings in line with the school's policy: the school's
 * portals are added and its platforms switched on; portals and platforms the learner added stay. A portal the
 * previous policy set and the current one dropped is removed (the school took it back). Undefined: nothing to do.
 */
export function applyManagedPolicy(
  settings: Pick<Settings, 'portalOrigins' | 'enabledPlatforms'>,
  policy: ManagedPolicy,
  previous: ManagedPolicy,
): Pick<Settings, 'portalOrigins' | 'enabledPlatforms'> | undefined {
  const dropped = new Set(previous.portalOrigins.filter((origin) => !policy.portalOrigins.includes(origin)));
  const kept = settings.portalOrigins.filter((entry) => !dropped.has(originOf(entry)));
  const have = new Set(kept.map(originOf));
  const portalOrigins = [...kept, ...policy.portalOrigins.filter((origin) => !have.has(origin))];
  const enabledPlatforms = { ...settings.enabledPlatforms };
  for (const id of policy.platforms) enabledPlatforms[id] = true;
  const sameOrigins =
    portalOrigins.length === settings.portalOrigins.length &&
    portalOrigins.every((origin, index) => origin === settings.portalOrigins[index]);
  const samePlatforms = policy.platforms.every((id) => settings.enabledPlatforms[id] === true);
  return sameOrigins && samePlatforms ? undefined : { portalOrigins, enabledPlatforms };
}

/** Whether the school set this portal origin (the learner cannot remove it). */
export const isManagedOrigin = (policy: ManagedPolicy, origin: string) =>
  policy.portalOrigins.includes(originOf(origin));

/** Whether the school keeps this built-in platform on (the learner cannot switch it off). */
export const isManagedPlatform = (policy: ManagedPolicy, id: string) => policy.platforms.includes(id);
