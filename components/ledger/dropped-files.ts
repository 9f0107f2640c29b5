/**
 * The files of a drop: plain files, and every file inside dropped folders, recursively. Reads entries
 * through `webkitGetAsEntry` (Chromium, Firefox, Safari); without it, the drop's flat file list.
 */

/** The part of `FileSystemEntry` this reads, so tests can pass plain objects. */
export interface DropEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath?: string;
  file?(success: (file: File) => void, failure?: (error: unknown) => void): void;
  createReader?(): {
    readEntries(success: (entries: DropEntry[]) => void, failure?: (error: unknown) => void): void;
  };
}

/** The part of `DataTransfer` this reads. */
export interface DropSource {
  items?: ArrayLike<{ kind: string; webkitGetAsEntry?(): DropEntry | null; getAsFile(): File | null }>;
  files?: ArrayLike<File>;
}

/** Folders nest at most this deep: a link loop in a folder must not recurse forever. */
const MAX_DEPTH = 16;

const readFile = (entry: DropEntry) =>
  new Promise<File>((resolve, reject) => {
    if (!entry.file) reject(new Error(`${entry.name} is not a file`));
    else entry.file(resolve, reject);
  });

/** A directory reader returns its entries in batches (about 100 in Chromium) until an empty one. */
async function readFolder(entry: DropEntry): Promise<DropEntry[]> {
  const reader = entry.createReader?.();
  if (!reader) return [];
  const all: DropEntry[] = [];
  for (;;) {
    const batch = await new Promise<DropEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function collect(entry: DropEntry, depth: number, out: File[]): Promise<void> {
  if (entry.isFile) out.push(await readFile(entry));
  else if (entry.isDirectory && depth < MAX_DEPTH) {
    for (const child of await readFolder(entry)) await collect(child, depth + 1, out);
  }
}

/** Every file of a drop, folders opened recursively, in the order the browser lists them. */
export async function droppedFiles(source: DropSource): Promise<File[]> {
  const items = source.items ? Array.from(source.items) : [];
  // Entries must be taken synchronously, in the drop event's turn: the list is emptied afterwards.
  const entries = items.map((item) => (item.kind === 'file' ? (item.webkitGetAsEntry?.() ?? null) : null));
  if (entries.length === 0 || entries.every((entry) => entry === null)) {
    return source.files ? Array.from(source.files) : [];
  }
  const out: File[] = [];
  for (const [index, entry] of entries.entries()) {
    if (entry) await collect(entry, 0, out);
    else {
      const file = items[index]?.kind === 'file' ? items[index]?.getAsFile() : null;
      if (file) out.push(file);
    }
  }
  return out;
}
