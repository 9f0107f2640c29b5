/** Whether a UTF-16 code unit may stand in XML 1.0 (tab, line breaks, U+0020 up; not U+FFFE or U+FFFF). */
const xmlUnit = (code: number) =>
  code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);

/**
 * Text that can stand in an XML document: characters XML 1.0 forbids (C0 controls, lone surrogates,
 * U+FFFE/FFFF) are dropped, since one of them makes Word refuse the whole .docx; tabs become spaces.
 */
export function xmlSafeText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // A lone surrogate comes out of the iterator as one code unit in the surrogate range.
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (code > 0xffff || xmlUnit(code)) out += char === '\t' ? ' ' : char;
  }
  return out;
}
