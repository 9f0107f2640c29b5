import type { LedgerReason } from '@/storage/schemas/ledger';
import { LEDGER_LIMITS, type LedgerLimits } from './limits';
import type { LedgerInputFile } from './types';

/** One file to check: its bytes, or why it was refused before reading its content. */
export type LedgerEntry =
  | { name: string; size: number; bytes: Uint8Array }
  | { name: string; size: number; refused: LedgerReason; detail?: string };

const isZip = (name: string) => /\.zip$/i.test(name);
const isJson = (name: string) => /\.json$/i.test(name);
/** Archive entries a desktop adds by itself (macOS resource forks, folder entries): not the user's files. */
const isNoise = (name: string) => name.endsWith('/') || /(^|\/)(__MACOSX\/|\._)/.test(name);

const displayName = (file: LedgerInputFile) => file.webkitRelativePath || file.name;

/**
 * The entries of one picked or dropped file: a .json digest as itself, every .json inside a .zip archive
 * (nested archives are not opened), anything else refused. An archive over a limit is refused whole, so a
 * zip bomb adds no entry.
 */
export async function readInput(
  file: LedgerInputFile,
  limits: LedgerLimits = LEDGER_LIMITS,
): Promise<LedgerEntry[]> {
  const name = displayName(file);
  if (isZip(name)) {
    if (file.size > limits.archiveBytes) {
      return [{ name, size: file.size, refused: 'archive-too-large', detail: String(limits.archiveBytes) }];
    }
    return expandArchive(name, new Uint8Array(await file.arrayBuffer()), limits);
  }
  if (!isJson(name)) return [{ name, size: file.size, refused: 'not-a-digest-file' }];
  if (file.size > limits.fileBytes) {
    return [{ name, size: file.size, refused: 'too-large', detail: String(limits.fileBytes) }];
  }
  return [{ name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) }];
}

/**
 * Inflates an archive with fflate (loaded only here), counting entries and bytes as they come out rather
 * than trusting the sizes the archive declares.
 */
export async function expandArchive(
  archiveName: string,
  data: Uint8Array,
  limits: LedgerLimits = LEDGER_LIMITS,
): Promise<LedgerEntry[]> {
  const { Unzip, UnzipInflate } = await import('fflate');
  const entries: LedgerEntry[] = [];
  let count = 0;
  let total = 0;
  let refused: { reason: LedgerReason; detail: string } | undefined;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (refused) return;
    count += 1;
    if (count > limits.archiveEntries) {
      refused = { reason: 'archive-too-many-files', detail: String(limits.archiveEntries) };
      return;
    }
    const name = `${archiveName}/${file.name}`;
    if (isNoise(file.name)) return;
    if (!isJson(file.name)) {
      entries.push({ name, size: file.originalSize ?? 0, refused: 'not-a-digest-file' });
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    let tooLarge = false;
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      if (tooLarge || refused) return;
      size += chunk.length;
      total += chunk.length;
      if (total > limits.archiveUncompressedBytes) {
        refused = { reason: 'archive-too-large', detail: String(limits.archiveUncompressedBytes) };
        file.terminate();
        return;
      }
      if (size > limits.fileBytes) {
        tooLarge = true;
        entries.push({ name, size, refused: 'too-large', detail: String(limits.fileBytes) });
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) entries.push({ name, size, bytes: joinChunks(chunks, size) });
    };
    file.start();
  };
  try {
    // In steps, so a refusal stops the inflating early instead of after the whole archive.
    const step = 1 << 20;
    for (let at = 0; at < data.length && !refused; at += step) {
      unzip.push(data.subarray(at, at + step), at + step >= data.length);
    }
  } catch (error) {
    return [
      {
        name: archiveName,
        size: data.length,
        refused: 'archive-unreadable',
        detail: String(error).slice(0, 200),
      },
    ];
  }
  if (refused)
    return [{ name: archiveName, size: data.length, refused: refused.reason, detail: refused.detail }];
  if (count === 0) return [{ name: archiveName, size: data.length, refused: 'archive-unreadable' }];
  return entries;
}

function joinChunks(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
