import type { ProtectionNeed } from '../../../../../src/modules/finder/core/types';
import {
  SCORE_WEIGHTS,
  computeFactors,
  confidence,
  isStale,
  languageFit,
  phaseOf,
  profileFit,
  recency,
  riskFit,
  safetyFlags,
  safetyPenalty,
  scoreOf,
  urgencyFit,
} from '../../../../../src/modules/finder/core/factors';
import { normalizeNeed } from '../../../../../src/modules/finder/core/need';
import { coverageLevel } from '../../../../../src/modules/finder/core/coverage';
import { parseIsoDate, type Candidate } from '../../../../../src/modules/finder/core/model';
import { NOW, mech, model, org, policy, service } from '../../../../fixtures/finder/sample-directory';

type Loose = Record<string, unknown>;

function candidate(serviceExtra: Loose = {}, orgExtra: Loose = {}): Candidate {
  return model({ organizations: [org('o', [service('s', serviceExtra)], orgExtra)] }).candidates[0];
}
function need(extra: Partial<ProtectionNeed> = {}) {
  const m = model({});
  return normalizeNeed(m, { country: 'CO', risks: ['DEATH_THREAT'], urgency: 'URGENT', ...extra });
}

describe('SCORE_WEIGHTS', () => {
  it('positive weights add up to 1 and the object is frozen', () => {
    const { safetyPenalty: _s, ...positive } = SCORE_WEIGHTS;
    expect(Object.values(positive).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(Object.isFrozen(SCORE_WEIGHTS)).toBe(true);
  });
});

describe('riskFit', () => {
  it('scores a general offer 0.5, a partial match 0.6 + 0.4·k/n, a full match 1, no match 0', () => {
    expect(riskFit(candidate(), ['DEATH_THREAT'])).toBe(0.5);
    const c = candidate({ risks: ['DEATH_THREAT', 'SURVEILLANCE'] });
    expect(riskFit(c, ['DEATH_THREAT', 'TRAVEL_BAN'])).toBeCloseTo(0.8, 10);
    expect(riskFit(c, ['DEATH_THREAT', 'SURVEILLANCE'])).toBe(1);
    expect(riskFit(c, ['TRAVEL_BAN'])).toBe(0);
  });
});

describe('urgencyFit', () => {
  it('follows the speed table outside IMMEDIATE', () => {
    expect(urgencyFit('DAYS', false, 'URGENT')).toBe(1);
    expect(urgencyFit('MONTHS', false, 'URGENT')).toBe(0.1);
    expect(urgencyFit('MONTHS', false, 'PREVENTIVE')).toBe(1);
    expect(urgencyFit('HOURS', true, 'PLANNED')).toBe(0.8); // no 24/7 bonus outside IMMEDIATE
  });
  it('for IMMEDIATE gives 30% of the factor to a 24/7 channel', () => {
    expect(urgencyFit('HOURS', true, 'IMMEDIATE')).toBeCloseTo(1, 10);
    expect(urgencyFit('HOURS', false, 'IMMEDIATE')).toBeCloseTo(0.7, 10);
    expect(urgencyFit('DAYS', true, 'IMMEDIATE')).toBeCloseTo(0.58, 10);
    expect(urgencyFit('UNKNOWN', false, 'IMMEDIATE')).toBeCloseTo(0.14, 10);
  });
});

describe('languageFit', () => {
  const withChannel = candidate({}, { languages: ['ar'], contactChannels: [{ kind: 'EMAIL', value: 'a@example.org', languages: ['fr'] }] });
  it('is neutral (0.5) when no language is given', () => {
    expect(languageFit(withChannel, [])).toBe(0.5);
  });
  it('is 1 for a channel language, 0.8 for an organisation language, 0 for no match', () => {
    expect(languageFit(withChannel, ['fr'])).toBe(1);
    expect(languageFit(withChannel, ['ar'])).toBe(0.8);
    expect(languageFit(withChannel, ['ru'])).toBe(0);
  });
  it('is 0.4 when the record has no language data', () => {
    expect(languageFit(candidate(), ['fr'])).toBe(0.4);
  });
});

describe('profileFit', () => {
  it('targeted match 1 > generic 0.5 > targeted without profiles 0.25 > targeted mismatch 0', () => {
    const targeted = candidate({ profiles: ['JOURNALIST'] });
    expect(profileFit(targeted, need({ profiles: ['JOURNALIST', 'LAWYER'] }))).toBe(1);
    expect(profileFit(candidate(), need({ profiles: ['JOURNALIST'] }))).toBe(0.5);
    expect(profileFit(targeted, need())).toBe(0.25);
    expect(profileFit(targeted, need({ profiles: ['LAWYER'] }))).toBe(0);
  });
});

describe('coverage', () => {
  const co = need().country;
  it('country named > region > global', () => {
    expect(coverageLevel(candidate({ coverage: { countries: ['CO'] } }), co).level).toBe('COUNTRY');
    expect(coverageLevel(candidate({ eligibility: [{ rule: 'COUNTRY_IN', countries: ['CO', 'PE'] }] }), co).level).toBe('COUNTRY');
    expect(coverageLevel(candidate({ coverage: { systems: ['OAS'] } }), co).level).toBe('REGION');
    expect(coverageLevel(candidate({ eligibility: [{ rule: 'MEMBER_OF', system: 'OAS' }] }), co).level).toBe('REGION');
    expect(coverageLevel(candidate(), co).level).toBe('GLOBAL');
  });
  it('a regional mechanism covers its members at region level', () => {
    const c = model({ mechanisms: [mech('iachr', [service('pm')], { kind: 'REGIONAL_COMMISSION', system: 'OAS' })] }).candidates[0];
    expect(coverageLevel(c, co)).toEqual({ level: 'REGION', system: 'OAS' });
  });
});

describe('confidence', () => {
  const day = 86_400_000;
  const now = NOW.getTime();
  it('is 1 within a year, falls linearly to 0.6 at two years, 0.3 beyond', () => {
    expect(recency(now - 100 * day, now)).toBe(1);
    expect(recency(now - 365 * day, now)).toBe(1);
    expect(recency(now - 547.5 * day, now)).toBeCloseTo(0.8, 2);
    expect(recency(now - 730 * day, now)).toBeCloseTo(0.6, 10);
    expect(recency(now - 731 * day, now)).toBe(0.3);
    expect(isStale(now - 731 * day, now)).toBe(true);
    expect(isStale(now - 700 * day, now)).toBe(false);
  });
  it('halves when eligibility needs a check', () => {
    expect(confidence(now, now, 'ELIGIBLE')).toBe(1);
    expect(confidence(now, now, 'NEEDS_CHECK')).toBe(0.5);
  });
  it('treats a verifiedOn in the future as fresh', () => {
    expect(recency(now + 10 * day, now)).toBe(1);
  });
});

describe('safetyPenalty', () => {
  const surveilled = need({ risks: ['SURVEILLANCE'] });
  it('penalises embassy routes under surveillance only', () => {
    const embassy = model({
      statePolicies: [policy('p', [service('visa', { kind: 'VISA_SUPPORT' })], { contactChannels: [{ kind: 'SECURE_EMAIL', value: 'x@example.org' }] })],
    }).candidates[0];
    expect(safetyFlags(embassy, surveilled)).toEqual(['EMBASSY_VISIBILITY']);
    expect(safetyFlags(embassy, need())).toEqual([]);
  });
  it('penalises in-person-only contact under surveillance', () => {
    const inPerson = candidate({}, { contactChannels: [{ kind: 'IN_PERSON', value: 'Office' }] });
    expect(safetyFlags(inPerson, surveilled)).toEqual(['IN_PERSON_ONLY']);
    const alsoRemote = candidate(
      {},
      {
        contactChannels: [
          { kind: 'IN_PERSON', value: 'Office' },
          { kind: 'SECURE_EMAIL', value: 'a@example.org' },
        ],
      },
    );
    expect(safetyFlags(alsoRemote, surveilled)).toEqual([]);
  });
  it('penalises public campaigns under surveillance or gender-based violence', () => {
    const appeal = candidate({ kind: 'URGENT_APPEAL' });
    expect(safetyFlags(appeal, surveilled)).toEqual(['PUBLICITY']);
    expect(safetyFlags(appeal, need({ risks: ['GENDER_BASED_VIOLENCE'] }))).toEqual(['PUBLICITY']);
    expect(safetyFlags(appeal, need())).toEqual([]);
  });
  it('adds the flags and caps at 1', () => {
    expect(safetyPenalty([])).toBe(0);
    expect(safetyPenalty(['EMBASSY_VISIBILITY', 'IN_PERSON_ONLY'])).toBeCloseTo(0.8, 10);
    expect(safetyPenalty(['EMBASSY_VISIBILITY', 'IN_PERSON_ONLY', 'PUBLICITY', 'PUBLICITY'])).toBe(1);
  });
});

describe('scoreOf', () => {
  it('is the weighted sum minus the weighted penalty (worked example 1 of docs/finder.md)', () => {
    const f = { riskFit: 1, urgencyFit: 1, languageFit: 1, profileFit: 0.5, coverage: 0.4, confidence: 1, safetyPenalty: 0 };
    // 0.25·1 + 0.25·1 + 0.15·1 + 0.1·0.5 + 0.1·0.4 + 0.15·1
    expect(scoreOf(f)).toBe(0.89);
    expect(scoreOf({ ...f, safetyPenalty: 0.5 })).toBe(0.74); // − 0.3·0.5
    expect(SCORE_WEIGHTS).toEqual({ riskFit: 0.25, urgencyFit: 0.25, languageFit: 0.15, profileFit: 0.1, coverage: 0.1, confidence: 0.15, safetyPenalty: 0.3 });
  });
  it('computeFactors combines the factor functions', () => {
    const c = candidate(
      { kind: 'HOTLINE', speed: 'HOURS', risks: ['DEATH_THREAT'] },
      { verifiedOn: '2025-01-01', contactChannels: [{ kind: 'HOTLINE', value: '+00', languages: ['es'], available247: true }] },
    );
    const n = need({ urgency: 'IMMEDIATE', languages: ['es'] });
    expect(computeFactors(c, n, 'ELIGIBLE', NOW.getTime(), [])).toEqual({
      riskFit: 1,
      urgencyFit: 1,
      languageFit: 1,
      profileFit: 0.5,
      coverage: 0.4,
      confidence: 1,
      safetyPenalty: 0,
    });
    expect(parseIsoDate('2025-01-01')).toBe(Date.UTC(2025, 0, 1));
  });
});

describe('the 24/7 bonus for IMMEDIATE needs', () => {
  const line247 = { contactChannels: [{ kind: 'HOTLINE', value: '+0', available247: true }] };
  it("counts for an emergency kind of offer reachable 24/7, not for the organisation's training or respite", () => {
    const n = need({ urgency: 'IMMEDIATE' });
    const grant = candidate({ kind: 'EMERGENCY_GRANT', speed: 'UNKNOWN' }, line247);
    const training = candidate({ kind: 'TRAINING', speed: 'UNKNOWN' }, line247);
    expect(computeFactors(grant, n, 'ELIGIBLE', NOW.getTime(), []).urgencyFit).toBeCloseTo(0.7 * 0.2 + 0.3, 4);
    expect(computeFactors(training, n, 'ELIGIBLE', NOW.getTime(), []).urgencyFit).toBeCloseTo(0.7 * 0.2, 4);
  });
});

describe('phaseOf', () => {
  it('puts hours or 24/7 in ACT_NOW, days and quick kinds of unknown speed in NEXT_DAYS, the rest later', () => {
    expect(phaseOf(candidate({ speed: 'HOURS' }))).toBe('ACT_NOW');
    expect(phaseOf(candidate({ speed: 'WEEKS', kind: 'URGENT_APPEAL' }, { contactChannels: [{ kind: 'HOTLINE', value: '+0', available247: true }] }))).toBe(
      'ACT_NOW',
    );
    // The organisation's 24/7 line does not make a non-emergency offer (legal aid taking weeks, training, respite) an ACT_NOW one.
    expect(phaseOf(candidate({ speed: 'WEEKS' }, { contactChannels: [{ kind: 'HOTLINE', value: '+0', available247: true }] }))).toBe('LONGER_TERM');
    expect(phaseOf(candidate({ speed: 'UNKNOWN', kind: 'TRAINING' }, { contactChannels: [{ kind: 'HOTLINE', value: '+0', available247: true }] }))).toBe(
      'LONGER_TERM',
    );
    expect(phaseOf(candidate({ speed: 'WEEKS' }, { contactChannels: [{ kind: 'HOTLINE', value: '+0', available247: true, confirmed: false }] }))).toBe(
      'LONGER_TERM',
    );
    expect(phaseOf(candidate({ speed: 'DAYS' }))).toBe('NEXT_DAYS');
    expect(phaseOf(candidate({ speed: 'UNKNOWN', kind: 'URGENT_APPEAL' }))).toBe('NEXT_DAYS');
    expect(phaseOf(candidate({ speed: 'UNKNOWN', kind: 'FELLOWSHIP' }))).toBe('LONGER_TERM');
    expect(phaseOf(candidate({ speed: 'MONTHS' }))).toBe('LONGER_TERM');
  });
});
