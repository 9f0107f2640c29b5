import type { Snapshot } from '@/storage/schemas/snapshot';

/**
 * The snapshot as a file a portal can host (the widget's `src` mode): `studytrail-snapshot-2026-11-16_2026-11-22.json`.
 * The text is the snapshot alone, which never holds a URL or reflection text.
 */
export function snapshotFile(snapshot: Snapshot): { fileName: string; text: string } {
  return {
    fileName: `studytrail-snapshot-${snapshot.period.start}_${snapshot.period.end}.json`,
    text: `${JSON.stringify(snapshot, null, 2)}\n`,
  };
}
