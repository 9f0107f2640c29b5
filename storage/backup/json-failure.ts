/** Messages engines use when JSON.parse ran out of input (V8, SpiderMonkey, JavaScriptCore). */
const END_OF_INPUT = /end of (JSON )?(input|data)|unexpected EOF|unterminated string/i;

/** Offset of the error in `text`, from "at position N" (V8) or "line L column C" (SpiderMonkey). */
function errorOffset(message: string, text: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (!lineColumn) return undefined;
  let offset = 0;
  for (let line = 1; line < Number(lineColumn[1]); line += 1) {
    offset = text.indexOf('\n', offset) + 1;
    if (offset === 0) return undefined;
  }
  return offset + Number(lineColumn[2]) - 1;
}

/** Whether a JSON text ends inside a string or with brackets still open (used when the engine gives no offset). */
function endsOpen(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return inString || depth > 0;
}

/**
 * Whether JSON.parse failed because the text stops early (a download or copy cut short) rather than
 * because it is not JSON: the engine reports the end of input, or an error at the very end of the text.
 */
export function isTruncatedJson(text: string, error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  if (END_OF_INPUT.test(message)) return true;
  const offset = errorOffset(message, text);
  if (offset !== undefined) return offset >= text.trimEnd().length;
  return endsOpen(text);
}
