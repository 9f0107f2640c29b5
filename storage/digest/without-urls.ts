/*
 * Anything that looks like a link in a title or topic: a scheme with `//`, a bare `//` tail, `www.` or a
 * scheme that carries data without slashes. A page title can hold its own URL, and a URL's query can hold
 * the learner's ids and tokens, so no exported file repeats one.
 */
const URL_LIKE = /[a-z][a-z0-9+.-]*:\/\/\S*|:\/\/\S*|\bwww\.\S+|\b(?:mailto|javascript|data|file|blob):\S*/gi;

/** A title or topic with anything URL-like replaced by "…". */
export function withoutUrls(text: string): string {
  return text.replace(URL_LIKE, '…');
}

/** `withoutUrls` remembering its answers: a year repeats a few hundred titles over thousands of sessions. */
export function memoWithoutUrls(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let clean = seen.get(text);
    if (clean === undefined) {
      clean = withoutUrls(text);
      seen.set(text, clean);
    }
    return clean;
  };
}
