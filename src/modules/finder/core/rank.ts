/**
 * buildProtectionPlan: need + read model → a ranked, explained protection plan.
 * Pure and deterministic: the clock and the locale are parameters, candidates are visited in
 * key order, and ties in score are broken by key. One pass over the candidates, one sort of
 * the eligible ones.
 */
import { evaluateCandidate, type EligibilityContext, type EligibilityResult } from './eligibility';
import {
  computeFactors,
  coverageLevel,
  isStale,
  languageFit,
  phaseOf,
  profileFit,
  safetyFlags,
  scoreOf,
  type SafetyFlag,
} from './factors';
import { normalizeNeed, type NormalizedNeed } from './need';
import { compareStrings, type Candidate, type ReadModel } from './read-model';
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
  type TextLocale,
} from './text';
import {
  PLAN_PHASES,
  type ChannelView,
  type ExcludedOption,
  type PlanOptions,
  type PlanPhase,
  type ProtectionNeed,
  type ProtectionOption,
  type ProtectionPlan,
  type ResourceRef,
  type ScoreFactors,
} from './types';
import type { RegionalSystem } from '../../taxonomy/values';

interface Scored {
  readonly c: Candidate;
  readonly eligibility: EligibilityResult;
  readonly factors: ScoreFactors;
  readonly flags: readonly SafetyFlag[];
  readonly score: number;
}

