/**
 * Whether `selector` is a CSS selector this browser can use. Asks the browser's own parser (an empty
 * fragment, so nothing is matched or rendered); `doc` is a parameter so Node tests pass happy-dom's.
 */
export function parseSelector(selector: string, doc: Document | undefined = globalThis.document): boolean {
  if (!doc) throw new Error(`parseSelector("${selector}") needs a Document: pass one outside a browser page`);
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
