/**
 * buildProtectionPlan: need + read model → a ranked, explained protection plan.
 * Pure and deterministic: the clock and the locale are parameters, candidates are visited in
 * key order, and ties in score are broken by key. One pass over the candidates (what depends
 * only on the country comes precomputed from the read model), then one sort of the eligible
 * ones, or a bounded selection of the best `limit`. Text that depends only on the record and
 * the locale comes from the read model, shared and frozen: a plan must not be mutated.
 */
import { ELIGIBLE_RESULT, evaluateCandidate, type EligibilityContext, type EligibilityResult } from './eligibility';
import {
  computeFactors,
  coverageLevel,
  isStale,
  languageFit,
  phaseOf,
  profileFit,
  safetyFlags,
  scoreOf,
  type CoverageFit,
  type SafetyFlag,
} from './factors';
import { normalizeNeed, type NormalizedNeed } from './need';
import { ELIGIBLE_HERE, compareStrings, coverageAt, type Candidate, type ReadModel } from './read-model';
import {
  MSG,
  PHASE_TITLES,
  SPEED_LABELS,
  SYSTEM_LABELS,
  joinList,
  labelProfiles,
  labelRisks,
  pick,
  resolveLocale,
  say,
  sayOnce,
  type SentenceCache,
  type TextLocale,
} from './text';
import {
  PLAN_PHASES,
  type ExcludedOption,
  type PlanOptions,
  type PlanPhase,
  type ProtectionNeed,
  type ProtectionOption,
  type ProtectionPlan,
  type ScoreFactors,
} from './types';
import type { RegionalSystem } from '../../taxonomy/values';

interface Scored {
  readonly c: Candidate;
  readonly eligibility: EligibilityResult;
  readonly factors: ScoreFactors;
  readonly flags: readonly SafetyFlag[];
  readonly cov: CoverageFit;
  readonly score: number;
}


/** Best first; ties in score broken by key (unique), so the order is total. */
function byRank(a: Scored, b: Scored): number {
  return b.score - a.score || compareStrings(a.c.key, b.c.key);
}

/**
 * The first `k` of `all` in rank order. A bounded selection when k is small against the
 * list (the order is total, so it returns what sorting all and slicing returns).
 */
function best(all: Scored[], k: number): Scored[] {
  if (k <= 0) return [];
  if (k * 8 >= all.length) return all.sort(byRank).slice(0, k);
  const top: Scored[] = [];
  for (const s of all) {
    if (top.length === k && byRank(s, top[k - 1]) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byRank(top[mid], s) < 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, s);
    if (top.length > k) top.pop();
  }
  return top;
}

/** The offer lists no risk (general) or one of the defender's. */
function addressesRisk(c: Candidate, n: NormalizedNeed): boolean {
  if (c.risks.size === 0) return true;
  for (const r of n.riskList) if (c.risks.has(r)) return true;
  return false;
}

export function buildProtectionPlan(model: ReadModel, need: ProtectionNeed, opts: PlanOptions): ProtectionPlan {
  const nowMs = opts?.now instanceof Date ? opts.now.getTime() : NaN;
  if (!Number.isFinite(nowMs)) throw new TypeError('buildProtectionPlan: opts.now must be a valid Date');
  const locale = resolveLocale(opts.locale);
  const n = normalizeNeed(model, need);
  const sentences: SentenceCache = new Map();
  const ctx: EligibilityContext = { need: n, locale, sentences };

  const scored: Scored[] = [];
  const excluded: ExcludedOption[] = [];
  const candidates = model.candidates;
  const here = model.byCountry.get(n.country.code);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    // Fast path, same outcome: ELIGIBLE in this country whatever the need, once a risk matches.
    const facts = here?.[c.index];
    const eligibility = facts !== undefined && facts & ELIGIBLE_HERE && addressesRisk(c, n) ? ELIGIBLE_RESULT : evaluateCandidate(c, ctx);
    if (eligibility.status === 'INELIGIBLE') {
      excluded.push(toExcluded(c, eligibility, locale));
      continue;
    }
    const flags = safetyFlags(c, n);
    const cov = facts === undefined ? coverageLevel(c, n.country) : coverageAt(facts);
    const factors = computeFactors(c, n, eligibility.status, nowMs, flags, cov);
    scored.push({ c, eligibility, factors, flags, cov, score: scoreOf(factors) });
  }

  const limit = opts.limit && opts.limit > 0 ? Math.floor(opts.limit) : scored.length;
  const options = best(scored, limit).map((s, i) => toOption(s, i + 1, n, nowMs, locale, sentences));
  const phases: PlanPhase[] = PLAN_PHASES.map((phase) => ({
    phase,
    title: PHASE_TITLES[phase][locale],
    options: options.filter((o) => o.phase === phase),
  }));

  return {
    locale,
    requestedLocale: opts.locale ?? null,
    options,
    phases,
    excluded,
    summary: buildSummary(phases, options, excluded.length, n, locale),
    safetyNotes: buildSafetyNotes(n, options, locale),
    candidateCount: model.candidates.length,
  };
}

