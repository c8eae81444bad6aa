/**
 * buildProtectionPlan: need + read model → a ranked, explained protection plan.
 * Pure and deterministic: the clock and the locale are parameters, candidates are visited in
 * key order, and ties in score are broken by key. One pass over the candidates (what depends
 * only on the country comes precomputed from the read model), one sort of the eligible ones,
 * one pass grouping them into contact routes, and with a limit a route-distinct selection.
 * Text that depends only on the record and the locale comes from the read model, shared and
 * frozen: a plan must not be mutated.
 */
import { ELIGIBLE_RESULT, evaluateCandidate, type EligibilityContext, type EligibilityResult } from './eligibility';
import { computeFactors, isStale, languageFit, phaseOf, profileFit, safetyFlags, scoreOf, type SafetyFlag } from './factors';
import { coverageAt, coverageLevel, type CoverageFit } from './coverage';
import { normalizeNeed, type NormalizedNeed } from './need';
import { ELIGIBLE_HERE, EXCLUDED_HERE, compareStrings, type Candidate, type CandidateView, type ReadModel } from './model';
import { CHANNEL_NAMES, CONTACT_VERBS, PHASE_TITLES, SPEED_LABELS, SYSTEM_LABELS, labelProfiles, labelRisks } from './labels';
import { joinList, pick, resolveLocale, say, sayOnce, type SentenceCache, type TextLocale } from './locale-text';
import { MSG } from './messages';
import {
  PLAN_PHASES,
  type ChannelView,
  type ExcludedOption,
  type PlanPhaseKind,
  type PlanOptions,
  type PlanPhase,
  type PlanRecord,
  type PlanRoute,
  type ProtectionNeed,
  type ProtectionOption,
  type ProtectionPlan,
  type ScoreFactors,
  type SourceView,
} from './types';
import type { RegionalSystem } from '../../taxonomy/values';

interface Scored {
  readonly c: Candidate;
  readonly eligibility: EligibilityResult;
  readonly factors: ScoreFactors;
  readonly flags: readonly SafetyFlag[];
  readonly cov: CoverageFit;
  readonly score: number;
  /**
   * Options that are never a first step rank after the rest, whatever their score: 0 the rest,
   * 1 awards (won on nomination by others, by a few people a year), 2 a state-run mechanism
   * when the threat comes from state agents.
   */
  readonly tier: number;
}

/** Best first; ties in score broken by key (unique), so the order is total. */
function byRank(a: Scored, b: Scored): number {
  return a.tier - b.tier || b.score - a.score || compareStrings(a.c.key, b.c.key);
}

function tierOf(c: Candidate, flags: readonly SafetyFlag[]): number {
  return flags.includes('STATE_RUN_AGAINST_STATE_THREAT') ? 2 : c.award ? 1 : 0;
}

