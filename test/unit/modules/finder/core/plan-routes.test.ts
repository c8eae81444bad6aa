/**
 * A plan a person can act on: one contact said once, channels ordered for the risk, a summary
 * that counts what fits and names the first step, and a limit that keeps every phase.
 */
import { buildReadModel } from '../../../../../src/modules/finder/core/read-model';
import { buildProtectionPlan } from '../../../../../src/modules/finder/core/rank';
import { contactKey } from '../../../../../src/modules/finder/core/channels';
import { NOW, directory, mech, org, prog, service } from '../../../../fixtures/finder/sample-directory';
import type { ProtectionNeed } from '../../../../../src/modules/finder/core/types';

// Two organisations answering on one number (written two ways), each with several services, a
// third with its own line, a regional body acting in days and a fellowship for the longer term.
const shared = buildReadModel(
  directory({
    organizations: [
      org(
        'fld',
        [
          service('line', { kind: 'HOTLINE', speed: 'HOURS' }),
          service('grants', { kind: 'EMERGENCY_GRANT', speed: 'HOURS' }),
          service('relocation', { kind: 'TEMPORARY_RELOCATION', speed: 'HOURS' }),
        ],
        {
          contactChannels: [
            { kind: 'HOTLINE', value: '+353 (0)1 21 00 489', available247: true, hours: '24/7' },
            { kind: 'SECURE_WEB_FORM', confirmed: false },
          ],
        },
      ),
      org('pdeu', [service('line', { kind: 'HOTLINE', speed: 'HOURS' }), service('grants', { kind: 'EMERGENCY_GRANT', speed: 'HOURS' })], {
        contactChannels: [{ kind: 'HOTLINE', value: '+353 1 21 00 489', available247: true, hours: '24/7' }],
      }),
      org('other', [service('line', { kind: 'HOTLINE', speed: 'HOURS' })], {
        contactChannels: [
          { kind: 'HOTLINE', value: '+00 1111', hours: '09:00-17:00' },
          { kind: 'EMAIL', value: 'help@other.example' },
          { kind: 'SECURE_EMAIL', value: 'secure@other.example' },
        ],
      }),
    ],
    mechanisms: [
      mech('commission', [service('measures', { kind: 'INTERIM_MEASURES', speed: 'DAYS' })], {
        contactChannels: [{ kind: 'WEB_FORM', value: 'https://commission.example/form' }],
      }),
    ],
    programmes: [prog('fellowship', { speed: 'MONTHS', contactChannels: [{ kind: 'EMAIL', value: 'apply@fellowship.example' }] })],
  }),
);
const need: ProtectionNeed = { country: 'CO', risks: ['DEATH_THREAT'], urgency: 'IMMEDIATE' };
const planOf = (n: Partial<ProtectionNeed> = {}, limit?: number, locale = 'en') => buildProtectionPlan(shared, { ...need, ...n }, { now: NOW, locale, limit });

describe('contact routes', () => {
  it('reads one number written two ways as one contact, and ignores unconfirmed ones', () => {
    const tel = (value: string) =>
      contactKey({ kind: 'HOTLINE', value, label: null, languages: [], hours: null, available247: true, confirmed: true, safetyNote: null });
    expect(tel('+353 (0)1 21 00 489')).toBe(tel('+353 1 21 00 489'));
    expect(
      contactKey({ kind: 'HOTLINE', value: null, label: null, languages: [], hours: null, available247: false, confirmed: false, safetyNote: null }),
    ).toBeNull();
  });

  it('groups every option reached by one call into one route, said once', () => {
    const plan = planOf();
    const fldLine = plan.options.find((o) => o.id === 'ORGANIZATION:fld/line')!;
    const route = plan.routes[fldLine.route - 1];
    expect([...route.optionIds].sort()).toEqual([
      'ORGANIZATION:fld/grants',
      'ORGANIZATION:fld/line',
      'ORGANIZATION:fld/relocation',
      'ORGANIZATION:pdeu/grants',
      'ORGANIZATION:pdeu/line',
    ]);
    expect(route.summary).toMatch(/^One contact \(call \+353 .*\) reaches: /);
    for (const o of plan.options.filter((x) => x.id.startsWith('ORGANIZATION:fld/') || x.id.startsWith('ORGANIZATION:pdeu/')))
      expect(o.route).toBe(fldLine.route);
    expect(plan.routes.map((r) => r.rank)).toEqual(plan.routes.map((_, i) => i + 1));
  });

  it('lists the best options of a limited plan through different routes', () => {
    const plan = planOf({}, 3);
    const routes = plan.options.map((o) => o.route);
    expect(new Set(routes).size).toBe(routes.length);
    expect(plan.options.filter((o) => o.id.startsWith('ORGANIZATION:fld/') || o.id.startsWith('ORGANIZATION:pdeu/'))).toHaveLength(1);
    // The route still says what else the one call reaches.
    expect(plan.routes[0].names.length).toBe(5);
  });
});

