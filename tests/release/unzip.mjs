// Unpacks a zip (a release zip, the sources zip) into a folder, as a user or a store reviewer unzips it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';

/** Writes every file of the zip at `zipPath` under `dir`; returns `dir`. */
export async function unzip(zipPath, dir) {
  const zip = await JSZip.loadAsync(await readFile(zipPath));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    await mkdir(dirname(join(dir, entry.name)), { recursive: true });
    await writeFile(join(dir, entry.name), await entry.async('nodebuffer'));
  }
  return dir;
}