function toExcluded(c: Candidate, e: EligibilityResult, l: TextLocale): ExcludedOption {
  const v = c.views[l];
  return { id: c.key, resource: v.resource, kind: c.kind, name: v.name, code: e.code!, reason: e.reason! };
}

function toOption(s: Scored, rank: number, n: NormalizedNeed, nowMs: number, l: TextLocale, sentences?: SentenceCache): ProtectionOption {
  const { c } = s;
  const v = c.views[l];
  return {
    id: c.key,
    rank,
    resource: v.resource,
    kind: c.kind,
    name: v.name,
    description: v.description,
    phase: phaseOf(c),
    eligibility: s.eligibility.status,
    score: s.score,
    factors: s.factors,
    reasons: reasonsFor(c, n, l, sentences, s.cov),
    caveats: caveatsFor(s, n, nowMs, l, sentences),
    nextSteps: v.nextSteps,
    channels: v.channels,
    channelsInherited: c.channelsInherited,
    speed: c.speed,
    website: c.website,
    verifiedOn: c.verifiedOn,
    sources: v.sources,
  };
}

/** Short sentences, one per factor that speaks for the option. */
export function reasonsFor(c: Candidate, n: NormalizedNeed, l: TextLocale, sentences?: SentenceCache, coverage?: CoverageFit): string[] {
  const out: string[] = [];
  const matched = n.riskList.filter((r) => c.risks.has(r));
  out.push(matched.length ? sayOnce(sentences, MSG.addressesRisks, l, labelRisks(matched, l)) : sayOnce(sentences, MSG.generalService, l));
  if (c.kind === 'REPRISAL_REPORT') out.push(sayOnce(sentences, MSG.reprisalOpen, l));
  if (c.has247) out.push(sayOnce(sentences, MSG.available247, l));
  out.push(pick(c.responseTimeNote ?? undefined, l) ?? SPEED_LABELS[c.speed][l]);
  const spoken = n.languages.filter((x) => c.channelLanguages.has(x) || c.parentLanguages.has(x));
  if (spoken.length) out.push(sayOnce(sentences, MSG.languageMatch, l, spoken.join(', ')));
  const profiles = c.profileList.filter((p) => n.profiles.has(p));
  if (profiles.length) out.push(sayOnce(sentences, MSG.profileMatch, l, labelProfiles(profiles, l)));
  const cov = coverage ?? coverageLevel(c, n.country);
  if (cov.level === 'COUNTRY') out.push(sayOnce(sentences, MSG.coversCountry, l, pick(n.country.names, l)!));
  else if (cov.level === 'REGION') out.push(sayOnce(sentences, MSG.coversRegion, l, SYSTEM_LABELS[cov.system as RegionalSystem][l]));
  else out.push(sayOnce(sentences, MSG.coversWorld, l));
  return out;
}

