import type { LedgerFile } from '@/storage/schemas/ledger';
import { applyFile } from './apply-file';
import { extractDigest } from './extract';
import type { LedgerState } from './ledger-state';
import type { LedgerLimits } from './limits';
import { readDigest, type VerifySignature } from './read-digest';
import { type LedgerEntry, readInput } from './read-inputs';
import type { LedgerImportProgress, LedgerInputFile } from './types';

export interface CheckOptions {
  now: number;
  verify: VerifySignature;
  signal?: AbortSignal;
  onProgress?: (progress: LedgerImportProgress) => void;
  /** Work at most this long (ms) before letting the page handle events. */
  sliceMs?: number;
  /** Size limits (docs/ledger.md "Limits"); the defaults unless a test passes its own. */
  limits?: LedgerLimits;
  /** Monotonic clock for the slices. */
  clock?: () => number;
}

/** Lets the page paint and handle input: `scheduler.yield` where the browser has it, else a macrotask. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads and checks every file against the ledger in memory, in import order, in time slices so the page
 * stays responsive. Returns the new file rows; `state` holds every change for the save. Stops early, with
 * `cancelled`, when the signal aborts.
 */
export async function checkFiles(
  inputs: readonly LedgerInputFile[],
  state: LedgerState,
  options: CheckOptions,
): Promise<{ cancelled: boolean; results: LedgerFile[] }> {
  const clock = options.clock ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? 12;
  let sliceStart = clock();
  const results: LedgerFile[] = [];
  let total = inputs.length;
  let done = 0;
  const report = () => options.onProgress?.({ phase: 'checking', done, total });
  report();
  for (const input of inputs) {
    if (options.signal?.aborted) return { cancelled: true, results };
    // A file moved or deleted after it was picked cannot be read: that file says so, the others go on.
    const entries = await readInput(input, options.limits).catch((): LedgerEntry[] => [
      { name: input.webkitRelativePath || input.name, size: input.size, refused: 'unreadable' },
    ]);
    total += entries.length - 1;
    for (const entry of entries) {
      const seq = state.takeSeq();
      const base = {
        id: `f${options.now.toString(36)}-${seq}`,
        name: entry.name,
        size: entry.size,
        importedAt: options.now,
        seq,
      };
      let row: LedgerFile;
      if ('refused' in entry) {
        row = {
          ...base,
          status: 'invalid',
          reason: entry.refused,
          ...(entry.detail ? { detail: entry.detail } : {}),
        };
      } else {
        const read = await readDigest(entry.bytes, options.now, options.verify);
        row = read.ok
          ? applyFile(state, {
              ...base,
              extract: extractDigest(read.digest, read.signature),
              fingerprint: read.fingerprint,
            })
          : {
              ...base,
              status: 'invalid',
              reason: read.reason,
              ...(read.detail ? { detail: read.detail } : {}),
              ...(read.fingerprint ? { fingerprint: read.fingerprint } : {}),
            };
      }
      state.putFile(row);
      results.push(row);
      done += 1;
      if (clock() - sliceStart > sliceMs) {
        report();
        await yieldToPage();
        if (options.signal?.aborted) return { cancelled: true, results };
        sliceStart = clock();
      }
    }
  }
  report();
  return { cancelled: false, results };
}