/** What is never a first step is never something to act on now either: it waits with the longer-term options. */
function phaseOfScored(s: Scored): PlanPhaseKind {
  return s.tier > 0 ? 'LONGER_TERM' : phaseOf(s.c);
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
  // Ruled out, in key order, with the evaluation when one was needed to tell (else made when the list is read).
  const excludedCandidates: Candidate[] = [];
  const excludedResults: (EligibilityResult | null)[] = [];
  const candidates = model.candidates;
  const here = model.byCountry.get(n.country.code);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const facts = here?.[c.index];
    const addressed = addressesRisk(c, n);
    // Fast paths, same outcome: ELIGIBLE in this country whatever the need once a risk matches;
    // INELIGIBLE when no risk matches or the country rules it out whatever the need.
    if (!addressed || (facts !== undefined && facts & EXCLUDED_HERE)) {
      excludedCandidates.push(c);
      excludedResults.push(null);
      continue;
    }
    const eligibility = facts !== undefined && facts & ELIGIBLE_HERE ? ELIGIBLE_RESULT : evaluateCandidate(c, ctx);
    if (eligibility.status === 'INELIGIBLE') {
      excludedCandidates.push(c);
      excludedResults.push(eligibility);
      continue;
    }
    const flags = safetyFlags(c, n);
    const cov = facts === undefined ? coverageLevel(c, n.country) : coverageAt(facts);
    const factors = computeFactors(c, n, eligibility.status, nowMs, flags, cov);
    scored.push({ c, eligibility, factors, flags, cov, score: scoreOf(factors), tier: tierOf(c, flags) });
  }

  const limited = opts.limit !== undefined && opts.limit > 0 && Math.floor(opts.limit) < scored.length;
  const ordered = scored.sort(byRank);
  const routeOf = groupRoutes(model, ordered);
  const chosenAt = limited ? selectRoutes(ordered, routeOf, Math.floor(opts.limit!)) : ordered.map((_, i) => i);
  const chosen = chosenAt.map((i) => ordered[i]);
  // Channels ordered for this need only for the options listed.
  const options = chosen.map((s, i) => toOption(s, i + 1, n, nowMs, locale, channelsForNeed(s.c.views[locale], n), sentences));
  const planRoutes = describeRoutes(chosenAt, options, ordered, routeOf, locale, sentences);
  const phases: PlanPhase[] = PLAN_PHASES.map((phase) => ({
    phase,
    title: PHASE_TITLES[phase][locale],
    options: options.filter((o) => o.phase === phase),
  }));
  const checks = ordered.reduce((k, s) => k + (s.eligibility.status === 'NEEDS_CHECK' ? 1 : 0), 0);
  const refs = referenceLists(model, locale);
  for (let i = 0; i < options.length; i++) {
    options[i].sourceRefs = refs.sourceRefs(chosen[i].c);
    options[i].recordRef = refs.recordRef(chosen[i].c);
  }
  // The excluded candidates' records follow the options' (positions of the options' stay put).
  let excludedRecordRefs: number[] | null = null;
  const excludedRecords = () => (excludedRecordRefs ??= excludedCandidates.map(refs.recordRef));

  const plan: ProtectionPlan = {
    locale,
    requestedLocale: opts.locale ?? null,
    translationReviewed: locale === 'en',
    optionCount: ordered.length,
    options,
    routes: planRoutes,
    phases,
    excluded: [], // made when read (deferLists)
    sources: refs.sources,
    records: refs.records, // completed when read (deferLists)
    summary: buildSummary(phases, options, { fit: ordered.length, checks, excluded: excludedCandidates.length }, n, locale),
    safetyNotes: buildSafetyNotes(n, options, locale),
    candidateCount: model.candidates.length,
  };
  // Most reads (a chatbot's brief plan) select neither the excluded candidates nor the records:
  // their sentences and references are made on first read, from the same model, need and
  // sentence cache, so the values are the same as if made now.
  return deferLists(plan, {
    records: () => {
      excludedRecords();
      return refs.records;
    },
    excluded: () => {
      const at = excludedRecords();
      return excludedCandidates.map((c, i) => toExcluded(c, excludedResults[i] ?? evaluateCandidate(c, ctx), locale, at[i]));
    },
  });
}

type DeferredKey = 'excluded' | 'records';
type Makers = { [K in DeferredKey]: () => ProtectionPlan[K] };
/** A plan's makers and the lists they made, under a key that JSON and equality do not read. */
const DEFERRED = Symbol('deferred lists');
type Deferred = { make: Makers; made: Partial<Pick<ProtectionPlan, DeferredKey>> };

/**
 * Makes `plan.excluded` and `plan.records` on first read (then the same list on every read).
 * Enumerable, so JSON and equality see plain lists. One getter for every plan: a getter per
 * plan would give each plan object its own hidden class (measured: 5x the garbage collection).
 */
function deferLists(plan: ProtectionPlan, make: Makers): ProtectionPlan {
  Object.defineProperty(plan, DEFERRED, { value: { make, made: {} } satisfies Deferred });
  Object.defineProperties(plan, DEFERRED_LISTS);
  return plan;
}

function deferredRead<K extends DeferredKey>(key: K) {
  return {
    enumerable: true,
    get(this: ProtectionPlan & { [DEFERRED]: Deferred }): ProtectionPlan[K] {
      const d = this[DEFERRED];
      return (d.made[key] ??= d.make[key]()) as ProtectionPlan[K];
    },
  };
}
const DEFERRED_LISTS = { excluded: deferredRead('excluded'), records: deferredRead('records') } as const;

// ---------------------------------------------------------------------------------------------
// Contact routes: one call can reach several options
// ---------------------------------------------------------------------------------------------