export function buildProtectionPlan(model: ReadModel, need: ProtectionNeed, opts: PlanOptions): ProtectionPlan {
  const nowMs = opts?.now instanceof Date ? opts.now.getTime() : NaN;
  if (!Number.isFinite(nowMs)) throw new TypeError('buildProtectionPlan: opts.now must be a valid Date');
  const locale = resolveLocale(opts.locale);
  const n = normalizeNeed(model, need);
  const ctx: EligibilityContext = { need: n, locale, proceduresAsOf: model.proceduresAsOf };

  const scored: Scored[] = [];
  const excluded: ExcludedOption[] = [];
  for (const c of model.candidates) {
    const eligibility = evaluateCandidate(c, ctx);
    if (eligibility.status === 'INELIGIBLE') {
      excluded.push(toExcluded(c, eligibility, locale));
      continue;
    }
    const flags = safetyFlags(c, n);
    const factors = computeFactors(c, n, eligibility.status, nowMs, flags);
    scored.push({ c, eligibility, factors, flags, score: scoreOf(factors) });
  }
  scored.sort((a, b) => b.score - a.score || compareStrings(a.c.key, b.c.key));

  const limit = opts.limit && opts.limit > 0 ? Math.floor(opts.limit) : scored.length;
  const options = scored.slice(0, limit).map((s, i) => toOption(s, i + 1, n, nowMs, locale));
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

function ref(c: Candidate, l: TextLocale): ResourceRef {
  return {
    key: c.key,
    parentType: c.parentType,
    parentSlug: c.parentSlug,
    parentName: pick(c.parentName, l) ?? c.parentSlug,
    offerType: c.offerType,
    offerSlug: c.offerSlug,
  };
}

function toExcluded(c: Candidate, e: EligibilityResult, l: TextLocale): ExcludedOption {
  return { id: c.key, resource: ref(c, l), kind: c.kind, name: pick(c.name, l) ?? c.offerSlug, code: e.code!, reason: e.reason! };
}

function toChannel(ch: Candidate['channels'][number], l: TextLocale): ChannelView {
  return {
    kind: ch.kind,
    value: ch.confirmed ? (ch.value ?? null) : null,
    label: pick(ch.label, l),
    languages: [...ch.languages],
    hours: ch.hours ?? null,
    available247: ch.available247,
    confirmed: ch.confirmed,
    safetyNote: pick(ch.safetyNote, l),
  };
}

function toOption(s: Scored, rank: number, n: NormalizedNeed, nowMs: number, l: TextLocale): ProtectionOption {
  const { c } = s;
  return {
    id: c.key,
    rank,
    resource: ref(c, l),
    kind: c.kind,
    name: pick(c.name, l) ?? c.offerSlug,
    description: pick(c.description, l) ?? '',
    phase: phaseOf(c),
    eligibility: s.eligibility.status,
    score: s.score,
    factors: s.factors,
    reasons: reasonsFor(c, n, l),
    caveats: caveatsFor(s, n, nowMs, l),
    nextSteps: nextStepsFor(c, l),
    channels: c.channels.map((ch) => toChannel(ch, l)),
    channelsInherited: c.channelsInherited,
    speed: c.speed,
    website: c.website,
    verifiedOn: c.verifiedOn,
    sources: c.sources.map((x) => ({ url: x.url, title: x.title })),
  };
}

/** Short sentences, one per factor that speaks for the option. */
export function reasonsFor(c: Candidate, n: NormalizedNeed, l: TextLocale): string[] {
  const out: string[] = [];
  const matched = n.riskList.filter((r) => c.risks.has(r));
  out.push(matched.length ? say(MSG.addressesRisks, l, labelRisks(matched, l)) : say(MSG.generalService, l));
  if (c.kind === 'REPRISAL_REPORT') out.push(say(MSG.reprisalOpen, l));
  if (c.has247) out.push(say(MSG.available247, l));
  out.push(pick(c.responseTimeNote ?? undefined, l) ?? SPEED_LABELS[c.speed][l]);
  const spoken = n.languages.filter((x) => c.channelLanguages.has(x) || c.parentLanguages.has(x));
  if (spoken.length) out.push(say(MSG.languageMatch, l, spoken.join(', ')));
  const profiles = c.profileList.filter((p) => n.profiles.has(p));
  if (profiles.length) out.push(say(MSG.profileMatch, l, labelProfiles(profiles, l)));
  const cov = coverageLevel(c, n.country);
  if (cov.level === 'COUNTRY') out.push(say(MSG.coversCountry, l, pick(n.country.names, l)!));
  else if (cov.level === 'REGION') out.push(say(MSG.coversRegion, l, SYSTEM_LABELS[cov.system as RegionalSystem][l]));
  else out.push(say(MSG.coversWorld, l));
  return out;
}

const SAFETY_MSG: Record<SafetyFlag, typeof MSG.embassyVisibility> = {
  EMBASSY_VISIBILITY: MSG.embassyVisibility,
  IN_PERSON_ONLY: MSG.inPersonOnly,
  PUBLICITY: MSG.publicity,
};

/** Alerts first, then checks to make, safety, reprisal conditions, staleness, data caveats. */
export function caveatsFor(s: Scored, n: NormalizedNeed, nowMs: number, l: TextLocale): string[] {
  const { c } = s;
  const out: string[] = [];
  for (const a of c.alerts) out.push(pick(a, l)!);
  out.push(...s.eligibility.checks);
  for (const f of s.flags) out.push(say(SAFETY_MSG[f], l));
  if (c.publicFacing && !s.flags.includes('PUBLICITY')) out.push(say(MSG.publicity, l));
  if (c.kind === 'REPRISAL_REPORT') {
    out.push(say(MSG.reprisalConsent, l), say(MSG.reprisalUnDocs, l), say(MSG.reprisalFollowUp, l));
  }
  if (isStale(c.verifiedOnMs, nowMs)) out.push(say(MSG.stale, l, c.verifiedOn));
  if (profileFit(c, n) < 0.5) out.push(say(MSG.profileMismatch, l, labelProfiles(c.profileList, l)));
  const lf = languageFit(c, n.languages);
  if (n.languages.length && lf === 0) out.push(say(MSG.languageNoMatch, l, [...c.channelLanguages, ...c.parentLanguages].filter(unique).join(', ')));
  if (n.languages.length && lf === 0.4) out.push(say(MSG.languageUnknown, l));
  if (!c.channels.some((ch) => ch.confirmed)) out.push(say(MSG.noChannel, l));
  else if (c.hasUnconfirmedChannel) out.push(say(MSG.unconfirmedChannel, l));
  for (const x of c.caveats) out.push(pick(x, l)!);
  return out;
}

function unique<T>(x: T, i: number, all: readonly T[]): boolean {
  return all.indexOf(x) === i;
}

export function nextStepsFor(c: Candidate, l: TextLocale): string[] {
  const steps = c.steps.map((s) => pick(s, l)!);
  if (steps.length === 0) steps.push(say(MSG.contactVia, l, pick(c.parentName, l)!));
  for (const r of c.requirements) steps.push(say(MSG.requirement, l, pick(r, l)!));
  return steps;
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
