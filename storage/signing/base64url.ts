/** Base64url without padding (RFC 4648 section 5), the encoding of the digest signature's byte fields. */
export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * The bytes of unpadded base64url text, or undefined when the text is not canonical base64url (padding,
 * other alphabets, a length no encoder produces, or stray bits in the last character).
 */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  const padded = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  // One text per byte string: re-encoding must give the same text back.
  return toBase64url(bytes) === text ? bytes : undefined;
}
