/*
 * Deterministic identifiers from text, so exporting the same digest twice gives the same ids (an LRS then
 * sees a repeated statement id, not a second statement). Not cryptographic: they only need to be stable
 * and spread out.
 */

/** FNV-1a over UTF-16 code units with murmur3's finaliser, 32 bits. */
function hash32(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** `words` × 32 bits of hash as lowercase hex. */
export function stableHex(text: string, words: number): string {
  let hex = '';
  for (let seed = 1; seed <= words; seed++) hex += hash32(text, seed).toString(16).padStart(8, '0');
  return hex;
}

/** A UUID in version-4 format (version and variant bits set) derived from the text. */
export function stableUuid(text: string): string {
  const hex = stableHex(text, 4);
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