/**
 * Groups the options into routes (union-find over the model's record and contact numbers):
 * options of one record share a route, and so do records that share a confirmed contact.
 * Returns the route of each option of `ordered` (its group's root), by position.
 */
function groupRoutes(model: ReadModel, ordered: readonly Scored[]): Int32Array {
  const parent = new Int32Array(model.recordCount + model.contactCount);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root];
    parent[x] = root;
    return root;
  };
  for (const s of ordered) {
    for (const contact of s.c.contactNos) {
      const a = find(s.c.recordNo);
      const b = find(model.recordCount + contact);
      if (a !== b) parent[b] = a;
    }
  }
  const routeOf = new Int32Array(ordered.length);
  for (let i = 0; i < ordered.length; i++) routeOf[i] = find(ordered[i].c.recordNo);
  return routeOf;
}

/**
 * A limited plan: the best option of every phase that has one, then the best options of other
 * routes, until `limit` options (fewer when fewer routes fit). Positions in `ordered`, in rank order.
 */
function selectRoutes(ordered: readonly Scored[], routeOf: Int32Array, limit: number): number[] {
  const picked = new Uint8Array(ordered.length);
  const taken = new Set<number>();
  let count = 0;
  const take = (i: number) => {
    picked[i] = 1;
    count += 1;
    taken.add(routeOf[i]);
  };
  const phaseBest = PLAN_PHASES.map((p) => ordered.findIndex((s) => phaseOfScored(s) === p)).filter((i) => i >= 0);
  for (const i of phaseBest.slice(0, limit)) take(i);
  for (let i = 0; i < ordered.length && count < limit; i++) {
    if (!picked[i] && !taken.has(routeOf[i])) take(i);
  }
  const out: number[] = [];
  for (let i = 0; i < ordered.length; i++) if (picked[i]) out.push(i);
  return out;
}

function describeRoutes(
  chosenAt: readonly number[],
  options: readonly ProtectionOption[],
  ordered: readonly Scored[],
  routeOf: Int32Array,
  l: TextLocale,
  sentences: SentenceCache,
): PlanRoute[] {
  const membersOf = new Map<number, Scored[]>();
  for (let i = 0; i < ordered.length; i++) {
    const list = membersOf.get(routeOf[i]);
    if (list) list.push(ordered[i]);
    else membersOf.set(routeOf[i], [ordered[i]]);
  }
  const routes: PlanRoute[] = [];
  const index = new Map<number, PlanRoute>();
  chosenAt.forEach((at, i) => {
    const id = routeOf[at];
    let route = index.get(id);
    if (!route) {
      const members = membersOf.get(id)!;
      const channel = firstContact(options[i].channels);
      const names = members.map((m) => labelOf(m.c.views[l].name, m.c.views[l].resource.parentName));
      route = {
        rank: routes.length + 1,
        channel,
        optionIds: members.map((m) => m.c.key),
        names,
        summary: members.length > 1 && channel ? sayOnce(sentences, MSG.routeReaches, l, contactPhrase(channel, l), joinList(names, l)) : null,
      };
      routes.push(route);
      index.set(id, route);
    }
    options[i].route = route.rank;
  });
  return routes;
}

/** The first channel with a confirmed address: what a person can use now. */
export function firstContact(channels: readonly ChannelView[]): ChannelView | null {
  return channels.find((ch) => ch.confirmed && ch.value !== null) ?? null;
}

/** "call +353 …", "write to …", "use the form at …", in the locale. */
export function contactPhrase(ch: ChannelView, l: TextLocale): string {
  return say(CONTACT_VERBS[ch.kind], l, ch.value ?? '');
}

/**
 * Channels for this need: the record's safest-first order, except that under surveillance or
 * digital attack encrypted channels come first and phones after written ones (a monitored
 * line is the risk). Both orders come with the model, shared and frozen.
 */
export function channelsForNeed(view: CandidateView, n: NormalizedNeed): ChannelView[] {
  return watched(n) ? view.watchedChannels : view.channels;
}

function watched(n: NormalizedNeed): boolean {
  return n.risks.has('SURVEILLANCE') || n.risks.has('DIGITAL_ATTACK');
}

function toExcluded(c: Candidate, e: EligibilityResult, l: TextLocale, recordRef: number): ExcludedOption {
  const v = c.views[l];
  return { id: c.key, resource: v.resource, kind: c.kind, name: v.name, code: e.code!, reason: e.reason!, recordRef };
}

