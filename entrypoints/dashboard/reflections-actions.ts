import type { ReflectionsActions } from '@/components/reflections/reflections-actions';
import {
  allReflections,
  deleteReflection,
  restoreReflection,
  updateReflection,
} from '@/storage/repositories/reflections';

/** Long enough for any browser to start the download; the URL is released afterwards. */
const REVOKE_AFTER_MS = 60_000;

/** Downloads a file through a temporary object URL and `<a download>`. */
function downloadBlob(data: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(data);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * The Reflections view's actions on the real browser: the repository in this extension origin (the same
 * IndexedDB the background writes; each call is one Dexie transaction, checked by the row schema).
 */
export function browserReflectionsActions(): ReflectionsActions {
  return {
    all: allReflections,
    update: (id, changes) => updateReflection(id, changes),
    remove: deleteReflection,
    restore: restoreReflection,
    download: (data, fileName) => downloadBlob(data, fileName),
  };
}
