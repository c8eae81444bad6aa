/**
 * Hard eligibility, three-valued: ELIGIBLE, NEEDS_CHECK (a fact must be checked first; the
 * caveat says which) or INELIGIBLE (with a stable code and a sentence). A candidate is
 * excluded by the first failing check, in this order: status, risks, coverage, then its rules
 * in order (parent rules, own rules, implicit rules). Whatever rests on a fact that is not
 * confirmed (an UNCERTAIN status, an UNKNOWN acceptance, a list marked unconfirmed) is at best
 * NEEDS_CHECK, never ELIGIBLE.
 */
import type { EligibilityRule } from '../../directory/seed-schema';
import type { AcceptanceFact } from '../../geography/seed-schema';
import { inCoverage } from './coverage';
import { INSTRUMENT_LABELS, PROCEDURE_LABELS, SYSTEM_LABELS, labelProfiles, statusLabel } from './labels';
import { pick, sayOnce, type SentenceCache, type TextLocale } from './locale-text';
import { MSG } from './messages';
import type { Candidate, CountryEntry } from './model';
import type { NormalizedNeed } from './need';
import type { EligibilityStatus, ExclusionCode } from './types';

export interface EligibilityContext {
  readonly need: NormalizedNeed;
  readonly locale: TextLocale;
  /** The plan's sentence cache (optional: without it every sentence is written anew). */
  readonly sentences?: SentenceCache;
}

export type RuleOutcome =
  | { readonly status: 'ELIGIBLE' }
  | { readonly status: 'NEEDS_CHECK'; readonly caveat: string }
  | { readonly status: 'INELIGIBLE'; readonly code: ExclusionCode; readonly reason: string };

export interface EligibilityResult {
  readonly status: EligibilityStatus;
  readonly code: ExclusionCode | null;
  readonly reason: string | null;
  /** What to check first (NEEDS_CHECK outcomes), in rule order. */
  readonly checks: readonly string[];
}

const ELIGIBLE: RuleOutcome = Object.freeze({ status: 'ELIGIBLE' });

function countryName(c: CountryEntry, l: TextLocale): string {
  return pick(c.names, l) ?? c.code;
}

function no(code: ExclusionCode, reason: string): RuleOutcome {
  return { status: 'INELIGIBLE', code, reason };
}

function check(caveat: string): RuleOutcome {
  return { status: 'NEEDS_CHECK', caveat };
}

export function evaluateRule(rule: EligibilityRule, ctx: EligibilityContext): RuleOutcome {
  const { need, locale: l } = ctx;
  const country = need.country;
  switch (rule.rule) {
    case 'MEMBER_OF':
      return country.memberships.has(rule.system)
        ? ELIGIBLE
        : no('NOT_MEMBER_OF_SYSTEM', sayOnce(ctx.sentences, MSG.notMemberOf, l, countryName(country, l), SYSTEM_LABELS[rule.system][l]));
    case 'NOT_MEMBER_OF':
      return country.memberships.has(rule.system)
        ? no('MEMBER_OF_EXCLUDED_SYSTEM', sayOnce(ctx.sentences, MSG.memberOfExcluded, l, countryName(country, l), SYSTEM_LABELS[rule.system][l]))
        : ELIGIBLE;
    case 'ACCEPTED_PROCEDURE':
      return byAcceptance(country.procedures.get(rule.procedure), PROCEDURE_LABELS[rule.procedure][l], PROCEDURE_OUTCOMES, ctx);
    case 'PARTY_TO':
      return byAcceptance(country.instruments.get(rule.instrument), INSTRUMENT_LABELS[rule.instrument][l], INSTRUMENT_OUTCOMES, ctx);
    case 'UN_MEMBER':
      return country.unMember ? ELIGIBLE : no('NOT_UN_MEMBER', sayOnce(ctx.sentences, MSG.notUnMember, l, countryName(country, l)));
    case 'COUNTRY_IN':
      if (!rule.countries.includes(country.code)) return no('OUTSIDE_COVERAGE', sayOnce(ctx.sentences, MSG.outsideCoverage, l, countryName(country, l)));
      return rule.confirmed ? ELIGIBLE : check(sayOnce(ctx.sentences, MSG.checkCountryList, l, countryName(country, l)));
    case 'COUNTRY_NOT_IN':
      if (rule.countries.includes(country.code)) return no('COUNTRY_EXCLUDED', sayOnce(ctx.sentences, MSG.countryExcluded, l, countryName(country, l)));
      return rule.confirmed ? ELIGIBLE : check(sayOnce(ctx.sentences, MSG.checkCountryList, l, countryName(country, l)));
    case 'PROFILE_REQUIRED': {
      const label = labelProfiles(rule.profiles, l);
      if (rule.profiles.some((p) => need.profiles.has(p))) return ELIGIBLE;
      return need.profiles.size === 0
        ? check(sayOnce(ctx.sentences, MSG.checkProfile, l, label))
        : no('PROFILE_REQUIRED', sayOnce(ctx.sentences, MSG.profileRequired, l, label));
    }
    case 'UN_COOPERATION_REQUIRED':
      return need.unCooperation ? ELIGIBLE : no('UN_COOPERATION_REQUIRED', sayOnce(ctx.sentences, MSG.unCooperationRequired, l));
    case 'IN_COUNTRY_REQUIRED':
      if (need.currentlyInCountry === undefined) return check(sayOnce(ctx.sentences, MSG.checkInCountry, l));
      return need.currentlyInCountry ? ELIGIBLE : no('IN_COUNTRY_REQUIRED', sayOnce(ctx.sentences, MSG.inCountryRequired, l));
    case 'OUTSIDE_COUNTRY_REQUIRED':
      if (need.currentlyInCountry === undefined) return check(sayOnce(ctx.sentences, MSG.checkOutsideCountry, l));
      return need.currentlyInCountry ? no('OUTSIDE_COUNTRY_REQUIRED', sayOnce(ctx.sentences, MSG.outsideCountryRequired, l)) : ELIGIBLE;
  }
}

