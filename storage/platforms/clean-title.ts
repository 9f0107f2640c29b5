/** Longest title kept, in code points (a title names a course or lesson; nothing longer is useful). */
export const MAX_TITLE_CODE_POINTS = 300;

// A page may hand over megabytes; only this many UTF-16 units are ever looked at (whitespace runs
// collapse, so keep more than 2 × MAX_TITLE_CODE_POINTS).
const MAX_RAW_UNITS = 4096;

// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// Bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the marks
// U+200E/200F/061C: they can reorder what a digest shows around the title.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
// Zero-width space, word joiner, byte-order mark: invisible, never part of a name.
const ZERO_WIDTH = /[\u200b\u2060\ufeff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Nothing visible: whitespace and format characters (a lone ZWJ, say).
const INVISIBLE_ONLY = /^[\s\p{Cf}]*$/u;

/**
 * A page's title text made plain and bounded: control, bidirectional and zero-width characters
 * removed, whitespace collapsed, cut to {@link MAX_TITLE_CODE_POINTS} code points (never half a
 * surrogate pair). Text with nothing visible left becomes ''. Work is bounded whatever the input size.
 */
export function cleanTitle(raw: string): string {
  const text = raw
    .slice(0, MAX_RAW_UNITS)
    .replace(LONE_SURROGATE, '')
    .replace(CONTROL, ' ')
    .replace(BIDI, '')
    .replace(ZERO_WIDTH, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (INVISIBLE_ONLY.test(text)) return '';
  const points = Array.from(text);
  if (points.length <= MAX_TITLE_CODE_POINTS) return text;
  // A joiner left at the cut would glue the title to whatever a renderer puts after it.
  return points
    .slice(0, MAX_TITLE_CODE_POINTS)
    .join('')
    .replace(/\u200d+$/, '')
    .trimEnd();
}
