/**
 * The score factors, each a small pure function returning a number in [0, 1], and the weights
 * that combine them. Documented with worked examples in docs/finder.md.
 */
import type { ResponseSpeed, RiskType, Urgency } from '../../taxonomy/values';
import { COVERAGE_FIT, coverageLevel, type CoverageLevel } from './coverage';
import type { Candidate } from './model';
import type { NormalizedNeed } from './need';
import type { EligibilityStatus, PlanPhaseKind, ScoreFactors } from './types';

/**
 * How much each factor counts. The positive weights add up to 1, so a perfect fit with no
 * safety penalty scores 1; `safetyPenalty` is subtracted (score range: -0.3 to 1).
 */
export const SCORE_WEIGHTS = Object.freeze({
  /** The offer addresses the defender's risks. */
  riskFit: 0.25,
  /** Its typical response time fits the urgency window (and it is open 24/7 when minutes count). */
  urgencyFit: 0.25,
  /** A contact channel works in a language the defender speaks (someone in crisis must be understood). */
  languageFit: 0.15,
  /** It is aimed at the defender's profile (generic offers are fine). */
  profileFit: 0.1,
  /** It names the country explicitly (better than a region, better than "worldwide"). */
  coverage: 0.1,
  /** The record was verified recently and nothing must be checked first. */
  confidence: 0.15,
  /** Subtracted: visibility risks for someone under surveillance (embassy visits, in-person only, public campaigns). */
  safetyPenalty: 0.3,
});
export type ScoreWeights = typeof SCORE_WEIGHTS;

const DAY_MS = 86_400_000;
/** Records verified more than this many days ago are demoted and carry a caveat. */
export const STALE_AFTER_DAYS = 730;
/** Records verified within this many days count as fully fresh. */
export const FRESH_DAYS = 365;

export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/**
 * riskFit: an offer that lists risks and matches k of the defender's n risks scores
 * 0.6 + 0.4·k/n; an offer listing no risks is general and scores 0.5; no match scores 0
 * (such candidates are excluded with RISK_NOT_ADDRESSED before scoring).
 */
export function riskFit(c: Candidate, risks: readonly RiskType[]): number {
  if (c.risks.size === 0) return 0.5;
  let k = 0;
  for (const r of risks) if (c.risks.has(r)) k++;
  return k === 0 ? 0 : 0.6 + (0.4 * k) / risks.length;
}

/** Fit of a typical response speed to each urgency window. Rows: urgency; columns: speed. */
export const SPEED_FIT: Readonly<Record<Urgency, Readonly<Record<ResponseSpeed, number>>>> = {
  IMMEDIATE: { HOURS: 1, DAYS: 0.4, WEEKS: 0.1, MONTHS: 0, UNKNOWN: 0.2 },
  URGENT: { HOURS: 1, DAYS: 1, WEEKS: 0.4, MONTHS: 0.1, UNKNOWN: 0.3 },
  PLANNED: { HOURS: 0.8, DAYS: 1, WEEKS: 1, MONTHS: 0.5, UNKNOWN: 0.4 },
  PREVENTIVE: { HOURS: 0.6, DAYS: 0.8, WEEKS: 1, MONTHS: 1, UNKNOWN: 0.5 },
};
/** For IMMEDIATE needs, the share of urgencyFit that comes from a confirmed 24/7 channel. */
export const AVAILABILITY_SHARE_IMMEDIATE = 0.3;

/**
 * urgencyFit: SPEED_FIT[urgency][speed]; for IMMEDIATE it is
 * 0.7·SPEED_FIT + 0.3·(a confirmed channel is open 24/7 ? 1 : 0).
 */
export function urgencyFit(speed: ResponseSpeed, has247: boolean, urgency: Urgency): number {
  const base = SPEED_FIT[urgency][speed];
  if (urgency !== 'IMMEDIATE') return base;
  return (1 - AVAILABILITY_SHARE_IMMEDIATE) * base + AVAILABILITY_SHARE_IMMEDIATE * (has247 ? 1 : 0);
}

/**
 * languageFit: no languages given → 0.5 (neutral: the same for every option); a contact
 * channel in a language given → 1; only the organisation lists one → 0.8; no language data
 * on the record → 0.4; languages known and none matches → 0.
 */
export function languageFit(c: Candidate, languages: readonly string[]): number {
  if (languages.length === 0) return 0.5;
  if (languages.some((l) => c.channelLanguages.has(l))) return 1;
  if (languages.some((l) => c.parentLanguages.has(l))) return 0.8;
  if (c.channelLanguages.size === 0 && c.parentLanguages.size === 0) return 0.4;
  return 0;
}

/**
 * profileFit: offer aimed at one of the defender's profiles → 1; offer for everyone → 0.5;
 * offer aimed at other profiles and the defender gave none → 0.25; aimed at other profiles → 0.
 * (A hard requirement is a PROFILE_REQUIRED rule, not this factor.)
 */
export function profileFit(c: Candidate, need: NormalizedNeed): number {
  if (c.profiles.size === 0) return 0.5;
  for (const p of need.profiles) if (c.profiles.has(p)) return 1;
  return need.profiles.size === 0 ? 0.25 : 0;
}

/**
 * confidence: recency × certainty. Recency is 1 up to FRESH_DAYS after verifiedOn, falls
 * linearly to 0.6 at STALE_AFTER_DAYS, and is 0.3 beyond (stale: caveat). Certainty is 1 when
 * ELIGIBLE and 0.5 when NEEDS_CHECK.
 */
