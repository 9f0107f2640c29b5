import { useMemo, useState } from 'preact/hooks';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { caseList } from '@/storage/ledger/queries';
import type { LedgerData } from '@/storage/ledger/types';
import { Pager } from './Pager';
import { pageOf } from './paged';

const PAGE_SIZE = 50;

interface Props {
  locale: Locale;
  data: LedgerData;
  onOpenPerson: (personId: string) => void;
}

/** The reflections learners offered to the case library: title, topics, who and which week. */
export function CaseList({ locale, data, onOpenPerson }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [page, setPage] = useState(0);
  const cases = useMemo(() => caseList(data), [data]);
  const shown = pageOf(cases, page, PAGE_SIZE);
  return (
    <section class="ledger-section" aria-labelledby="ledger-cases-heading">
      <h2 id="ledger-cases-heading">{t('ledger_casesHeading')}</h2>
      {cases.length === 0 ? (
        <p class="muted">{t('ledger_casesNone')}</p>
      ) : (
        <div class="table-scroll">
          <table class="stats-table ledger-cases" data-testid="ledger-cases">
            <caption>{t('ledger_casesCaption', cases.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ledger_caseTitle')}</th>
                <th scope="col">{t('ledger_caseTopics')}</th>
                <th scope="col">{t('ledger_person')}</th>
                <th scope="col">{t('ledger_week')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.rows.map((item, index) => (
                <tr key={`${item.person.id}-${item.createdAt}-${index}`}>
                  <th scope="row">
                    {item.lessonTitle || item.courseTitle}
                    {item.lessonTitle && item.courseTitle && <span class="muted"> · {item.courseTitle}</span>}
                    <p class="ledger-case-summary">{item.learned}</p>
                  </th>
                  <td>{item.topics.join(t('ledger_listSeparator'))}</td>
                  <td>
                    <button type="button" class="link-button" onClick={() => onOpenPerson(item.person.id)}>
                      {item.person.name}
                    </button>
                  </td>
                  <td>{t('ledger_weekOf', item.weekStart)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        locale={locale}
        page={shown.page}
        pages={shown.pages}
        label={t('ledger_casesPages')}
        onPage={setPage}
      />
    </section>
  );
}
