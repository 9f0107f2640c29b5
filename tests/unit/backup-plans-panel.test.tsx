// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RestorePlanTable } from '@/components/data/RestorePlanTable';
import { translate } from '@/storage/i18n';

const counts = (n: number) => ({ new: n, updated: 0, unchanged: 0, removed: 0 });
const container = document.createElement('div');
afterEach(() => render(null, container));

describe('the restore preview with training plans', () => {
  it('shows a row for plans when the restore brings any counts for them, in both languages', () => {
    for (const locale of ['zh_CN', 'en'] as const) {
      render(
        <RestorePlanTable
          locale={locale}
          fileName="studytrail-backup.json"
          plan={{ sessions: counts(1), reflections: counts(0), plans: counts(3), settings: 'unchanged' }}
        />,
        container,
      );
      const row = container.querySelector('tr[data-table="plans"]');
      expect(row?.querySelector('th')?.textContent).toBe(translate(locale, 'data_planPlans'));
      expect(row?.querySelector('td[data-column="new"]')?.textContent).toBe('3');
    }
  });

  it('shows no plans row for an answer without them', () => {
    render(
      <RestorePlanTable
        locale="en"
        fileName="f.json"
        plan={{ sessions: counts(1), reflections: counts(0), settings: 'unchanged' }}
      />,
      container,
    );
    expect(container.querySelector('tr[data-table="plans"]')).toBeNull();
  });
});
