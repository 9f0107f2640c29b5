import type { ReflectionsActions } from '@/components/reflections/reflections-actions';
import {
  allReflections,
  deleteReflection,
  restoreReflection,
  updateReflection,
} from '@/storage/repositories/reflections';
import { downloadBlob } from './download-file';

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