/**
 * A plan's lists of sources and records, each item once in order of first mention, and the
 * positions items refer to them by. The model numbers records and sources, so this is array
 * lookups, no string keys.
 */
function referenceLists(model: ReadModel, l: TextLocale) {
  const sources: SourceView[] = [];
  const records: PlanRecord[] = [];
  const sourceAt = new Int32Array(model.sourceCount).fill(-1);
  const recordAt = new Int32Array(model.recordCount).fill(-1);
  const sourceRefs = (c: Candidate): number[] => {
    const viewSources = c.views[l].sources;
    return c.sourceNos.map((no, j) => {
      if (sourceAt[no] < 0) sourceAt[no] = sources.push(viewSources[j]) - 1;
      return sourceAt[no];
    });
  };
  const recordRef = (c: Candidate): number => {
    const record = c.views[l].record;
    let at = recordAt[c.recordNo];
    if (at >= 0 && records[at].name === record.name) return at;
    // Offers of one record in different text locales name it differently: one entry per name.
    if (at >= 0) {
      const same = records.findIndex((r) => r.parentType === record.parentType && r.slug === record.slug && r.name === record.name);
      if (same >= 0) return same;
    }
    at = records.push(record) - 1;
    if (recordAt[c.recordNo] < 0) recordAt[c.recordNo] = at;
    return at;
  };
  return { sources, records, sourceRefs, recordRef };
}

function toOption(
  s: Scored,
  rank: number,
  n: NormalizedNeed,
  nowMs: number,
  l: TextLocale,
  channels: ChannelView[],
  sentences?: SentenceCache,
): ProtectionOption {
  const { c } = s;
  const v = c.views[l];
  return {
    id: c.key,
    rank,
    resource: v.resource,
    kind: c.kind,
    name: v.name,
    description: v.description,
    phase: phaseOfScored(s),
    eligibility: s.eligibility.status,
    score: s.score,
    factors: s.factors,
    reasons: reasonsFor(c, n, l, sentences, s.cov),
    caveats: caveatsFor(s, n, nowMs, l, channels, sentences),
    nextSteps: v.nextSteps,
    textLocale: v.textLocale,
    translationReviewed: v.textLocale === 'en',
    channels,
    channelsInherited: c.channelsInherited,
    route: 0, // set by describeRoutes
    speed: c.speed,
    website: c.website,
    verifiedOn: c.verifiedOn,
    sources: v.sources,
    sourceRefs: [], // set by listReferences
    recordRef: -1, // set by listReferences
  };
}

/** Short sentences, one per factor that speaks for the option. */
export function reasonsFor(c: Candidate, n: NormalizedNeed, l: TextLocale, sentences?: SentenceCache, coverage?: CoverageFit): string[] {
  const out: string[] = [];
  const matched = n.riskList.filter((r) => c.risks.has(r));
  out.push(matched.length ? sayOnce(sentences, MSG.addressesRisks, l, labelRisks(matched, l)) : sayOnce(sentences, MSG.generalService, l));
  if (c.kind === 'REPRISAL_REPORT') out.push(sayOnce(sentences, MSG.reprisalOpen, l));
  if (c.has247) out.push(sayOnce(sentences, MSG.available247, l));
  out.push(pick(c.responseTimeNote ?? undefined, c.views[l].textLocale) ?? SPEED_LABELS[c.speed][l]);
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
  STATE_RUN_AGAINST_STATE_THREAT: MSG.stateRunAgainstStateThreat,
};

