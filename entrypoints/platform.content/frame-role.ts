/**
 * Whether the top frame's script reads this frame's document itself: every ancestor up to the top is
 * reachable (same origin, not sandboxed). Reading a cross-origin parent's document throws.
 */
export function isReadByTop(win: Window): boolean {
  try {
    for (let current = win; current !== current.top; current = current.parent as Window) {
      if (!current.parent.document) return false;
    }
    return true;
  } catch {
    return false;
  }
}
