// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { FileList } from '@/components/ledger/FileList';
import { LedgerView } from '@/components/ledger/LedgerView';
import { MissingList } from '@/components/ledger/MissingList';
import { PeopleTable } from '@/components/ledger/PeopleTable';
import { PersonDetail } from '@/components/ledger/PersonDetail';
import { translate } from '@/storage/i18n';
import { ledgerStatusText } from '@/storage/ledger/status-text';
import { container, flush, useContainer } from './support/dom-container';
import { bigLedger, HOSTILE, smallLedger } from './support/ledger-fixture';

useContainer();

const unit = { goalUnit: 'minutes', classHourMinutes: 45 } as const;
const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const cell = (personId: string, week: string) =>
  $(`[data-testid="ledger-grid"] tr[data-person="${personId}"] td[data-week="${week}"]`);

describe('the people × weeks table', () => {
  it('shows each week’s minutes with a text symbol for its level, and the edited week as edited', () => {
    act(() =>
      render(<PeopleTable locale="en" data={smallLedger()} unit={unit} onOpenPerson={() => {}} />, container),
    );
    const wang = cell('s:2026001', '2026-04-13');
    expect(wang?.dataset.minutes).toBe('75');
    expect(wang?.dataset.level).toBe('met');
    expect(wang?.textContent).toContain('✓');
    expect(wang?.textContent).toContain('75');
    expect(wang?.textContent).toContain(translate('en', 'ledger_levelMet'));
    expect(cell('s:2026002', '2026-04-13')?.dataset.level).toBe('part');
    const edited = cell('s:2026002', '2026-04-20');
    expect(edited?.dataset.level).toBe('edited');
    expect(edited?.dataset.minutes).toBeUndefined();
    expect(edited?.textContent).toContain(translate('en', 'ledger_levelEdited'));
    expect(cell('s:2026003', '2026-04-13')?.dataset.level).toBe('missing');
    expect($('tr[data-person="s:2026001"] td[data-total-minutes]')?.textContent).toBe('135');
  });

  it('colours by plan pace when asked: a plan behind is marked with “!”', () => {
    act(() =>
      render(<PeopleTable locale="en" data={smallLedger()} unit={unit} onOpenPerson={() => {}} />, container),
    );
    act(() => $('#ledger-colour-plan')?.click());
    const behind = cell('s:2026001', '2026-04-20');
    expect(behind?.dataset.level).toBe('behind');
    expect(behind?.textContent).toContain('!');
  });

  it('shows class hours (学时) when the unit is class hours', () => {
    act(() =>
      render(
        <PeopleTable
          locale="zh_CN"
          data={smallLedger()}
          unit={{ goalUnit: 'classHours', classHourMinutes: 45 }}
          onOpenPerson={() => {}}
        />,
        container,
      ),
    );
    expect(cell('s:2026001', '2026-04-13')?.textContent).toContain('1.7');
  });

  it('keeps a hostile name as text', () => {
    act(() =>
      render(<PeopleTable locale="en" data={smallLedger()} unit={unit} onOpenPerson={() => {}} />, container),
    );
    expect($('img')).toBeNull();
    expect($('tr[data-person="s:2026003"] th')?.textContent).toContain(HOSTILE);
  });

  it('renders 300 people × 20 weeks a page of 50 at a time, and pages on', () => {
    act(() =>
      render(
        <PeopleTable locale="en" data={bigLedger(300, 20)} unit={unit} onOpenPerson={() => {}} />,
        container,
      ),
    );
    expect($$('[data-testid="ledger-grid"] tbody tr')).toHaveLength(50);
    expect($$('[data-testid="ledger-grid"] tbody td.ledger-cell')).toHaveLength(50 * 20);
    expect($('.ledger-pager')?.textContent).toContain(translate('en', 'ledger_pageOf', 1, 6));
    const next = $$('.ledger-pager button').find((b) => b.textContent === translate('en', 'ledger_pageNext'));
    act(() => next?.click());
    expect($('[data-testid="ledger-grid"] tbody tr')?.dataset.person).toBe('s:100050');
  });

  it('finds people by name or staff number', async () => {
    act(() =>
      render(
        <PeopleTable locale="en" data={bigLedger(300, 2)} unit={unit} onOpenPerson={() => {}} />,
        container,
      ),
    );
    const search = container.querySelector<HTMLInputElement>('#ledger-search');
    act(() => {
      if (search) search.value = '100299';
      search?.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await flush();
    expect($$('[data-testid="ledger-grid"] tbody tr').map((tr) => tr.dataset.person)).toEqual(['s:100299']);
  });

  it('opens a person from their name', () => {
    const open = vi.fn();
    act(() =>
      render(<PeopleTable locale="en" data={smallLedger()} unit={unit} onOpenPerson={open} />, container),
    );
    act(() => $('tr[data-person="s:2026002"] th button')?.click());
    expect(open).toHaveBeenCalledWith('s:2026002');
  });
});

describe('the file list', () => {
  it('shows every file’s status and reason, and filters by status', async () => {
    act(() => render(<FileList locale="en" data={smallLedger()} />, container));
    expect($$('[data-testid="ledger-files"] tbody tr')).toHaveLength(5);
    const edited = $('tr[data-file="li-17.json"]');
    expect(edited?.dataset.status).toBe('edited');
    expect(edited?.textContent).toContain(ledgerStatusText('en', 'edited'));
    const select = container.querySelector<HTMLSelectElement>('#ledger-files-filter');
    act(() => {
      if (select) select.value = 'invalid';
      select?.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect($$('[data-testid="ledger-files"] tbody tr').map((tr) => tr.dataset.file)).toEqual(['notes.txt']);
  });
});

describe('not handed in', () => {
  it('lists who sent nothing and, apart, whose only file was edited', () => {
    const data = smallLedger();
    act(() =>
      render(
        <MissingList
          locale="en"
          data={data}
          weeks={['2026-04-13', '2026-04-20']}
          weekStart="2026-04-20"
          onWeek={() => {}}
          onOpenPerson={() => {}}
        />,
        container,
      ),
    );
    expect($$('[data-testid="ledger-missing"] li').map((li) => li.dataset.person)).toEqual(['s:2026003']);
    expect($$('[data-testid="ledger-missing-edited"] li').map((li) => li.dataset.person)).toEqual([
      's:2026002',
    ]);
    expect($('[data-testid="ledger-missing-count"]')?.textContent).toBe(
      translate('en', 'ledger_missingCount', 1),
    );
  });
});

describe('a person’s detail', () => {
  it('shows their weeks, plan progress, counts, pinned fingerprint and files', () => {
    act(() =>
      render(
        <PersonDetail
          locale="en"
          data={smallLedger()}
          personId="s:2026001"
          unit={unit}
          actions={{ acceptNewKey: vi.fn() }}
          onBack={() => {}}
        />,
        container,
      ),
    );
    expect($$('[data-testid="ledger-person-weeks"] tbody tr').map((tr) => tr.dataset.week)).toEqual([
      '2026-04-13',
      '2026-04-20',
    ]);
    expect($('[data-testid="ledger-person-fingerprint"]')?.textContent).toBe('3f2a 9c01 77be 04d1');
    expect(container.textContent).toContain('2026 年辅导员网络培训');
    expect(container.textContent).toContain(translate('en', 'ledger_planBehind'));
    expect($$('[data-testid="person-files"] tbody tr')).toHaveLength(2);
    expect(container.textContent).toContain(translate('en', 'ledger_signatureMeaning'));
  });

  it('offers to accept a new key only when a file of theirs has one', async () => {
    const data = smallLedger();
    const accept = vi.fn(async () => undefined);
    const li = data.files.find((f) => f.name === 'li-16.json');
    if (li) li.status = 'new-key';
    act(() =>
      render(
        <PersonDetail
          locale="en"
          data={data}
          personId="s:2026002"
          unit={unit}
          actions={{ acceptNewKey: accept }}
          onBack={() => {}}
        />,
        container,
      ),
    );
    const button = $$('button').find((b) => b.textContent === translate('en', 'ledger_acceptKey'));
    act(() => button?.click());
    await flush();
    expect(accept).toHaveBeenCalledWith('s:2026002');
    expect($('[role="status"]')?.textContent).toBe(translate('en', 'ledger_keyAccepted'));
  });
});

describe('the ledger view', () => {
  const actions = (data = smallLedger()) => ({
    read: vi.fn(async () => data),
    importFiles: vi.fn(),
    importRoster: vi.fn(),
    acceptNewKey: vi.fn(),
    download: vi.fn(async () => undefined),
    erase: vi.fn(async () => undefined),
  });
  const tab = (id: string) => $(`button[data-tab="${id}"]`);

  it('opens on the table and switches views with pressed buttons; a person’s detail takes the focus', async () => {
    act(() => render(<LedgerView locale="en" unit={unit} actions={actions()} />, container));
    await flush();
    expect($('[data-testid="ledger-grid"]')).not.toBeNull();
    expect(tab('table')?.getAttribute('aria-pressed')).toBe('true');

    act(() => tab('missing')?.click());
    expect(tab('missing')?.getAttribute('aria-pressed')).toBe('true');
    expect(tab('table')?.getAttribute('aria-pressed')).toBe('false');
    expect($$('[data-testid="ledger-missing"] li').map((li) => li.dataset.person)).toEqual(['s:2026003']);

    act(() => $('[data-testid="ledger-missing"] li button')?.click());
    await flush();
    expect($('[data-testid="ledger-person"]')).not.toBeNull();
    expect(document.activeElement?.id).toBe('ledger-person-heading');
    expect($$('button[aria-pressed="true"]')).toHaveLength(0);
  });

  it('exports for the week chosen in the views', async () => {
    const given = actions();
    act(() => render(<LedgerView locale="en" unit={unit} actions={given} />, container));
    await flush();
    act(() => tab('totals')?.click());
    const select = container.querySelector<HTMLSelectElement>('#ledger-totals-week');
    act(() => {
      if (select) select.value = '2026-04-13';
      select?.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    act(() => $('button[data-export="csv"]')?.click());
    await flush();
    expect(given.download).toHaveBeenCalledWith('csv', expect.anything(), {
      locale: 'en',
      weekStart: '2026-04-13',
      classHourMinutes: 45,
    });
  });

  it('switches the table to class hours (学时)', async () => {
    act(() => render(<LedgerView locale="zh_CN" unit={unit} actions={actions()} />, container));
    await flush();
    const select = container.querySelector<HTMLSelectElement>('#ledger-unit');
    act(() => {
      if (select) select.value = 'classHours';
      select?.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(cell('s:2026001', '2026-04-13')?.textContent).toContain('1.7');
  });

  it('a ledger that cannot be read is an alert', async () => {
    const failing = {
      ...actions(),
      read: vi.fn(async () => Promise.reject(new Error('QuotaExceededError'))),
    };
    act(() => render(<LedgerView locale="en" unit={unit} actions={failing} />, container));
    // liveQuery reports a failed query one turn after the rejection.
    await flush();
    await flush();
    expect($('[role="alert"]')?.textContent).toBe(translate('en', 'ledger_readFailed', 'QuotaExceededError'));
  });
});
