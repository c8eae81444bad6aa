/**
 * Every sentence a plan says is in the requested language: plans for a spread of needs over the
 * seeded directory, in each of the seven locales, with every text checked (the finder's own
 * sentences and the records' texts). Fall-backs to English are only for records an editor adds
 * without translations, and those say so (textLocale).
 */
import { buildProtectionPlan, buildReadModel, type ProtectionNeed, type ProtectionPlan } from '../../src/modules/finder/core';
import { LOCALES } from '../../src/modules/taxonomy/values';
import { languageProblem } from '../helpers/language';
import { seededDirectory } from '../helpers/seeds';

const model = buildReadModel(seededDirectory());
const NOW = new Date('2026-11-30T12:00:00Z');
const NEEDS: ProtectionNeed[] = [
  {
    country: 'GT',
    risks: ['DEATH_THREAT', 'SURVEILLANCE'],
    urgency: 'IMMEDIATE',
    profiles: ['LAND_ENVIRONMENT', 'INDIGENOUS'],
    languages: ['es'],
    currentlyInCountry: true,
  },
  { country: 'KE', risks: ['ARBITRARY_DETENTION', 'JUDICIAL_HARASSMENT'], urgency: 'URGENT', profiles: ['LAWYER'] },
  { country: 'SA', risks: ['TRAVEL_BAN', 'ORGANISATIONAL_RESTRICTIONS'], urgency: 'PREVENTIVE', languages: ['ar'] },
  { country: 'TR', risks: ['TORTURE_ILL_TREATMENT', 'ARBITRARY_DETENTION'], urgency: 'IMMEDIATE', cooperatedWithUn: true },
  { country: 'HU', risks: ['SMEAR_CAMPAIGN', 'ORGANISATIONAL_RESTRICTIONS'], urgency: 'PLANNED', profiles: ['CIVIL_SOCIETY_ORGANISATION'] },
  {
    country: 'MM',
    risks: ['FORCED_DISPLACEMENT', 'DIGITAL_ATTACK', 'GENDER_BASED_VIOLENCE'],
    urgency: 'URGENT',
    profiles: ['STUDENT', 'WOMAN_DEFENDER'],
    currentlyInCountry: false,
  },
  { country: 'UG', risks: ['TORTURE_ILL_TREATMENT', 'ENFORCED_DISAPPEARANCE'], urgency: 'PLANNED', profiles: ['VICTIM_OF_TORTURE', 'JOURNALIST'] },
];

/** Every text of a plan, with where it is, and whether it is a proper name. */
function texts(plan: ProtectionPlan): { where: string; text: string; name: boolean }[] {
  const out: { where: string; text: string; name: boolean }[] = [];
  const add = (where: string, text: string | null | undefined, name = false) => text && out.push({ where, text, name });
  add('summary', plan.summary);
  plan.safetyNotes.forEach((t, i) => add(`safetyNotes[${i}]`, t));
  for (const p of plan.phases) add(`phase ${p.phase}`, p.title);
  for (const r of plan.routes) add(`route ${r.rank}`, r.summary);
  for (const o of plan.options) {
    add(`${o.id} name`, o.name, true);
    add(`${o.id} parentName`, o.resource.parentName, true);
    add(`${o.id} description`, o.description);
    for (const k of ['reasons', 'caveats', 'nextSteps'] as const) o[k].forEach((t, i) => add(`${o.id} ${k}[${i}]`, t));
    for (const c of o.channels) {
      add(`${o.id} channel label`, c.label);
      add(`${o.id} channel safetyNote`, c.safetyNote);
    }
  }
  for (const x of plan.excluded) {
    add(`${x.id} excluded name`, x.name, true);
    add(`${x.id} reason`, x.reason);
  }
  return out;
}

describe.each(LOCALES)('plans in %s', (locale) => {
  it.each(NEEDS.map((n) => [n.country, n] as const))('for a defender in %s say everything in the requested language', (_c, need) => {
    const plan = buildProtectionPlan(model, need, { now: NOW, locale });
    expect(plan.locale).toBe(locale);
    expect(plan.options.every((o) => o.textLocale === locale)).toBe(true);
    const problems = texts(plan)
      .map((t) => ({ ...t, problem: languageProblem(t.text, locale, t.name) }))
      .filter((t) => t.problem)
      .map((t) => `${t.where}: ${t.problem}: ${t.text.slice(0, 120)}`);
    expect(problems).toEqual([]);
  });
});

it('marks every translation as not yet reviewed, and English as the original', () => {
  const need = NEEDS[0];
  expect(buildProtectionPlan(model, need, { now: NOW, locale: 'en' }).translationReviewed).toBe(true);
  const ar = buildProtectionPlan(model, need, { now: NOW, locale: 'ar' });
  expect(ar.translationReviewed).toBe(false);
  expect(ar.options.every((o) => !o.translationReviewed)).toBe(true);
});
