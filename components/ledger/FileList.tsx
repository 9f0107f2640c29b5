import { useMemo, useState } from 'preact/hooks';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { fileCounts } from '@/storage/ledger/queries';
import { ledgerReasonText, ledgerStatusText } from '@/storage/ledger/status-text';
import type { LedgerData, LedgerFileStatus } from '@/storage/ledger/types';
import { LEDGER_FILE_STATUSES } from '@/storage/schemas/ledger';
import { Pager } from './Pager';
import { pageOf } from './paged';

const PAGE_SIZE = 50;

interface Props {
  locale: Locale;
  data: LedgerData;
  /** Only these files (a person's detail); all of them when absent. */
  personId?: string;
}

/** Every imported file with its status and why, filterable by status; newest import first, paged. */
export function FileList({ locale, data, personId }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [filter, setFilter] = useState<LedgerFileStatus | 'all'>('all');
  const [page, setPage] = useState(0);
  const names = useMemo(
    () => new Map(data.persons.map((person) => [person.id, person.name])),
    [data.persons],
  );
  const counts = useMemo(() => fileCounts(data), [data]);
  const files = useMemo(
    () =>
      data.files
        .filter(
          (file) =>
            (personId === undefined || file.personId === personId) &&
            (filter === 'all' || file.status === filter),
        )
        .sort((a, b) => b.seq - a.seq),
    [data.files, filter, personId],
  );
  const shown = pageOf(files, page, PAGE_SIZE);
  const idBase = personId === undefined ? 'ledger-files' : 'person-files';

  return (
    <div class="ledger-files">
      {personId === undefined && (
        <div class="field inline">
          <label for={`${idBase}-filter`}>{t('ledger_filesFilter')}</label>
          <select
            id={`${idBase}-filter`}
            value={filter}
            onChange={(event) => {
              setFilter(event.currentTarget.value as LedgerFileStatus | 'all');
              setPage(0);
            }}
          >
            <option value="all">{t('ledger_filesAll', data.files.length)}</option>
            {LEDGER_FILE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t('ledger_countOf', counts[status] ?? 0, ledgerStatusText(locale, status))}
              </option>
            ))}
          </select>
        </div>
      )}
      {files.length === 0 ? (
        <p class="muted">{t('ledger_filesNone')}</p>
      ) : (
        <div class="table-scroll">
          <table class="stats-table ledger-file-table" data-testid={idBase}>
            <caption>{t('ledger_filesCaption', files.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ledger_fileName')}</th>
                <th scope="col">{t('ledger_fileStatus')}</th>
                <th scope="col">{t('ledger_filePerson')}</th>
                <th scope="col">{t('ledger_fileWeek')}</th>
                <th scope="col">{t('ledger_fileFingerprint')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.rows.map((file) => (
                <tr key={file.id} data-status={file.status} data-file={file.name}>
                  <th scope="row" class="ledger-file-name">
                    {file.name}
                  </th>
                  <td>
                    <span class={`ledger-status ledger-status-${file.status}`}>
                      {ledgerStatusText(locale, file.status)}
                    </span>
                    {file.reason && (
                      <span class="ledger-reason">{ledgerReasonText(locale, file.reason, file.detail)}</span>
                    )}
                  </td>
                  <td>{file.personId ? (names.get(file.personId) ?? file.personId) : ''}</td>
                  <td>{file.weekStart ?? ''}</td>
                  <td class="code">{file.fingerprint ?? ''}</td>
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
        label={t('ledger_filesPages')}
        onPage={setPage}
      />
    </div>
  );
}
