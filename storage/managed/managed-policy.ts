import { normalizeStoredOrigin } from '../portal/portal-origin';
import { z } from '../schemas/zod';

/** Keeps the entries that are strings, drops the rest: one bad entry never costs the school the others. */
const stringList = z.preprocess(
  (value) => (Array.isArray(value) ? value.filter((entry) => typeof entry === 'string') : []),
  z.array(z.string()),
);

/**
 * What a school's IT sets through enterprise policy (`storage.managed`, public/managed-schema.json): portal
 * origins that may show the learner's progress and built-in platforms that count. Anything invalid is
 * dropped, never thrown: a broken policy must not stop the extension.
 */
export const managedPolicySchema = z.preprocess(
  (value) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {}),
  z.object({
    /** Portal origins (`https://…`, http only on loopback), as a learner would allow them in Settings. */
    portalOrigins: stringList
      .transform((list) => [
        ...new Set(list.map(normalizeStoredOrigin).filter((origin) => origin !== undefined)),
      ])
      .catch([]),
    /** Ids of built-in platform presets the school keeps on (e.g. `enaea`, `smartedu`). */
    platforms: stringList
      .transform((list) => [...new Set(list.map((id) => id.trim()).filter(Boolean))])
      .catch([]),
  }),
);

export type ManagedPolicy = z.infer<typeof managedPolicySchema>;

export const NO_MANAGED_POLICY: ManagedPolicy = { portalOrigins: [], platforms: [] };

/** Parses whatever `storage.managed.get()` returned; never throws. */
export function parseManagedPolicy(value: unknown): ManagedPolicy {
  const parsed = managedPolicySchema.safeParse(value);
  return parsed.success ? parsed.data : NO_MANAGED_POLICY;
}

/** Whether the school set anything at all. */
export const hasManagedPolicy = (policy: ManagedPolicy) =>
  policy.portalOrigins.length > 0 || policy.platforms.length > 0;
