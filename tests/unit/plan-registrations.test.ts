import { describe, expect, it } from 'vitest';
import {
  PLATFORM_SCRIPT_FILE,
  planRegistrations,
  type RegisteredScript,
  scriptForRule,
} from '@/storage/platforms/plan-registrations';
import type { CustomRule } from '@/storage/schemas/settings';

const rule = (id: string, change: Partial<CustomRule> = {}): CustomRule => ({
  id,
  name: id,
  matches: [`*://${id}.example.edu.cn/*`],
  enabled: true,
  ...change,
});
const granted = (...ids: string[]) => new Set(ids);
const registeredFor = (r: CustomRule): RegisteredScript => {
  const { persistAcrossSessions: _, ...asReported } = scriptForRule(r);
  return asReported;
};

describe('scriptForRule', () => {
  it('registers the built platform content script on the rule pages, persisted and at document idle', () => {
    expect(scriptForRule(rule('prov', { allFrames: true }))).toEqual({
      id: 'user-rule-prov',
      js: ['content-scripts/platform.js'],
      matches: ['*://prov.example.edu.cn/*'],
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    expect(PLATFORM_SCRIPT_FILE).toBe('content-scripts/platform.js');
  });

  it('a rule without allFrames runs in the top frame only', () => {
    expect(scriptForRule(rule('prov')).allFrames).toBe(false);
  });
});

describe('planRegistrations', () => {
  it('registers an enabled rule whose host permission is granted', () => {
    const r = rule('prov');
    expect(planRegistrations([r], granted('prov'), [])).toEqual({
      register: [scriptForRule(r)],
      update: [],
      unregister: [],
    });
  });

  it('registers nothing for a rule without its host permission', () => {
    expect(planRegistrations([rule('prov')], granted(), [])).toEqual({
      register: [],
      update: [],
      unregister: [],
    });
  });

  it('registers nothing for a disabled rule, even when granted', () => {
    const plan = planRegistrations([rule('prov', { enabled: false })], granted('prov'), []);
    expect(plan.register).toEqual([]);
  });

  it('changes nothing when the registration already matches, whatever the pattern order', () => {
    const r = rule('prov', { matches: ['*://a.example.cn/*', '*://b.example.cn/*'] });
    const current = { ...registeredFor(r), matches: ['*://b.example.cn/*', '*://a.example.cn/*'] };
    expect(planRegistrations([r], granted('prov'), [current])).toEqual({
      register: [],
      update: [],
      unregister: [],
    });
  });

  it('updates a registration whose patterns were edited', () => {
    const before = rule('prov');
    const after = rule('prov', { matches: ['*://prov.example.edu.cn/learn/*'] });
    const plan = planRegistrations([after], granted('prov'), [registeredFor(before)]);
    expect(plan).toEqual({ register: [], update: [scriptForRule(after)], unregister: [] });
  });

  it('updates a registration whose allFrames or script file changed', () => {
    const r = rule('prov', { allFrames: true });
    expect(planRegistrations([r], granted('prov'), [registeredFor(rule('prov'))]).update).toEqual([
      scriptForRule(r),
    ]);
    const stale = { ...registeredFor(r), js: ['content-scripts/old.js'] };
    expect(planRegistrations([r], granted('prov'), [stale]).update).toEqual([scriptForRule(r)]);
  });

  it('unregisters a rule that was disabled, deleted or lost its permission', () => {
    const disabled = rule('off', { enabled: false });
    const revoked = rule('revoked');
    const registered = [registeredFor(rule('off')), registeredFor(revoked), registeredFor(rule('deleted'))];
    expect(planRegistrations([disabled, revoked], granted('off'), registered)).toEqual({
      register: [],
      update: [],
      unregister: ['user-rule-off', 'user-rule-revoked', 'user-rule-deleted'],
    });
  });

  it('leaves registrations it does not own alone', () => {
    const other: RegisteredScript = {
      id: 'portal-bridge',
      js: ['x.js'],
      matches: ['https://portal.example.cn/*'],
    };
    expect(planRegistrations([], granted(), [other]).unregister).toEqual([]);
  });

  it('never registers a stored rule whose patterns would not pass the form, and removes it if registered', () => {
    const everywhere = rule('all', { matches: ['*://*/*'] });
    const hashed = rule('hash', { matches: ['*://x.example.cn/#/a'] });
    const plan = planRegistrations([everywhere, hashed], granted('all', 'hash'), [registeredFor(everywhere)]);
    expect(plan).toEqual({ register: [], update: [], unregister: ['user-rule-all'] });
  });

  it('handles several rules at once', () => {
    const keep = rule('keep');
    const add = rule('add');
    const edit = rule('edit', { matches: ['*://edit.example.cn/new/*'] });
    const plan = planRegistrations([keep, add, edit], granted('keep', 'add', 'edit'), [
      registeredFor(keep),
      registeredFor(rule('edit')),
      registeredFor(rule('gone')),
    ]);
    expect(plan.register.map((s) => s.id)).toEqual(['user-rule-add']);
    expect(plan.update.map((s) => s.id)).toEqual(['user-rule-edit']);
    expect(plan.unregister).toEqual(['user-rule-gone']);
  });
});