/** Alerts first, then checks to make, safety, reprisal conditions, staleness, data caveats. */
export function caveatsFor(
  s: Scored,
  n: NormalizedNeed,
  nowMs: number,
  l: TextLocale,
  channels: readonly ChannelView[] = channelsForNeed(s.c.views[l], n),
  sentences?: SentenceCache,
): string[] {
  const { c } = s;
  const out: string[] = [];
  const textLocale = c.views[l].textLocale;
  for (const a of c.alerts) out.push(pick(a, textLocale)!);
  out.push(...s.eligibility.checks);
  for (const f of s.flags) out.push(sayOnce(sentences, SAFETY_MSG[f], l));
  // Under surveillance the safest channel comes first; if its address is not confirmed, say how to find it safely.
  if (watched(n) && channels.length && !channels[0].confirmed) {
    out.push(sayOnce(sentences, MSG.saferChannelUnconfirmed, l, CHANNEL_NAMES[channels[0].kind][l]));
  }
  if (c.publicFacing && !s.flags.includes('PUBLICITY')) out.push(sayOnce(sentences, MSG.publicity, l));
  if (c.award) out.push(sayOnce(sentences, MSG.awardNomination, l));
  if (c.kind === 'REPRISAL_REPORT') {
    out.push(sayOnce(sentences, MSG.reprisalConsent, l), sayOnce(sentences, MSG.reprisalUnDocs, l), sayOnce(sentences, MSG.reprisalFollowUp, l));
  }
  if (isStale(c.verifiedOnMs, nowMs)) out.push(sayOnce(sentences, MSG.stale, l, c.verifiedOn));
  if (profileFit(c, n) < 0.5) out.push(sayOnce(sentences, MSG.profileMismatch, l, labelProfiles(c.profileList, l)));
  const lf = languageFit(c, n.languages);
  if (n.languages.length && lf === 0)
    out.push(sayOnce(sentences, MSG.languageNoMatch, l, [...c.channelLanguages, ...c.parentLanguages].filter(unique).join(', ')));
  if (n.languages.length && lf === 0.4) out.push(sayOnce(sentences, MSG.languageUnknown, l));
  if (!c.channels.some((ch) => ch.confirmed)) out.push(sayOnce(sentences, MSG.noChannel, l));
  else if (c.hasUnconfirmedChannel) out.push(sayOnce(sentences, MSG.unconfirmedChannel, l));
  for (const x of c.caveats) out.push(pick(x, textLocale)!);
  return out;
}

function unique<T>(x: T, i: number, all: readonly T[]): boolean {
  return all.indexOf(x) === i;
}

/** What to do first, in the locale (precomputed with the read model). */
export function nextStepsFor(c: Candidate, l: TextLocale): string[] {
  return c.views[l].nextSteps;
}

function labelOf(name: string, parentName: string): string {
  return name === parentName ? name : `${name} (${parentName})`;
}
function optionLabel(o: ProtectionOption): string {
  return labelOf(o.name, o.resource.parentName);
}

/**
 * A few sentences: how many options fit (not how many are listed), the first concrete action,
 * the best two of each phase, how many were ruled out.
 */
export function buildSummary(
  phases: readonly PlanPhase[],
  options: readonly ProtectionOption[],
  counts: { fit: number; checks: number; excluded: number },
  n: NormalizedNeed,
  l: TextLocale,
): string {
  const parts: string[] = [];
  if (options.length === 0) parts.push(say(MSG.summaryNone, l));
  else {
    parts.push(say(MSG.summaryCount, l, counts.fit, counts.checks));
    if (options.length < counts.fit) parts.push(say(MSG.summaryShown, l, options.length));
    const first = options[0];
    const channel = firstContact(first.channels);
    parts.push(channel ? say(MSG.summaryFirstContact, l, optionLabel(first), contactPhrase(channel, l)) : say(MSG.summaryFirstSteps, l, optionLabel(first)));
    if (n.urgency === 'IMMEDIATE' && phases[0].options.length === 0) parts.push(say(MSG.summaryNoFast, l));
    for (const p of phases) {
      if (p.options.length) parts.push(say(MSG.summaryPhase, l, p.title, joinList(p.options.slice(0, 2).map(optionLabel), l)));
    }
  }
  if (counts.excluded) parts.push(say(MSG.summaryExcluded, l, counts.excluded));
  // Chinese sentences end in full-width punctuation and are not separated by spaces.
  return parts.join(l === 'zh' ? '' : ' ');
}

/** General advice from the guide; the reprisal note when reprisal reporting is relevant. */
export function buildSafetyNotes(n: NormalizedNeed, options: readonly ProtectionOption[], l: TextLocale): string[] {
  const notes = [say(MSG.noteWhereabouts, l), say(MSG.noteDevices, l), say(MSG.noteEarly, l)];
  if (n.unCooperation || options.some((o) => o.kind === 'REPRISAL_REPORT')) notes.push(say(MSG.noteReprisal, l));
  return notes;
}
