import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/storage/backup/canonical-json';
import { CanonicalJsonError, canonicalize } from '@/storage/signing/jcs';

/** A double from its IEEE 754 bit pattern, as RFC 8785 Appendix B lists them. */
function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe('RFC 8785 canonical JSON', () => {
  it('serializes the example of section 3.2.2 (numbers, escapes, literals) as the RFC prints it', () => {
    // The input text of RFC 8785 section 3.2.2, parsed as any JSON reader would.
    const input = JSON.parse(
      String.raw`{
        "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
        "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
        "literals": [null, true, false]
      }`,
    );
    expect(canonicalize(input)).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
    );
  });

  it('sorts keys by UTF-16 code units as in section 3.2.3 (an emoji before U+FB33, unlike code points)', () => {
    const input = JSON.parse(
      String.raw`{
        "\u20ac": "Euro Sign",
        "\r": "Carriage Return",
        "\ufb33": "Hebrew Letter Dalet With Dagesh",
        "1": "One",
        "\ud83d\ude00": "Emoji: Grinning Face",
        "\u0080": "Control",
        "\u00f6": "Latin Small Letter O With Diaeresis"
      }`,
    );
    expect(canonicalize(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('serializes the numbers of Appendix B exactly', () => {
    const cases: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, expected] of cases) expect(canonicalize(fromBits(bits)), bits).toBe(expected);
  });

  it('rejects NaN and the infinities (Appendix B: no JSON text)', () => {
    for (const bits of ['7fffffffffffffff', '7ff0000000000000', 'fff0000000000000']) {
      expect(() => canonicalize([fromBits(bits)])).toThrow(CanonicalJsonError);
    }
  });

  it('escapes only quote, backslash and U+0000..U+001F, with the short forms where JSON has them', () => {
    const all = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).join('');
    expect(canonicalize(all)).toBe(
      String.raw`"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f"`,
    );
    expect(canonicalize('/ \u007f \u2028 学迹 😀 "\\')).toBe('"/ \u007f \u2028 学迹 😀 \\"\\\\"');
  });

  it('rejects lone surrogates, in values and in keys', () => {
    expect(() => canonicalize('\ud800')).toThrow(/lone surrogate U\+D800/);
    expect(() => canonicalize('a\udc00b')).toThrow(CanonicalJsonError);
    expect(() => canonicalize({ '\ud83d': 1 })).toThrow(CanonicalJsonError);
  });

  it('has no whitespace, keeps array order, nests, and drops undefined members as JSON does', () => {
    expect(canonicalize({ b: [3, { z: 1, a: [] }], a: {}, c: undefined })).toBe(
      '{"a":{},"b":[3,{"a":[],"z":1}]}',
    );
  });

  it('keeps a "__proto__" key from a parsed file as a plain member', () => {
    expect(canonicalize(JSON.parse('{"__proto__":{"x":1},"a":2}'))).toBe('{"__proto__":{"x":1},"a":2}');
  });

  it('refuses values JSON has no text for instead of guessing (dates, functions, bigints)', () => {
    expect(() => canonicalize({ at: new Date(0) })).toThrow(/\$\.at/);
    expect(() => canonicalize([() => 1])).toThrow(CanonicalJsonError);
    expect(() => canonicalize(1n)).toThrow(CanonicalJsonError);
  });

  it("gives the same text as the backup checksum's sorted JSON for well-formed data", () => {
    // Backup checksums (storage/backup/canonical-json.ts) stay as they are; for digest-like data the two agree.
    const data = JSON.parse(
      '{"é":1,"Z":[1.5,-0.25,1e21,"x\\u0001\\n"],"a":{"b":null,"A":true},"😀":"\u4e2d"}',
    );
    expect(canonicalize(data)).toBe(canonicalJson(data));
  });
});
