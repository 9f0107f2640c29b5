/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): the one text of a JSON value that a signature covers.
 * Keys sorted by UTF-16 code units, no whitespace, numbers as ECMAScript prints them, minimal string escapes.
 * https://www.rfc-editor.org/rfc/rfc8785
 */
export function canonicalize(value: unknown): string {
  return serialize(value, '$');
}

/** Thrown for a value that has no JSON text under RFC 8785 (non-finite number, lone surrogate, ...). */
export class CanonicalJsonError extends Error {
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'CanonicalJsonError';
  }
}

function serialize(value: unknown, path: string): string {
  if (value === null) return 'null';
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (typeof value === 'number') return serializeNumber(value, path);
  if (typeof value === 'string') return serializeString(value, path);
  if (Array.isArray(value)) {
    return `[${value.map((item, i) => serialize(item, `${path}[${i}]`)).join(',')}]`;
  }
  if (isPlainObject(value)) return serializeObject(value, path);
  throw new CanonicalJsonError(path, `${typeof value} is not a JSON value`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** RFC 8785 section 3.2.2.3: the ECMAScript Number-to-String of a finite double; -0 prints as 0. */
function serializeNumber(value: number, path: string): string {
  if (!Number.isFinite(value)) throw new CanonicalJsonError(path, `${value} is not a JSON number`);
  return Object.is(value, -0) ? '0' : String(value);
}

const SHORT_ESCAPES: Record<number, string> = {
  8: '\\b',
  9: '\\t',
  10: '\\n',
  12: '\\f',
  13: '\\r',
  34: '\\"',
  92: '\\\\',
};

/** RFC 8785 section 3.2.2.2: escape only `"`, `\` and U+0000..U+001F; every other character as itself. */
function serializeString(value: string, path: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const short = SHORT_ESCAPES[unit];
    if (short !== undefined) out += short;
    else if (unit < 0x20) out += `\\u${unit.toString(16).padStart(4, '0')}`;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) throw loneSurrogate(path, unit);
      out += value.slice(i, i + 2);
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) throw loneSurrogate(path, unit);
    else out += value.charAt(i);
  }
  return `${out}"`;
}

function loneSurrogate(path: string, unit: number): CanonicalJsonError {
  // I-JSON (RFC 7493), which RFC 8785 builds on, allows only well-formed Unicode.
  return new CanonicalJsonError(path, `lone surrogate U+${unit.toString(16).toUpperCase()}`);
}

/** Compares UTF-16 code units, not code points or locale order (RFC 8785 section 3.2.3). */
function compareUtf16(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = a.charCodeAt(i) - b.charCodeAt(i);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

function serializeObject(record: Record<string, unknown>, path: string): string {
  // An undefined property is absent, as in JSON.stringify, so the text signed is the text exported.
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort(compareUtf16);
  const members = keys.map(
    (key) => `${serializeString(key, path)}:${serialize(record[key], `${path}.${key}`)}`,
  );
  return `{${members.join(',')}}`;
}
