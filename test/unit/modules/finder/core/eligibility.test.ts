import type { EligibilityRule } from '../../../../../src/modules/directory/seed-schema';
import { evaluateCandidate, evaluateRule, type EligibilityContext } from '../../../../../src/modules/finder/core/eligibility';
import { normalizeNeed } from '../../../../../src/modules/finder/core/need';
import type { ProtectionNeed } from '../../../../../src/modules/finder/core/types';
import { mech, model, org, policy, service } from '../../../../fixtures/finder/sample-directory';

const empty = model({});
function ctx(extra: Partial<ProtectionNeed> = {}, locale: 'en' | 'fr' | 'es' = 'en'): EligibilityContext {
  const need = normalizeNeed(empty, { country: 'CO', risks: ['DEATH_THREAT'], urgency: 'URGENT', ...extra });
  return { need, locale };
}
const rule = (r: EligibilityRule, extra: Partial<ProtectionNeed> = {}) => evaluateRule(r, ctx(extra));

describe('evaluateRule: three-valued outcomes', () => {
  it('MEMBER_OF / NOT_MEMBER_OF use the country memberships', () => {
    expect(rule({ rule: 'MEMBER_OF', system: 'OAS' }).status).toBe('ELIGIBLE');
    expect(rule({ rule: 'MEMBER_OF', system: 'AU' })).toMatchObject({ status: 'INELIGIBLE', code: 'NOT_MEMBER_OF_SYSTEM' });
    expect(rule({ rule: 'NOT_MEMBER_OF', system: 'EU' }).status).toBe('ELIGIBLE');
    expect(rule({ rule: 'NOT_MEMBER_OF', system: 'EU' }, { country: 'FR' })).toMatchObject({ status: 'INELIGIBLE', code: 'MEMBER_OF_EXCLUDED_SYSTEM' });
  });

  it('ACCEPTED_PROCEDURE: accepted, not accepted (with the data date), unknown or absent (check caveat)', () => {
    expect(rule({ rule: 'ACCEPTED_PROCEDURE', procedure: 'ICCPR_OP1' }).status).toBe('ELIGIBLE');
    const no = rule({ rule: 'ACCEPTED_PROCEDURE', procedure: 'CAT_ART22' });
    expect(no).toMatchObject({ status: 'INELIGIBLE', code: 'PROCEDURE_NOT_ACCEPTED' });
    expect(no.status === 'INELIGIBLE' && no.reason).toContain('as of 2022-06-30');
    for (const procedure of ['ICPPED_URGENT_ACTION', 'OP_CEDAW'] as const) {
      const unknown = rule({ rule: 'ACCEPTED_PROCEDURE', procedure });
      expect(unknown.status).toBe('NEEDS_CHECK');
      expect(unknown.status === 'NEEDS_CHECK' && unknown.caveat).toMatch(/^Check that Colombia has accepted .+ \(UN Treaty Collection\)\.$/);
    }
  });

  it('UN_MEMBER, COUNTRY_IN and COUNTRY_NOT_IN', () => {
    expect(rule({ rule: 'UN_MEMBER' }).status).toBe('ELIGIBLE');
    expect(rule({ rule: 'UN_MEMBER' }, { country: 'VA' })).toMatchObject({ status: 'INELIGIBLE', code: 'NOT_UN_MEMBER' });
    expect(rule({ rule: 'COUNTRY_IN', countries: ['CO'], confirmed: true }).status).toBe('ELIGIBLE');
    expect(rule({ rule: 'COUNTRY_IN', countries: ['KE'], confirmed: true })).toMatchObject({ status: 'INELIGIBLE', code: 'OUTSIDE_COVERAGE' });
    expect(rule({ rule: 'COUNTRY_NOT_IN', countries: ['CO'], confirmed: true })).toMatchObject({ status: 'INELIGIBLE', code: 'COUNTRY_EXCLUDED' });
    expect(rule({ rule: 'COUNTRY_NOT_IN', countries: ['KE'], confirmed: true }).status).toBe('ELIGIBLE');
  });

  it('an unconfirmed country list never makes an offer ELIGIBLE, but still excludes', () => {
    const inList = rule({ rule: 'COUNTRY_IN', countries: ['CO'], confirmed: false });
    expect(inList.status).toBe('NEEDS_CHECK');
    expect(inList.status === 'NEEDS_CHECK' && inList.caveat).toContain('not confirmed');
    expect(rule({ rule: 'COUNTRY_IN', countries: ['KE'], confirmed: false })).toMatchObject({ status: 'INELIGIBLE', code: 'OUTSIDE_COVERAGE' });
    expect(rule({ rule: 'COUNTRY_NOT_IN', countries: ['KE'], confirmed: false }).status).toBe('NEEDS_CHECK');
    expect(rule({ rule: 'COUNTRY_NOT_IN', countries: ['CO'], confirmed: false })).toMatchObject({ status: 'INELIGIBLE', code: 'COUNTRY_EXCLUDED' });
  });

  it('PARTY_TO: a party, not a party (with the date of that fact), unknown (check first)', () => {
    expect(rule({ rule: 'PARTY_TO', instrument: 'AMERICAN_CONVENTION' }).status).toBe('ELIGIBLE');
    const no = rule({ rule: 'PARTY_TO', instrument: 'INTER_AMERICAN_COURT_JURISDICTION' });
    expect(no).toMatchObject({ status: 'INELIGIBLE', code: 'INSTRUMENT_NOT_ACCEPTED' });
    expect(no.status === 'INELIGIBLE' && no.reason).toContain('as of 2022-06-30');
    const unknown = rule({ rule: 'PARTY_TO', instrument: 'AFRICAN_CHARTER' });
    expect(unknown.status).toBe('NEEDS_CHECK');
    expect(unknown.status === 'NEEDS_CHECK' && unknown.caveat).toBe(
      'Check that Colombia has accepted the African Charter on Human and Peoples’ Rights: our sources do not confirm it.',
    );
  });

  it('PROFILE_REQUIRED: match, no profile given (check), other profiles (ineligible)', () => {
    const r: EligibilityRule = { rule: 'PROFILE_REQUIRED', profiles: ['JOURNALIST'] };
    expect(rule(r, { profiles: ['LAWYER', 'JOURNALIST'] }).status).toBe('ELIGIBLE');
    expect(rule(r).status).toBe('NEEDS_CHECK');
    expect(rule(r, { profiles: ['LAWYER'] })).toMatchObject({ status: 'INELIGIBLE', code: 'PROFILE_REQUIRED' });
  });

  it('UN_COOPERATION_REQUIRED: stated cooperation or a reprisal risk opens it', () => {
    const r: EligibilityRule = { rule: 'UN_COOPERATION_REQUIRED' };
    expect(rule(r, { cooperatedWithUn: true }).status).toBe('ELIGIBLE');
    expect(rule(r, { risks: ['REPRISAL_FOR_UN_COOPERATION'] }).status).toBe('ELIGIBLE');
    expect(rule(r)).toMatchObject({ status: 'INELIGIBLE', code: 'UN_COOPERATION_REQUIRED' });
    expect(rule(r, { cooperatedWithUn: false })).toMatchObject({ status: 'INELIGIBLE', code: 'UN_COOPERATION_REQUIRED' });
  });

  it('IN_COUNTRY_REQUIRED / OUTSIDE_COUNTRY_REQUIRED: unknown whereabouts need a check', () => {
    const inside: EligibilityRule = { rule: 'IN_COUNTRY_REQUIRED' };
    const outside: EligibilityRule = { rule: 'OUTSIDE_COUNTRY_REQUIRED' };
    expect(rule(inside, { currentlyInCountry: true }).status).toBe('ELIGIBLE');
    expect(rule(inside, { currentlyInCountry: false })).toMatchObject({ status: 'INELIGIBLE', code: 'IN_COUNTRY_REQUIRED' });
    expect(rule(inside).status).toBe('NEEDS_CHECK');
    expect(rule(outside, { currentlyInCountry: false }).status).toBe('ELIGIBLE');
    expect(rule(outside, { currentlyInCountry: true })).toMatchObject({ status: 'INELIGIBLE', code: 'OUTSIDE_COUNTRY_REQUIRED' });
    expect(rule(outside).status).toBe('NEEDS_CHECK');
  });

  it('writes its sentences in the locale', () => {
    const fr = evaluateRule({ rule: 'ACCEPTED_PROCEDURE', procedure: 'OP_CEDAW' }, ctx({}, 'fr'));
    expect(fr.status === 'NEEDS_CHECK' && fr.caveat).toContain('Colombie');
    expect(fr.status === 'NEEDS_CHECK' && fr.caveat).toContain('Collection des traités');
  });
});