export function recency(verifiedOnMs: number, nowMs: number): number {
  const days = Math.floor((nowMs - verifiedOnMs) / DAY_MS);
  if (days <= FRESH_DAYS) return 1;
  if (days <= STALE_AFTER_DAYS) return 1 - (0.4 * (days - FRESH_DAYS)) / (STALE_AFTER_DAYS - FRESH_DAYS);
  return 0.3;
}
export function isStale(verifiedOnMs: number, nowMs: number): boolean {
  return Math.floor((nowMs - verifiedOnMs) / DAY_MS) > STALE_AFTER_DAYS;
}
export function confidence(verifiedOnMs: number, nowMs: number, eligibility: EligibilityStatus): number {
  return recency(verifiedOnMs, nowMs) * (eligibility === 'NEEDS_CHECK' ? 0.5 : 1);
}

export type SafetyFlag = 'EMBASSY_VISIBILITY' | 'IN_PERSON_ONLY' | 'PUBLICITY' | 'STATE_RUN_AGAINST_STATE_THREAT';
export const SAFETY_PENALTIES: Readonly<Record<SafetyFlag, number>> = {
  /** Under SURVEILLANCE, an embassy or delegation route (being seen at embassies raises risk). */
  EMBASSY_VISIBILITY: 0.5,
  /** Under SURVEILLANCE, every confirmed channel is IN_PERSON. */
  IN_PERSON_ONLY: 0.3,
  /** Under SURVEILLANCE or GENDER_BASED_VIOLENCE, a route that works by making the case public. */
  PUBLICITY: 0.2,
  /**
   * The threat comes from state agents and the offer is run by that state (a national protection
   * mechanism): asking it for protection can alert the people behind the threat. Such an option
   * also ranks after every other (see `lastResort` in rank.ts), whatever its score.
   */
  STATE_RUN_AGAINST_STATE_THREAT: 1,
};

/** safetyPenalty: the sum of the flags raised, capped at 1. */
export function safetyFlags(c: Candidate, need: NormalizedNeed): SafetyFlag[] {
  const flags: SafetyFlag[] = [];
  const watched = need.risks.has('SURVEILLANCE');
  if (watched && c.embassyBased) flags.push('EMBASSY_VISIBILITY');
  if (watched && c.channels.some((x) => x.confirmed) && !c.hasRemoteChannel) flags.push('IN_PERSON_ONLY');
  if (c.publicFacing && (watched || need.risks.has('GENDER_BASED_VIOLENCE'))) flags.push('PUBLICITY');
  if (c.stateRun && need.threatFrom.has('STATE_AGENTS')) flags.push('STATE_RUN_AGAINST_STATE_THREAT');
  return flags;
}
export function safetyPenalty(flags: readonly SafetyFlag[]): number {
  return Math.min(
    1,
    flags.reduce((s, f) => s + SAFETY_PENALTIES[f], 0),
  );
}

export function computeFactors(
  c: Candidate,
  need: NormalizedNeed,
  eligibility: EligibilityStatus,
  nowMs: number,
  flags: readonly SafetyFlag[],
  /** coverageLevel(c, need.country), when the caller has it already. */
  cov: { level: CoverageLevel } = coverageLevel(c, need.country),
): ScoreFactors {
  return {
    riskFit: round4(riskFit(c, need.riskList)),
    urgencyFit: round4(urgencyFit(c.speed, reachable247(c), need.urgency)),
    languageFit: round4(languageFit(c, need.languages)),
    profileFit: round4(profileFit(c, need)),
    coverage: round4(COVERAGE_FIT[cov.level]),
    confidence: round4(confidence(c.verifiedOnMs, nowMs, eligibility)),
    safetyPenalty: round4(safetyPenalty(flags)),
  };
}

/** score = Σ weight·factor − weight·safetyPenalty, rounded to 4 decimals. */
export function scoreOf(f: ScoreFactors, w: ScoreWeights = SCORE_WEIGHTS): number {
  return round4(
    w.riskFit * f.riskFit +
      w.urgencyFit * f.urgencyFit +
      w.languageFit * f.languageFit +
      w.profileFit * f.profileFit +
      w.coverage * f.coverage +
      w.confidence * f.confidence -
      w.safetyPenalty * f.safetyPenalty,
  );
}

const QUICK_KINDS = new Set(['HOTLINE', 'URGENT_APPEAL', 'INTERIM_MEASURES', 'URGENT_ACTION', 'EMERGENCY_GRANT', 'DIGITAL_SECURITY', 'REPRISAL_REPORT']);

/**
 * A confirmed 24/7 channel speaks for an offer's reach in an emergency only when the offer is
 * an emergency kind (hotline, urgent appeal, interim measures, urgent action, emergency grant,
 * digital security, reprisal report). An organisation's 24/7 line does not make its training,
 * relocation scheme or respite programme something to act on tonight.
 */
export function reachable247(c: Candidate): boolean {
  return c.has247 && QUICK_KINDS.has(c.kind);
}

/**
 * ACT_NOW: typically acts within hours, or an emergency kind of offer reachable on a confirmed
 * 24/7 channel. NEXT_DAYS: acts within days, or its speed is unknown but it is an emergency
 * kind of offer. LONGER_TERM: the rest.
 */
export function phaseOf(c: Candidate): PlanPhaseKind {
  if (c.speed === 'HOURS' || reachable247(c)) return 'ACT_NOW';
  if (c.speed === 'DAYS' || (c.speed === 'UNKNOWN' && QUICK_KINDS.has(c.kind))) return 'NEXT_DAYS';
  return 'LONGER_TERM';
}
