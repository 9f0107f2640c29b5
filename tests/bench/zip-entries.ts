import { readFileSync } from 'node:fs';

/** One file of a zip archive and the bytes it takes in the archive. */
export interface ZipEntry {
  name: string;
  /** Compressed body plus its local header and its central directory record. */
  bytes: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_RECORD = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * The entries of a zip file, read from its central directory (PKWARE APPNOTE 4.3.12 and 4.3.16; no zip64:
 * a store zip is far below 4 GB). What is not in any entry is the end record and the archive comment.
 */
export function zipEntries(path: string): ZipEntry[] {
  const zip = readFileSync(path);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new Error(`${path}: no end of central directory record, not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_RECORD) {
      throw new Error(`${path}: central directory record ${i} is damaged`);
    }
    const compressed = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const recordLength = 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`${path}: local header ${i} is damaged`);
    const localLength = 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    // Bit 3: a data descriptor (12 bytes, 16 with its optional signature) follows the body.
    const descriptor = zip.readUInt16LE(offset + 8) & 8 ? 16 : 0;
    entries.push({
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
      bytes: localLength + compressed + descriptor + recordLength,
    });
    offset += recordLength;
  }
  return entries;
}
