import { useEffect, useState } from 'preact/hooks';
import { type ManagedPolicy, NO_MANAGED_POLICY } from '@/storage/managed/managed-policy';
import { readManagedPolicy, watchManagedPolicy } from '@/storage/managed/read-managed-policy';

/** The school's policy (storage.managed), kept current while the view is open; none until it is read. */
export function useManagedPolicy(read: () => Promise<ManagedPolicy> = readManagedPolicy): ManagedPolicy {
  const [policy, setPolicy] = useState<ManagedPolicy>(NO_MANAGED_POLICY);
  useEffect(() => {
    let live = true;
    const load = () =>
      void read().then((next) => {
        if (live) setPolicy(next);
      });
    load();
    const stop = watchManagedPolicy(load);
    return () => {
      live = false;
      stop();
    };
  }, [read]);
  return policy;
}
