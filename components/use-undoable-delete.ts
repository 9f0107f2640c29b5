import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** How long a deletion can be undone, in ms; then it is final and the toast goes. */
export const UNDO_MS = 10_000;

interface Options<T> {
  /** Deletes the row with this id; resolves to the deleted row, or undefined when there was none. */
  remove: (id: string) => Promise<T | undefined>;
  /** Puts a deleted row back. */
  restore: (row: T) => Promise<unknown>;
  /** Where the keyboard continues when the toast goes while it had focus. */
  returnFocus: RefObject<HTMLElement | null>;
  /** Shows a failure message, or clears it with ''. */
  setFailure: (message: string) => void;
  /** The message for a failed delete or undo. */
  failureMessage: (step: 'delete' | 'undo', error: unknown) => string;
  onRemoved?: (id: string) => void;
}

/**
 * Delete with undo: the deleted row, the toast's container (focused when it appears) and its actions.
 * Focus moves to the toast and, when it goes, back to `returnFocus` so the keyboard is never lost.
 */
export function useUndoableDelete<T>(options: Options<T>) {
  const { returnFocus, setFailure, failureMessage } = options;
  const [deleted, setDeleted] = useState<T | null>(null);
  const undoRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (deleted === null) return;
    const timer = setTimeout(() => dismiss(), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  const dismiss = () => {
    const hadFocus = undoRef.current?.contains(document.activeElement) ?? false;
    setDeleted(null);
    if (hadFocus) returnFocus.current?.focus();
  };

  const remove = async (id: string) => {
    setFailure('');
    try {
      const row = await options.remove(id);
      if (row === undefined) return;
      setDeleted(row);
      options.onRemoved?.(id);
      requestAnimationFrame(() => undoRef.current?.querySelector('button')?.focus());
    } catch (error) {
      setFailure(failureMessage('delete', error));
    }
  };

  const undo = async () => {
    if (deleted === null) return;
    try {
      await options.restore(deleted);
      dismiss();
    } catch (error) {
      setFailure(failureMessage('undo', error));
    }
  };

  return { deleted, undoRef, remove, undo, dismiss };
}
