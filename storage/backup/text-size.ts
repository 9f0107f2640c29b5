/**
 * Whether `text` takes more than `maxBytes` in UTF-8, counted without encoding it. Stops counting once
 * over, so a huge file is refused in about the time it takes to read its length.
 */
export function exceedsUtf8Bytes(text: string, maxBytes: number): boolean {
  // A UTF-16 code unit is 1 to 3 UTF-8 bytes (a surrogate pair, 2 units, is 4 bytes).
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit < 0xe000) ? 2 : 3;
    if (bytes > maxBytes) return true;
  }
  return false;
}

/** Megabytes (2^20 bytes) of a text, for messages; the UTF-16 length is a close enough lower bound. */
export function megabytes(text: string): string {
  return (text.length / 2 ** 20).toFixed(1);
}