describe('a limited plan keeps every phase and counts what fits', () => {
  it('keeps the best option of each phase that has one', () => {
    const plan = planOf({}, 3);
    expect(plan.phases.map((p) => p.options.length > 0)).toEqual([true, true, true]);
    expect(plan.options.map((o) => o.id)).toEqual(expect.arrayContaining(['MECHANISM:commission/measures', 'PROGRAMME:fellowship/fellowship']));
  });

  it('counts every option that fits, not the limit, and says how many are listed', () => {
    const all = planOf();
    const limited = planOf({}, 3);
    expect(limited.optionCount).toBe(all.options.length);
    expect(all.options.length).toBeGreaterThan(3);
    expect(limited.summary).toContain(`${all.options.length} options in the directory fit this situation`);
    expect(limited.summary).toContain('The best 3, each through a different contact, are listed below.');
    expect(all.summary).not.toContain('are listed below');
  });

  it('names the first concrete action in the summary', () => {
    const plan = planOf();
    expect(plan.summary).toContain(`First step: ${plan.options[0].name}`);
    expect(plan.summary).toMatch(/— call \+353 \(0\)1 21 00 489\./);
    expect(planOf({}, undefined, 'es').summary).toMatch(/Primer paso: .* — llamar al \+353/);
  });
});

describe('channels follow the risk', () => {
  const other = (n: Partial<ProtectionNeed>) => planOf(n).options.find((o) => o.id === 'ORGANIZATION:other/line')!;

  it('under surveillance puts encrypted channels first and the phone after written ones', () => {
    expect(other({}).channels.map((c) => c.kind)).toEqual(['SECURE_EMAIL', 'HOTLINE', 'EMAIL']);
    expect(other({ risks: ['DEATH_THREAT', 'SURVEILLANCE'] }).channels.map((c) => c.kind)).toEqual(['SECURE_EMAIL', 'EMAIL', 'HOTLINE']);
    expect(other({ risks: ['DIGITAL_ATTACK'] }).channels.map((c) => c.kind)).toEqual(['SECURE_EMAIL', 'EMAIL', 'HOTLINE']);
  });

  it('says how to reach the safer channel when its address is not confirmed', () => {
    const watched = planOf({ risks: ['DEATH_THREAT', 'SURVEILLANCE'] }).options.find((o) => o.id === 'ORGANIZATION:fld/line')!;
    expect(watched.channels.map((c) => c.kind)).toEqual(['SECURE_WEB_FORM', 'HOTLINE']);
    expect(watched.caveats.join('\n')).toContain('prefer their secure web form; its address is not confirmed here');
    const calm = planOf().options.find((o) => o.id === 'ORGANIZATION:fld/line')!;
    expect(calm.caveats.join('\n')).not.toContain('prefer their secure web form');
  });
});

describe('a record without a translation', () => {
  const m = buildReadModel(
    directory({
      organizations: [
        org('untranslated', [service('s', { kind: 'HOTLINE', speed: 'HOURS', caveats: [{ en: 'Only in English.' }] })], {
          contactChannels: [{ kind: 'EMAIL', value: 'x@example.org' }],
        }),
      ],
    }),
  );

  it('falls back to English for all of its texts, and says which locale they are in', () => {
    const plan = buildProtectionPlan(m, need, { now: NOW, locale: 'fr' });
    const o = plan.options[0];
    expect(o.textLocale).toBe('en');
    expect(o.name).toBe('Service s');
    expect(o.caveats).toContain('Only in English.');
    expect(plan.locale).toBe('fr');
    expect(plan.summary).toMatch(/^1 option de l’annuaire correspond/);
  });
});
