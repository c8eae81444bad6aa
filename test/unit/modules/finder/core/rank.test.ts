import { SCORE_WEIGHTS } from '../../../../../src/modules/finder/core/factors';
import { buildReadModel } from '../../../../../src/modules/finder/core/read-model';
import { buildProtectionPlan } from '../../../../../src/modules/finder/core/rank';
import { FinderInputError, type ProtectionNeed, type ProtectionPlan } from '../../../../../src/modules/finder/core/types';
import { NOW, directory, mech, org, prog, sampleDirectory, service } from '../../../../fixtures/finder/sample-directory';

const model = buildReadModel(sampleDirectory());
const base: ProtectionNeed = { country: 'CO', risks: ['DEATH_THREAT'], urgency: 'IMMEDIATE' };
const plan = (need: Partial<ProtectionNeed> = {}, locale = 'en'): ProtectionPlan => buildProtectionPlan(model, { ...base, ...need }, { now: NOW, locale });
const ids = (p: ProtectionPlan) => p.options.map((o) => o.id);
const option = (p: ProtectionPlan, id: string) => p.options.find((o) => o.id === id);
const exclusion = (p: ProtectionPlan, id: string) => p.excluded.find((o) => o.id === id);

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('buildProtectionPlan: determinism', () => {
  it('returns deep-equal plans for the same input', () => {
    expect(plan({ languages: ['es'] })).toEqual(plan({ languages: ['es'] }));
  });

  it('ranks the same whatever the order of the directory', () => {
    const d = sampleDirectory();
    for (const seed of [1, 7, 42]) {
      const m2 = buildReadModel({
        ...d,
        organizations: shuffled(d.organizations, seed),
        mechanisms: shuffled(d.mechanisms, seed + 1),
        programmes: shuffled(d.programmes, seed + 2),
        countries: shuffled(d.countries, seed + 3),
      });
      expect(buildProtectionPlan(m2, base, { now: NOW, locale: 'en' })).toEqual(plan());
    }
  });

  it('breaks ties in score by key', () => {
    const d = directory({ organizations: [org('b', [service('x')]), org('a', [service('x')]), org('c', [service('x')])] });
    const p = buildProtectionPlan(buildReadModel(d), base, { now: NOW });
    expect(new Set(p.options.map((o) => o.score)).size).toBe(1);
    expect(ids(p)).toEqual(['ORGANIZATION:a/x', 'ORGANIZATION:b/x', 'ORGANIZATION:c/x']);
    expect(p.options.map((o) => o.rank)).toEqual([1, 2, 3]);
    // even when a model's candidates are not in key order
    const m = buildReadModel(d);
    const reversed = { ...m, candidates: [...m.candidates].reverse() };
    expect(ids(buildProtectionPlan(reversed, base, { now: NOW }))).toEqual(ids(p));
  });

  it('orders options by descending score', () => {
    const scores = plan().options.map((o) => o.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('buildProtectionPlan: ranking', () => {
  it('puts a 24/7 hotline before an office-hours hotline for an IMMEDIATE need', () => {
    const p = plan();
    const h247 = option(p, 'ORGANIZATION:front/hotline')!;
    const office = option(p, 'ORGANIZATION:office/line')!;
    expect(h247.factors.urgencyFit).toBe(1);
    expect(office.factors.urgencyFit).toBe(0.7);
    expect(h247.rank).toBeLessThan(office.rank);
    expect(h247.reasons).toContain('Reachable 24 hours a day, 7 days a week.');
  });

  it('does not give the 24/7 bonus when the need is not IMMEDIATE', () => {
    const p = plan({ urgency: 'URGENT' });
    expect(option(p, 'ORGANIZATION:front/hotline')!.factors.urgencyFit).toBe(option(p, 'ORGANIZATION:office/line')!.factors.urgencyFit);
  });

  it('demotes a stale record and says so', () => {
    const p = plan({ urgency: 'URGENT' });
    const old = option(p, 'ORGANIZATION:old/legal')!;
    expect(old.factors.confidence).toBe(0.3);
    expect(old.caveats.some((c) => c.startsWith('The newest evidence for this record dates from 2020-01-01, more than two years ago'))).toBe(true);
    const fresh = option(p, 'MECHANISM:sr-hrd/communication')!;
    expect(fresh.factors.confidence).toBe(1);
    expect(fresh.caveats.some((c) => c.includes('more than two years'))).toBe(false);
  });

  it('prefers a channel in the defender’s language', () => {
    const p = plan({ languages: ['fr'] });
    expect(option(p, 'ORGANIZATION:front/hotline')!.factors.languageFit).toBe(1);
    expect(option(p, 'ORGANIZATION:office/line')!.factors.languageFit).toBe(0);
    expect(option(p, 'ORGANIZATION:office/line')!.caveats).toContain('Its contact channels are listed in en, not in the languages given.');
  });

  it('penalises embassy routes for someone under surveillance', () => {
    const need = { country: 'CO', risks: ['SURVEILLANCE', 'JUDICIAL_HARASSMENT'] as const, urgency: 'PLANNED' as const };
    const watched = option(plan({ ...need, risks: [...need.risks] }), 'STATE_POLICY:eu-guidelines/trial-observation')!;
    const unwatched = option(plan({ ...need, risks: ['JUDICIAL_HARASSMENT'] }), 'STATE_POLICY:eu-guidelines/trial-observation')!;
    expect(watched.factors.safetyPenalty).toBe(0.8); // embassy 0.5 + in person only 0.3
    expect(unwatched.factors.safetyPenalty).toBe(0);
    expect(watched.score).toBeLessThan(unwatched.score);
    expect(watched.caveats.some((c) => c.includes('Being seen going to and from an embassy'))).toBe(true);
  });

  it('puts a national protection mechanism last, with the reason, when the threat comes from state agents', () => {
    const npm = mech('unp', [service('protection', { kind: 'PROTECTIVE_ACCOMPANIMENT', risks: ['DEATH_THREAT'], speed: 'HOURS' })], {
      kind: 'NATIONAL_PROTECTION_MECHANISM',
      system: 'NATIONAL',
      eligibility: [{ rule: 'COUNTRY_IN', countries: ['CO'] }, { rule: 'IN_COUNTRY_REQUIRED' }],
    });
    const slow = org('slow', [service('advice', { risks: ['DEATH_THREAT'], speed: 'MONTHS' })]);
    const m = buildReadModel(directory({ organizations: [slow], mechanisms: [npm] }));
    const need: ProtectionNeed = { ...base, currentlyInCountry: true };
    const id = 'MECHANISM:unp/protection';

    const unknownSource = buildProtectionPlan(m, need, { now: NOW });
    expect(unknownSource.options[0].id).toBe(id); // fast, in the country: first when nothing says the state threatens
    const armedGroups = buildProtectionPlan(m, { ...need, threatFrom: ['NON_STATE_ARMED_GROUPS'] }, { now: NOW });
    expect(armedGroups.options[0].id).toBe(id);

    const stateAgents = buildProtectionPlan(m, { ...need, threatFrom: ['STATE_AGENTS', 'COMPANIES'] }, { now: NOW });
    expect(stateAgents.options.map((o) => o.id)).toEqual(['ORGANIZATION:slow/advice', id]);
    const demoted = stateAgents.options[1];
    expect(demoted.factors.safetyPenalty).toBe(1);
    expect(demoted.caveats.some((c) => c.includes('The threat comes from state agents and this is a state programme'))).toBe(true);
    expect(demoted.phase).toBe('LONGER_TERM'); // never "act now" against a state threat
    expect(stateAgents.summary).toMatch(/^2 options .* First step: Service advice \(Org slow\)/);
    expect(stateAgents.summary).not.toMatch(/Act now: Service protection/);

    expect(exclusion(buildProtectionPlan(m, { ...need, country: 'KE' }, { now: NOW }), id)).toMatchObject({ code: 'OUTSIDE_COVERAGE' });
    expect(exclusion(buildProtectionPlan(m, { ...need, currentlyInCountry: false }, { now: NOW }), id)).toMatchObject({ code: 'IN_COUNTRY_REQUIRED' });
  });

  it('ranks an award after every other option, in the longer term, saying it needs a nomination', () => {
    const award = prog('prize', { kind: 'ADVOCACY', programmeKind: 'AWARD', speed: 'WEEKS', risks: ['JUDICIAL_HARASSMENT'], application: 'NOMINATION' });
    const slowLegal = org('lawyers', [service('defence', { risks: ['JUDICIAL_HARASSMENT'], speed: 'HOURS' })]);
    const m = buildReadModel(directory({ organizations: [slowLegal], programmes: [award] }));
    const p = buildProtectionPlan(m, { country: 'CO', risks: ['JUDICIAL_HARASSMENT'], urgency: 'PREVENTIVE' }, { now: NOW });
    expect(p.options.map((o) => o.id)).toEqual(['ORGANIZATION:lawyers/defence', 'PROGRAMME:prize/prize']);
    expect(p.options[1].score).toBeGreaterThan(p.options[0].score); // its score alone would have put it first
    expect(p.options[1].phase).toBe('LONGER_TERM');
    expect(p.options[0].phase).toBe('ACT_NOW');
    expect(p.options[1].caveats.some((c) => c.startsWith('An award goes to one or a few defenders a year, on nomination by others'))).toBe(true);
  });

  it('refuses an unknown threat source, naming the field', () => {
    expect(() => plan({ threatFrom: ['ALIENS' as never] })).toThrow(FinderInputError);
    try {
      plan({ threatFrom: ['ALIENS' as never] });
    } catch (e) {
      expect((e as FinderInputError).field).toBe('threatFrom');
      expect((e as Error).message).not.toContain('ALIENS');
    }
  });

  it('lists channels safest first, with languages and hours, and hides unconfirmed values', () => {
    const o = option(plan(), 'ORGANIZATION:front/grant')!;
    expect(o.channels.map((c) => c.kind)).toEqual(['SECURE_WEB_FORM', 'HOTLINE', 'IN_PERSON']);
    expect(o.channels[1]).toMatchObject({ hours: '24/7', available247: true, languages: ['en', 'fr', 'es'] });
  });
});

describe('buildProtectionPlan: eligibility in the plan', () => {
  it('never offers paused or closed offers and lists them as NOT_ACTIVE', () => {
    const p = plan();
    for (const id of ['ORGANIZATION:paused-org/grant', 'ORGANIZATION:closing/grant']) {
      expect(option(p, id)).toBeUndefined();
      expect(exclusion(p, id)).toMatchObject({ code: 'NOT_ACTIVE' });
    }
  });

  it('excludes by jurisdiction with a code and a sentence', () => {
    const p = plan({ country: 'FR', risks: ['JUDICIAL_HARASSMENT'] });
    expect(exclusion(p, 'STATE_POLICY:eu-guidelines/trial-observation')).toMatchObject({
      code: 'MEMBER_OF_EXCLUDED_SYSTEM',
      reason: 'It applies only outside the European Union, and France is a member.',
    });
    expect(exclusion(p, 'MECHANISM:iachr/precautionary')).toMatchObject({ code: 'NOT_MEMBER_OF_SYSTEM' });
    expect(exclusion(plan(), 'MECHANISM:cat/complaint')).toMatchObject({ code: 'PROCEDURE_NOT_ACCEPTED' });
    expect(exclusion(plan(), 'ORGANIZATION:front/grant')).toBeUndefined();
    expect(exclusion(plan({ risks: ['TRAVEL_BAN'] }), 'ORGANIZATION:front/grant')).toMatchObject({ code: 'RISK_NOT_ADDRESSED' });
  });

  it('keeps NEEDS_CHECK options, with the check as a caveat and half confidence', () => {
    const o = option(plan({ risks: ['ENFORCED_DISAPPEARANCE'] }), 'MECHANISM:ced/urgent-action')!;
    expect(o.eligibility).toBe('NEEDS_CHECK');
    expect(o.caveats).toContain('Check that Colombia has accepted the Convention on Enforced Disappearance (urgent action) (UN Treaty Collection).');
    expect(o.factors.confidence).toBe(0.5);
  });

  it('applies profile and whereabouts rules', () => {
    expect(exclusion(plan({ profiles: ['LAWYER'] }), 'PROGRAMME:journalists-fund/journalists-fund')).toMatchObject({ code: 'PROFILE_REQUIRED' });
    expect(option(plan({ profiles: ['JOURNALIST'] }), 'PROGRAMME:journalists-fund/journalists-fund')!.eligibility).toBe('ELIGIBLE');
    expect(exclusion(plan({ currentlyInCountry: true }), 'PROGRAMME:york/york')).toMatchObject({ code: 'OUTSIDE_COUNTRY_REQUIRED' });
    expect(option(plan(), 'PROGRAMME:york/york')!.eligibility).toBe('NEEDS_CHECK');
  });

  it('accounts for every candidate exactly once', () => {
    const p = plan();
    expect(p.options.length + p.excluded.length).toBe(p.candidateCount);
    expect(p.excluded.map((e) => e.id)).toEqual([...p.excluded.map((e) => e.id)].sort());
  });
});

describe('buildProtectionPlan: reprisal reporting', () => {
  const key = 'MECHANISM:sr-hrd/reprisals';
  it('is ruled out without cooperation with the UN', () => {
    expect(exclusion(plan({ risks: ['DEATH_THREAT'] }), key)).toMatchObject({ code: 'RISK_NOT_ADDRESSED' });
    expect(exclusion(plan({ risks: ['DEATH_THREAT'], cooperatedWithUn: false }), key)).toBeDefined();
    // a reprisal report whose record lists no risk is still closed without cooperation
    const m = buildReadModel(directory({ mechanisms: [mech('sg', [service('r', { kind: 'REPRISAL_REPORT' })])] }));
    const p = buildProtectionPlan(m, base, { now: NOW });
    expect(p.excluded).toEqual([
      expect.objectContaining({ code: 'UN_COOPERATION_REQUIRED', reason: 'It is only for reprisals against people who cooperated with the UN.' }),
    ]);
  });

  it('appears when cooperatedWithUn is true, whatever the risks given', () => {
    const o = option(plan({ risks: ['DEATH_THREAT'], cooperatedWithUn: true }), key)!;
    expect(o).toBeDefined();
    expect(o.reasons[0]).toBe('Addresses reprisals for cooperating with the UN.');
    expect(o.caveats.join(' ')).toMatch(/Consent is a prerequisite/);
  });

  it('appears for a reprisal risk and states the three conditions', () => {
    const p = plan({ risks: ['REPRISAL_FOR_UN_COOPERATION'] });
    const o = option(p, key)!;
    expect(o.reasons).toContain('The risk follows cooperation with the UN, so reprisal reporting is open.');
    const text = o.caveats.join('\n');
    expect(text).toMatch(/agreed to be named and was informed/);
    expect(text).toMatch(/Consent is a prerequisite/);
    expect(text).toMatch(/mentioned in any UN document/);
    expect(text).toMatch(/follow-up on cases reported before/);
    expect(p.safetyNotes.some((n) => n.includes('consent of the person concerned'))).toBe(true);
  });

  it('adds the reprisal safety note only when reprisal reporting is relevant', () => {
    expect(plan().safetyNotes).toHaveLength(3);
    expect(plan({ cooperatedWithUn: true }).safetyNotes).toHaveLength(4);
  });
});

describe('buildProtectionPlan: plan shape', () => {
  it('groups options into the three phases in order', () => {
    const p = plan({ urgency: 'URGENT' });
    expect(p.phases.map((x) => x.phase)).toEqual(['ACT_NOW', 'NEXT_DAYS', 'LONGER_TERM']);
    const phaseOf = (id: string) => p.phases.find((x) => x.options.some((o) => o.id === id))!.phase;
    expect(phaseOf('ORGANIZATION:front/hotline')).toBe('ACT_NOW');
    expect(phaseOf('ORGANIZATION:front/grant')).toBe('ACT_NOW'); // 24/7 channel
    expect(phaseOf('MECHANISM:sr-hrd/communication')).toBe('NEXT_DAYS');
    expect(phaseOf('MECHANISM:hrc/complaint')).toBe('LONGER_TERM');
    expect(p.phases.flatMap((x) => x.options).length).toBe(p.options.length);
  });

  it('gives each option reasons, next steps and the factor breakdown behind its score', () => {
    const o = option(plan(), 'ORGANIZATION:front/hotline')!;
    expect(o.reasons[0]).toBe('A general protection service, not specific to these risks.');
    expect(o.nextSteps).toEqual(['Contact Org front through the first channel listed (the safest).']);
    const f = o.factors;
    const w = SCORE_WEIGHTS;
    const recomputed =
      w.riskFit * f.riskFit +
      w.urgencyFit * f.urgencyFit +
      w.languageFit * f.languageFit +
      w.profileFit * f.profileFit +
      w.coverage * f.coverage +
      w.confidence * f.confidence -
      w.safetyPenalty * f.safetyPenalty;
    expect(o.score).toBeCloseTo(recomputed, 4);
    expect(o.resource).toEqual({
      key: o.id,
      parentType: 'ORGANIZATION',
      parentSlug: 'front',
      parentName: 'Org front',
      offerType: 'SERVICE',
      offerSlug: 'hotline',
    });
  });

  it('writes a short summary and general safety notes', () => {
    const p = plan();
    expect(p.summary).toMatch(/^\d+ options in the directory fit this situation/);
    expect(p.summary).toContain('Act now: ');
    expect(p.summary).toMatch(/other offers were ruled out/);
    expect(p.safetyNotes[0]).toMatch(/where you are/);
    expect(p.safetyNotes[1]).toMatch(/sensitive files/);
    expect(p.safetyNotes[2]).toMatch(/before the risk becomes acute/);
  });

  it('writes French, Spanish, Arabic, Russian, Chinese and Portuguese, and falls back to English for other locales', () => {
    const fr = plan({}, 'fr-CH');
    expect(fr.locale).toBe('fr');
    expect(fr.phases[0].title).toBe('Agir maintenant');
    expect(fr.summary).toContain('Agir maintenant');
    expect(plan({}, 'es').safetyNotes[0]).toMatch(/^Informe/);
    const ar = plan({}, 'ar');
    expect(ar.locale).toBe('ar');
    expect(ar.requestedLocale).toBe('ar');
    expect(ar.phases[0].title).toBe('التحرك الآن');
    expect(ar.summary).toContain('التحرك الآن');
    expect(ar.summary).not.toMatch(/[,;?][\s]*[\u0600-\u06FF]|[\u0600-\u06FF][,;?]/);
    expect(plan({}, 'ru-RU').phases[0].title).toBe('Действовать сейчас');
    expect(plan({}, 'zh-CN').summary).toContain('立即行动：');
    expect(plan({}, 'pt-BR').safetyNotes[0]).toMatch(/^Informe regularmente/);
    const de = plan({}, 'de');
    expect(de.locale).toBe('en');
    expect(de.requestedLocale).toBe('de');
    expect(de.summary).toBe(plan({}, 'en').summary);
  });

  it('keeps the best N options through different routes when a limit is given, phases first', () => {
    const all = plan();
    const bestOf = (phase: string) => all.options.find((o) => o.phase === phase)!.id;
    // Two places and three phases with options: the best of the first two phases.
    const two = buildProtectionPlan(model, base, { now: NOW, limit: 2 });
    expect(ids(two)).toEqual([bestOf('ACT_NOW'), bestOf('NEXT_DAYS')].sort((a, b) => ids(all).indexOf(a) - ids(all).indexOf(b)));
    // Four places: every phase's best, then the best option of a route not yet listed.
    const four = buildProtectionPlan(model, base, { now: NOW, limit: 4 });
    const phaseBests = ['ACT_NOW', 'NEXT_DAYS', 'LONGER_TERM'].map(bestOf);
    expect(ids(four)).toEqual(expect.arrayContaining(phaseBests));
    expect(new Set(four.options.map((o) => o.route)).size).toBe(4);
    expect(four.optionCount).toBe(all.options.length);
    // The same exclusions; each refers to its record in its own plan's list (which follows the options kept).
    const withRecord = (plan: typeof all) => plan.excluded.map(({ recordRef, ...rest }) => ({ ...rest, record: plan.records[recordRef] }));
    expect(withRecord(four)).toEqual(withRecord(all));
  });

  it('says when nothing acts within hours for an IMMEDIATE need', () => {
    const d = directory({ organizations: [org('slow', [service('s', { speed: 'WEEKS' })])] });
    const p = buildProtectionPlan(buildReadModel(d), base, { now: NOW });
    expect(p.summary).toContain('No option acts within hours');
  });

  it('does not mutate the read model', () => {
    const before = JSON.stringify(model.candidates.map((c) => c.key));
    plan({ risks: ['SURVEILLANCE'] }).options.forEach((o) => o.reasons.push('x'));
    expect(JSON.stringify(model.candidates.map((c) => c.key))).toBe(before);
    expect(plan()).toEqual(plan());
  });
});

describe('buildProtectionPlan: input validation', () => {
  function error(need: Partial<ProtectionNeed> | Record<string, unknown>): FinderInputError {
    try {
      buildProtectionPlan(model, { ...base, ...need } as ProtectionNeed, { now: NOW });
    } catch (e) {
      expect(e).toBeInstanceOf(FinderInputError);
      return e as FinderInputError;
    }
    throw new Error('expected a FinderInputError');
  }
  const leaks = (e: Error, values: string[]) => values.filter((v) => e.message.includes(v) || JSON.stringify(e).includes(v) || String(e.stack).includes(v));

  it('rejects an unknown country without echoing it', () => {
    const e = error({ country: 'ZZ', risks: ['DEATH_THREAT', 'SURVEILLANCE'] });
    expect(e.field).toBe('country');
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(leaks(e, ['ZZ', 'DEATH_THREAT', 'SURVEILLANCE'])).toEqual([]);
    expect(error({ country: 'Zimbabwe' }).field).toBe('country');
  });

  it('rejects empty or unknown risks without echoing them', () => {
    expect(error({ risks: [] }).field).toBe('risks');
    const e = error({ risks: ['DEATH_THREAT', 'BEING_FOLLOWED' as never] });
    expect(e.field).toBe('risks');
    expect(leaks(e, ['CO', 'DEATH_THREAT', 'BEING_FOLLOWED'])).toEqual([]);
  });

  it('rejects cooperatedWithUn=false with a reprisal risk', () => {
    const e = error({ country: 'KE', risks: ['REPRISAL_FOR_UN_COOPERATION', 'TRAVEL_BAN'], cooperatedWithUn: false });
    expect(e.field).toBe('cooperatedWithUn');
    expect(leaks(e, ['KE', 'REPRISAL_FOR_UN_COOPERATION', 'TRAVEL_BAN'])).toEqual([]);
  });

  it('names the field for urgency, profiles and languages', () => {
    expect(error({ urgency: 'SOON' as never }).field).toBe('urgency');
    expect(error({ profiles: ['SPY' as never] }).field).toBe('profiles');
    expect(error({ languages: ['French'] }).field).toBe('languages');
    expect(error({ currentlyInCountry: 'yes' as never }).field).toBe('currentlyInCountry');
  });

  it('accepts a lower-case country code and language codes in any case', () => {
    const p = buildProtectionPlan(model, { ...base, country: 'co', languages: ['ES'] }, { now: NOW });
    expect(p.options.length).toBeGreaterThan(0);
    expect(option(p, 'ORGANIZATION:front/hotline')!.factors.languageFit).toBe(1);
  });

  it('requires a valid clock', () => {
    expect(() => buildProtectionPlan(model, base, { now: new Date('nope') })).toThrow(TypeError);
  });
});
