import { DIGEST_CSS } from '@/storage/digest/html-style';

/** The record's style: the digest's A4 page, plus table captions kept for screen readers only. */
export const RECORD_CSS = `${DIGEST_CSS}
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
tr { break-inside: avoid; }
`;
