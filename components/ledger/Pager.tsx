import { type Locale, translate } from '@/storage/i18n';

interface Props {
  locale: Locale;
  page: number;
  pages: number;
  /** Names what is paged, for the navigation's label. */
  label: string;
  onPage: (page: number) => void;
}

/** Previous / next for a paged table, with "page n of m"; hidden when there is one page. */
export function Pager({ locale, page, pages, label, onPage }: Props) {
  if (pages <= 1) return null;
  return (
    <nav class="ledger-pager" aria-label={label}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {translate(locale, 'ledger_pagePrevious')}
      </button>
      <span aria-live="polite">{translate(locale, 'ledger_pageOf', page + 1, pages)}</span>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        {translate(locale, 'ledger_pageNext')}
      </button>
    </nav>
  );
}
