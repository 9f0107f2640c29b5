/** Long enough for any browser to start the download; the URL is released afterwards. */
const REVOKE_AFTER_MS = 60_000;

/** Downloads a file through a temporary object URL and `<a download>`. */
export function downloadBlob(data: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(data);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Firefox, which reads the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