const SAFETY_MSG: Record<SafetyFlag, typeof MSG.embassyVisibility> = {
  EMBASSY_VISIBILITY: MSG.embassyVisibility,
  IN_PERSON_ONLY: MSG.inPersonOnly,
  PUBLICITY: MSG.publicity,
};

/** Alerts first, then checks to make, safety, reprisal conditions, staleness, data caveats. */
export function caveatsFor(s: Scored, n: NormalizedNeed, nowMs: number, l: TextLocale, sentences?: SentenceCache): string[] {
  const { c } = s;
  const out: string[] = [];
  for (const a of c.alerts) out.push(pick(a, l)!);
  out.push(...s.eligibility.checks);
  for (const f of s.flags) out.push(sayOnce(sentences, SAFETY_MSG[f], l));
  if (c.publicFacing && !s.flags.includes('PUBLICITY')) out.push(sayOnce(sentences, MSG.publicity, l));
  if (c.kind === 'REPRISAL_REPORT') {
    out.push(sayOnce(sentences, MSG.reprisalConsent, l), sayOnce(sentences, MSG.reprisalUnDocs, l), sayOnce(sentences, MSG.reprisalFollowUp, l));
  }
  if (isStale(c.verifiedOnMs, nowMs)) out.push(sayOnce(sentences, MSG.stale, l, c.verifiedOn));
  if (profileFit(c, n) < 0.5) out.push(sayOnce(sentences, MSG.profileMismatch, l, labelProfiles(c.profileList, l)));
  const lf = languageFit(c, n.languages);
  if (n.languages.length && lf === 0) out.push(sayOnce(sentences, MSG.languageNoMatch, l, [...c.channelLanguages, ...c.parentLanguages].filter(unique).join(', ')));
  if (n.languages.length && lf === 0.4) out.push(sayOnce(sentences, MSG.languageUnknown, l));
  if (!c.channels.some((ch) => ch.confirmed)) out.push(sayOnce(sentences, MSG.noChannel, l));
  else if (c.hasUnconfirmedChannel) out.push(sayOnce(sentences, MSG.unconfirmedChannel, l));
  for (const x of c.caveats) out.push(pick(x, l)!);
  return out;
}

function unique<T>(x: T, i: number, all: readonly T[]): boolean {
  return all.indexOf(x) === i;
}

/** What to do first, in the locale (precomputed with the read model). */
export function nextStepsFor(c: Candidate, l: TextLocale): string[] {
  return c.views[l].nextSteps;
}

function optionLabel(o: ProtectionOption): string {
  return o.name === o.resource.parentName ? o.name : `${o.name} (${o.resource.parentName})`;
}

/** A few sentences: how many options, the best two of each phase, how many were ruled out. */
export function buildSummary(
  phases: readonly PlanPhase[],
  options: readonly ProtectionOption[],
  excludedCount: number,
  n: NormalizedNeed,
  l: TextLocale,
): string {
  const parts: string[] = [];
  if (options.length === 0) parts.push(say(MSG.summaryNone, l));
  else {
    const checks = options.filter((o) => o.eligibility === 'NEEDS_CHECK').length;
    parts.push(say(MSG.summaryCount, l, options.length, checks));
    if (n.urgency === 'IMMEDIATE' && phases[0].options.length === 0) parts.push(say(MSG.summaryNoFast, l));
    for (const p of phases) {
      if (p.options.length) parts.push(say(MSG.summaryPhase, l, p.title, joinList(p.options.slice(0, 2).map(optionLabel), l)));
    }
  }
  if (excludedCount) parts.push(say(MSG.summaryExcluded, l, excludedCount));
  return parts.join(' ');
}

/** General advice from the guide; the reprisal note when reprisal reporting is relevant. */
export function buildSafetyNotes(n: NormalizedNeed, options: readonly ProtectionOption[], l: TextLocale): string[] {
  const notes = [say(MSG.noteWhereabouts, l), say(MSG.noteDevices, l), say(MSG.noteEarly, l)];
  if (n.unCooperation || options.some((o) => o.kind === 'REPRISAL_REPORT')) notes.push(say(MSG.noteReprisal, l));
  return notes;
}
