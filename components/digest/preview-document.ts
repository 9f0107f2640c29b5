/**
 * The digest document as the Digest view previews it: the same HTML, plus a screen-only style that lays
 * it out as the PDF prints it (an A4 sheet, 210 mm wide with the print margins of 15 mm, the print font
 * size), so the frame, sized to an A4 page, shows the whole first page. The downloaded file is untouched.
 */
export const A4_PAGE = { widthMm: 210, heightMm: 297, marginMm: 15 } as const;

/** The preview-only rules: on screen, the body becomes the printed page's text area. */
export const PRINT_LIKE_SCREEN_CSS =
  '@media screen{html{background:#fff}' +
  `body{max-width:none;margin:0;padding:${A4_PAGE.marginMm}mm;font-size:10pt}}`;

/** The HTML with the preview-only style added at the end of its head (after the document's own style). */
export function previewDocument(html: string): string {
  const style = `<style data-preview="print">${PRINT_LIKE_SCREEN_CSS}</style>`;
  const at = html.search(/<\/head>/i);
  return at === -1 ? `${style}${html}` : `${html.slice(0, at)}${style}${html.slice(at)}`;
}
