import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { WRITE_STATUS_KEY, type WriteStatus, writeStatusSchema } from '@/storage/schemas/write-status';

const parse = (value: unknown): WriteStatus | undefined => {
  const parsed = writeStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

/** Whether the background can store study time, as it keeps it in `storage.session`; live. */
export function useWriteStatus(): WriteStatus | undefined {
  const [status, setStatus] = useState<WriteStatus | undefined>(undefined);
  useEffect(() => {
    void browser.storage.session
      .get(WRITE_STATUS_KEY)
      .then((stored) => setStatus(parse(stored[WRITE_STATUS_KEY])));
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      if (WRITE_STATUS_KEY in changes) setStatus(parse(changes[WRITE_STATUS_KEY]?.newValue));
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => browser.storage.session.onChanged.removeListener(onChanged);
  }, []);
  return status;
}