/** What a UN procedure or a regional instrument says when the state has not accepted it, or when no source says. */
interface AcceptanceOutcomes {
  readonly code: ExclusionCode;
  readonly notAccepted: typeof MSG.procedureNotAccepted | typeof MSG.instrumentNotAccepted;
  readonly unknown: typeof MSG.checkProcedure;
}
const PROCEDURE_OUTCOMES: AcceptanceOutcomes = { code: 'PROCEDURE_NOT_ACCEPTED', notAccepted: MSG.procedureNotAccepted, unknown: MSG.checkProcedure };
const INSTRUMENT_OUTCOMES: AcceptanceOutcomes = { code: 'INSTRUMENT_NOT_ACCEPTED', notAccepted: MSG.instrumentNotAccepted, unknown: MSG.checkInstrument };

/** ACCEPTED → eligible; NOT_ACCEPTED → excluded with the date of that fact; no fact → check first. */
function byAcceptance(fact: AcceptanceFact | undefined, label: string, o: AcceptanceOutcomes, ctx: EligibilityContext): RuleOutcome {
  const { locale: l } = ctx;
  const country = countryName(ctx.need.country, l);
  if (fact?.status === 'ACCEPTED') return ELIGIBLE;
  if (fact?.status === 'NOT_ACCEPTED') return no(o.code, sayOnce(ctx.sentences, o.notAccepted, l, country, label, fact.asOf));
  return check(sayOnce(ctx.sentences, o.unknown, l, country, label));
}

/** Every check in order; the first INELIGIBLE outcome decides. */
export function evaluateCandidate(c: Candidate, ctx: EligibilityContext): EligibilityResult {
  const l = ctx.locale;
  const country = ctx.need.country;
  if (c.status === 'PAUSED' || c.status === 'CLOSED') return excluded('NOT_ACTIVE', sayOnce(ctx.sentences, MSG.notActive, l, statusLabel(c.status, l)));
  if (c.risks.size > 0 && !ctx.need.riskList.some((r) => c.risks.has(r))) {
    return excluded('RISK_NOT_ADDRESSED', sayOnce(ctx.sentences, MSG.riskNotAddressed, l));
  }
  for (const cov of c.coverages) {
    if (!inCoverage(cov, country)) {
      const code: ExclusionCode = cov.excludeCountries.has(country.code) ? 'COUNTRY_EXCLUDED' : 'OUTSIDE_COVERAGE';
      const msg = code === 'COUNTRY_EXCLUDED' ? MSG.countryExcluded : MSG.outsideCoverage;
      return excluded(code, sayOnce(ctx.sentences, msg, l, countryName(country, l)));
    }
  }
  // An UNCERTAIN resource may have stopped: never plainly ELIGIBLE, and the check comes first.
  let checks: string[] | null = c.status === 'UNCERTAIN' ? [sayOnce(ctx.sentences, MSG.checkStillWorks, l)] : null;
  for (const rule of c.eligibility) {
    const o = evaluateRule(rule, ctx);
    if (o.status === 'INELIGIBLE') return excluded(o.code, o.reason);
    if (o.status === 'NEEDS_CHECK') (checks ??= []).push(o.caveat);
  }
  return checks ? { status: 'NEEDS_CHECK', code: null, reason: null, checks } : ELIGIBLE_RESULT;
}

const NO_CHECKS: readonly string[] = Object.freeze([]);
export const ELIGIBLE_RESULT: EligibilityResult = Object.freeze({ status: 'ELIGIBLE', code: null, reason: null, checks: NO_CHECKS });

function excluded(code: ExclusionCode, reason: string): EligibilityResult {
  return { status: 'INELIGIBLE', code, reason, checks: NO_CHECKS };
}
