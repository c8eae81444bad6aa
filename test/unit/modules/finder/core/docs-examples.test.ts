/**
 * The worked examples of docs/finder.md, computed by the code: if a weight or a factor table
 * changes, this test fails until the documentation is updated.
 */
import { buildReadModel } from '../../../../../src/modules/finder/core/read-model';
import { buildProtectionPlan } from '../../../../../src/modules/finder/core/rank';
import { NOW, directory, mech, org, policy, service } from '../../../../fixtures/finder/sample-directory';

describe('docs/finder.md worked examples', () => {
  it('example 1: a 24/7 hotline in the defender’s language beats a country-specific office-hours line', () => {
    const m = buildReadModel(
      directory({
        organizations: [
          org('nightline', [service('hotline', { kind: 'HOTLINE', speed: 'HOURS' })], {
            contactChannels: [{ kind: 'HOTLINE', value: '+00 0000', languages: ['es'], available247: true, hours: '24/7' }],
          }),
          org('dayline', [service('hotline', { kind: 'HOTLINE', speed: 'HOURS', risks: ['DEATH_THREAT'], coverage: { countries: ['CO'] } })], {
            contactChannels: [{ kind: 'PHONE', value: '+00 1111', languages: ['en'], hours: '09:00–17:00' }],
          }),
        ],
      }),
    );
    const p = buildProtectionPlan(m, { country: 'CO', risks: ['DEATH_THREAT'], urgency: 'IMMEDIATE', languages: ['es'] }, { now: NOW });
    expect(p.options.map((o) => [o.id, o.score, o.phase])).toEqual([
      ['ORGANIZATION:nightline/hotline', 0.765, 'ACT_NOW'],
      ['ORGANIZATION:dayline/hotline', 0.725, 'ACT_NOW'],
    ]);
    expect(p.options[0].factors).toEqual({ riskFit: 0.5, urgencyFit: 1, languageFit: 1, profileFit: 0.5, coverage: 0.4, confidence: 1, safetyPenalty: 0 });
    expect(p.options[1].factors).toEqual({ riskFit: 1, urgencyFit: 0.7, languageFit: 0, profileFit: 0.5, coverage: 1, confidence: 1, safetyPenalty: 0 });
    expect(p.options[1].caveats).toContain('Its contact channels are listed in en, not in the languages given.');
  });

  it('example 2: surveillance demotes an embassy route; an older but targeted record wins', () => {
    const m = buildReadModel(
      directory({
        statePolicies: [
          policy('eu-guidelines', [service('trial-observation', { kind: 'TRIAL_OBSERVATION', risks: ['JUDICIAL_HARASSMENT'], speed: 'WEEKS' })], {
            issuer: 'EU',
            eligibility: [{ rule: 'NOT_MEMBER_OF', system: 'EU' }],
            contactChannels: [{ kind: 'IN_PERSON', value: 'EU Delegation' }],
          }),
        ],
        organizations: [
          org('lawyers-network', [service('defence', { kind: 'LEGAL_AID', risks: ['JUDICIAL_HARASSMENT'], profiles: ['LAWYER'], speed: 'DAYS' })], {
            verifiedOn: '2023-09-01',
            coverage: { systems: ['OAS'] },
            contactChannels: [{ kind: 'SECURE_EMAIL', value: 'help@example.org', languages: ['es'] }],
          }),
        ],
      }),
    );
    const need = { country: 'CO', risks: ['SURVEILLANCE', 'JUDICIAL_HARASSMENT'] as const, urgency: 'PLANNED' as const, profiles: ['LAWYER'] as const };
    const p = buildProtectionPlan(m, { ...need, risks: [...need.risks], profiles: [...need.profiles] }, { now: NOW });
    expect(p.options.map((o) => [o.id, o.score])).toEqual([
      ['ORGANIZATION:lawyers-network/defence', 0.8],
      ['STATE_POLICY:eu-guidelines/trial-observation', 0.525],
    ]);
    expect(p.options[0].factors).toEqual({ riskFit: 0.8, urgencyFit: 1, languageFit: 0.5, profileFit: 1, coverage: 0.7, confidence: 0.6997, safetyPenalty: 0 });
    expect(p.options[1].factors).toEqual({ riskFit: 0.8, urgencyFit: 1, languageFit: 0.5, profileFit: 0.5, coverage: 0.4, confidence: 1, safetyPenalty: 0.8 });
    expect(p.options[1].caveats.slice(0, 2)).toEqual([
      'Being seen going to and from an embassy can raise your risk under surveillance: ask for contact through a trusted intermediary or a remote channel.',
      'It can only be reached in person, which can be observed.',
    ]);
    const fr = buildProtectionPlan(m, { ...need, country: 'FR', risks: [...need.risks], profiles: [...need.profiles] }, { now: NOW });
    expect(fr.excluded.map((e) => [e.id, e.code])).toEqual([
      ['ORGANIZATION:lawyers-network/defence', 'OUTSIDE_COVERAGE'],
      ['STATE_POLICY:eu-guidelines/trial-observation', 'MEMBER_OF_EXCLUDED_SYSTEM'],
    ]);
    expect(fr.excluded[1].reason).toBe('It applies only outside the European Union, and France is a member.');
  });

  it('example 3: reprisal reporting, a procedure to check and a procedure not accepted', () => {
    const m = buildReadModel(
      directory({
        mechanisms: [
          mech('reprisals-report', [service('report', { kind: 'REPRISAL_REPORT', risks: ['REPRISAL_FOR_UN_COOPERATION'], speed: 'WEEKS' })], {
            kind: 'UN_SECRETARIAT',
            contactChannels: [{ kind: 'EMAIL', value: 'reprisals@example.org', languages: ['en', 'fr', 'es'] }],
          }),
          mech(
            'cedaw',
            [service('complaint', { kind: 'INDIVIDUAL_COMPLAINT', speed: 'MONTHS', eligibility: [{ rule: 'ACCEPTED_PROCEDURE', procedure: 'OP_CEDAW' }] })],
            {
              kind: 'UN_TREATY_BODY',
            },
          ),
          mech(
            'cat',
            [service('complaint', { kind: 'INDIVIDUAL_COMPLAINT', speed: 'MONTHS', eligibility: [{ rule: 'ACCEPTED_PROCEDURE', procedure: 'CAT_ART22' }] })],
            {
              kind: 'UN_TREATY_BODY',
            },
          ),
        ],
      }),
    );
    const p = buildProtectionPlan(m, { country: 'CO', risks: ['REPRISAL_FOR_UN_COOPERATION'], urgency: 'URGENT', cooperatedWithUn: true }, { now: NOW });
    expect(p.options.map((o) => [o.id, o.eligibility, o.score, o.phase])).toEqual([
      ['MECHANISM:reprisals-report/report', 'ELIGIBLE', 0.665, 'LONGER_TERM'],
      ['MECHANISM:cedaw/complaint', 'NEEDS_CHECK', 0.39, 'LONGER_TERM'],
    ]);
    expect(p.options[1].factors).toEqual({
      riskFit: 0.5,
      urgencyFit: 0.1,
      languageFit: 0.5,
      profileFit: 0.5,
      coverage: 0.4,
      confidence: 0.5,
      safetyPenalty: 0,
    });
    expect(p.options[1].caveats[0]).toBe('Check that Colombia has accepted the Optional Protocol to CEDAW (UN Treaty Collection).');
    expect(p.excluded).toEqual([
      expect.objectContaining({
        id: 'MECHANISM:cat/complaint',
        code: 'PROCEDURE_NOT_ACCEPTED',
        reason:
          'Colombia had not accepted article 22 of the Convention against Torture (complaints) according to treaty data as of 2022-06-30; if it has accepted it since, this route opens (check the UN Treaty Collection).',
      }),
    ]);
    expect(p.options[0].caveats.slice(0, 3)).toEqual([
      'Protect the people concerned: say whether the person (and their family) agreed to be named and was informed of the report. Consent is a prerequisite.',
      'Say whether the reprisal has already been mentioned in any UN document, and give the reference.',
      'Send follow-up on cases reported before (new reprisals, steps the state took to investigate).',
    ]);
    // printed into docs/finder.md
    expect(p.summary).toBe(
      '2 options in the directory fit this situation (1 with a fact to check first). First step: Service report (Mechanism reprisals-report) — write to reprisals@example.org. Longer term: Service report (Mechanism reprisals-report) and Service complaint (Mechanism cedaw). 1 other offer was ruled out; the plan says why.',
    );
  });
});