describe('evaluateCandidate', () => {
  const first = (m: ReturnType<typeof model>) => m.candidates[0];

  it('never offers a paused or closed offer, nor an offer of a paused or closed parent', () => {
    const pausedParent = first(model({ organizations: [org('o', [service('s')], { status: 'PAUSED' })] }));
    const closedOffer = first(model({ organizations: [org('o', [service('s', { status: 'CLOSED' })])] }));
    expect(evaluateCandidate(pausedParent, ctx())).toMatchObject({ status: 'INELIGIBLE', code: 'NOT_ACTIVE' });
    expect(evaluateCandidate(closedOffer, ctx())).toMatchObject({ status: 'INELIGIBLE', code: 'NOT_ACTIVE' });
    expect(evaluateCandidate(pausedParent, ctx()).reason).toContain('paused');
  });

  it('offers an UNCERTAIN resource (or one with an UNCERTAIN parent) only as NEEDS_CHECK, the check first', () => {
    const uncertainParent = first(model({ organizations: [org('o', [service('s')], { status: 'UNCERTAIN' })] }));
    const uncertainOffer = first(
      model({ organizations: [org('o', [service('s', { status: 'UNCERTAIN', eligibility: [{ rule: 'PROFILE_REQUIRED', profiles: ['JOURNALIST'] }] })])] }),
    );
    expect(evaluateCandidate(uncertainParent, ctx())).toMatchObject({
      status: 'NEEDS_CHECK',
      checks: [expect.stringContaining('may have stopped or changed')],
    });
    const both = evaluateCandidate(uncertainOffer, ctx());
    expect(both.status).toBe('NEEDS_CHECK');
    expect(both.checks).toHaveLength(2);
    expect(both.checks[0]).toContain('may have stopped or changed');
    // Still excluded by a failing rule, and a paused parent wins over an uncertain offer.
    expect(evaluateCandidate(uncertainOffer, ctx({ profiles: ['LAWYER'] })).code).toBe('PROFILE_REQUIRED');
    const pausedOverUncertain = first(model({ organizations: [org('o', [service('s', { status: 'UNCERTAIN' })], { status: 'PAUSED' })] }));
    expect(evaluateCandidate(pausedOverUncertain, ctx()).code).toBe('NOT_ACTIVE');
  });

  it('excludes an offer whose listed risks miss every risk of the need', () => {
    const c = first(model({ organizations: [org('o', [service('s', { risks: ['TRAVEL_BAN'] })])] }));
    expect(evaluateCandidate(c, ctx())).toMatchObject({ status: 'INELIGIBLE', code: 'RISK_NOT_ADDRESSED' });
    expect(evaluateCandidate(c, ctx({ risks: ['DEATH_THREAT', 'TRAVEL_BAN'] })).status).toBe('ELIGIBLE');
  });

  it('checks parent and own coverage, including exclusions', () => {
    const regional = first(model({ organizations: [org('o', [service('s')], { coverage: { systems: ['AU'] } })] }));
    expect(evaluateCandidate(regional, ctx())).toMatchObject({ code: 'OUTSIDE_COVERAGE' });
    expect(evaluateCandidate(regional, ctx({ country: 'KE' })).status).toBe('ELIGIBLE');
    const narrowed = first(model({ organizations: [org('o', [service('s', { coverage: { countries: ['KE'] } })])] }));
    expect(evaluateCandidate(narrowed, ctx())).toMatchObject({ code: 'OUTSIDE_COVERAGE' });
    const except = first(model({ organizations: [org('o', [service('s')], { coverage: { global: true, excludeCountries: ['CO'] } })] }));
    expect(evaluateCandidate(except, ctx())).toMatchObject({ code: 'COUNTRY_EXCLUDED' });
    const exceptSystem = first(model({ organizations: [org('o', [service('s')], { coverage: { global: true, excludeSystems: ['EU'] } })] }));
    expect(evaluateCandidate(exceptSystem, ctx({ country: 'FR' }))).toMatchObject({ code: 'OUTSIDE_COVERAGE' });
    expect(evaluateCandidate(exceptSystem, ctx()).status).toBe('ELIGIBLE');
  });

  it('reports the first failing rule, parent rules before own rules', () => {
    const m = model({
      statePolicies: [
        policy('eu', [service('s', { eligibility: [{ rule: 'PROFILE_REQUIRED', profiles: ['LAWYER'] }] })], {
          eligibility: [{ rule: 'NOT_MEMBER_OF', system: 'EU' }],
        }),
      ],
    });
    expect(evaluateCandidate(first(m), ctx({ country: 'FR', profiles: ['JOURNALIST'] }))).toMatchObject({ code: 'MEMBER_OF_EXCLUDED_SYSTEM' });
    expect(evaluateCandidate(first(m), ctx({ profiles: ['JOURNALIST'] }))).toMatchObject({ code: 'PROFILE_REQUIRED' });
  });

  it('collects every check to make when nothing fails', () => {
    const m = model({
      mechanisms: [
        mech('ced', [service('ua', { eligibility: [{ rule: 'ACCEPTED_PROCEDURE', procedure: 'ICPPED_URGENT_ACTION' }, { rule: 'IN_COUNTRY_REQUIRED' }] })]),
      ],
    });
    const r = evaluateCandidate(first(m), ctx());
    expect(r.status).toBe('NEEDS_CHECK');
    expect(r.checks).toHaveLength(2);
    expect(r.checks[0]).toContain('UN Treaty Collection');
  });

  it('treats a reprisal report as needing UN cooperation even when its record says nothing', () => {
    const m = model({ mechanisms: [mech('sg', [service('report', { kind: 'REPRISAL_REPORT' })])] });
    expect(evaluateCandidate(first(m), ctx())).toMatchObject({ code: 'UN_COOPERATION_REQUIRED' });
    expect(evaluateCandidate(first(m), ctx({ cooperatedWithUn: true })).status).toBe('ELIGIBLE');
  });
});
