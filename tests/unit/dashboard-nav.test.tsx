// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { DashboardNav } from '@/entrypoints/dashboard/DashboardNav';
import { translate } from '@/storage/i18n';
import { container, useContainer } from './support/dom-container';

useContainer();

describe('DashboardNav', () => {
  it('is a labelled navigation with a link per view and aria-current on the current one only', () => {
    act(() =>
      render(<DashboardNav locale="en" route={{ view: 'digest', weekStart: '2026-04-13' }} />, container),
    );
    const nav = container.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe(translate('en', 'nav_label'));
    const links = [...container.querySelectorAll('a')].map((a) => [
      a.getAttribute('href'),
      a.textContent,
      a.getAttribute('aria-current'),
    ]);
    expect(links).toEqual([
      ['#/week', 'Week', null],
      ['#/year', 'Year', null],
      ['#/settings', 'Settings', null],
      ['#/data', 'Data', null],
      ['#/reflections', 'Reflections', null],
      ['#/courses', 'Courses', null],
      ['#/sessions', 'Sessions', null],
      ['#/digest', 'Digest', 'page'],
      ['#/plans', 'Plans', null],
    ]);
  });
});
