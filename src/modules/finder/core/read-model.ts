/**
 * Builds the finder's in-memory read model: every actionable offer of the directory flattened into
 * one candidate list, with what ranking needs precomputed (sets, effective status, inherited
 * channels sorted safest first, parsed dates). Built once per directory change; immutable.
 */
import type {
  ContactChannelSeed,
  Coverage,
  EligibilityRule,
  MechanismSeed,
  OrganizationSeed,
  ProgrammeSeed,
  StatePolicySeed,
  SupportServiceSeed,
} from '../../directory/seed-schema';
import type { AcceptanceFact, CountrySeed } from '../../geography/seed-schema';
import type { LocalizedText } from '../../../shared/locales';
import type {
  MechanismKind,
  ProgrammeKind,
  MechanismSystem,
  RecordStatus,
  RegionalInstrument,
  RegionalSystem,
  ServiceKind,
  UnProcedure,
} from '../../taxonomy/values';
import { contactKey, sortChannels, watchedOrder } from './channels';
import { coverageCode, coverageLevel, inCoverage, indexCoverage } from './coverage';
import { TEXT_LOCALES, pick, say, type TextLocale } from './locale-text';
import { MSG } from './messages';
import {
  COVERAGE_SHIFT,
  ELIGIBLE_HERE,
  EXCLUDED_HERE,
  compareStrings,
  parseIsoDate,
  worstStatus,
  type Candidate,
  type CandidateView,
  type CountryEntry,
  type CoverageIndex,
  type DirectoryInput,
  type ReadModel,
} from './model';
import type { ChannelView, OfferType, ParentType, ResourceRef, SourceView } from './types';

const PUBLIC_KINDS: ReadonlySet<ServiceKind> = new Set<ServiceKind>(['ADVOCACY', 'URGENT_APPEAL']);
const REGIONAL: ReadonlySet<string> = new Set(['OAS', 'AU', 'COE', 'EU', 'OSCE', 'ASEAN', 'LAS']);

interface ParentInfo {
  type: ParentType;
  offerType: OfferType;
  slug: string;
  name: LocalizedText;
  status: RecordStatus;
  alert?: LocalizedText;
  coverage?: Coverage;
  eligibility: readonly EligibilityRule[];
  caveats: readonly LocalizedText[];
  channels: readonly ContactChannelSeed[];
  languages: readonly string[];
  website?: string;
  verifiedOn: string;
  sources: readonly { url: string; title: string }[];
  mechanismKind?: MechanismKind;
  programmeKind?: ProgrammeKind;
  system?: MechanismSystem;
}

type OfferFields = Omit<SupportServiceSeed, 'slug'> & { slug: string };

function makeCandidate(p: ParentInfo, o: OfferFields, isSelf: boolean): Candidate {
  const channels = sortChannels(p.channels);
  const eligibility = isSelf ? [...o.eligibility] : [...p.eligibility, ...o.eligibility];
  if (o.kind === 'REPRISAL_REPORT' && !eligibility.some((r) => r.rule === 'UN_COOPERATION_REQUIRED')) {
    eligibility.push({ rule: 'UN_COOPERATION_REQUIRED' });
  }
  const coverages: CoverageIndex[] = [];
  if (p.coverage && !isSelf) coverages.push(indexCoverage(p.coverage));
  if (o.coverage) coverages.push(indexCoverage(o.coverage));
  const channelLanguages = new Set<string>();
  for (const c of channels) for (const l of c.languages) channelLanguages.add(l);
  const confirmed = channels.filter((c) => c.confirmed);
  const candidate: { -readonly [K in keyof Candidate]: Candidate[K] } = {
    key: `${p.type}:${p.slug}/${o.slug}`,
    parentType: p.type,
    parentSlug: p.slug,
    parentName: p.name,
    offerType: p.offerType,
    offerSlug: o.slug,
    kind: o.kind,
    name: o.name,
    description: o.description,
    riskList: [...o.risks],
    risks: new Set(o.risks),
    profileList: [...o.profiles],
    profiles: new Set(o.profiles),
    coverages,
    eligibility,
    regionSystem: p.system && REGIONAL.has(p.system) ? (p.system as RegionalSystem) : null,
    mechanismKind: p.mechanismKind ?? null,
    speed: o.speed,
    responseTimeNote: o.responseTimeNote ?? null,
    requirements: o.requirements,
    steps: o.steps,
    caveats: isSelf ? o.caveats : [...p.caveats, ...o.caveats],
    alerts: isSelf ? (o.alert ? [o.alert] : []) : [p.alert, o.alert].filter((a): a is LocalizedText => !!a),
    status: isSelf ? o.status : worstStatus(p.status, o.status),
    channels,
    channelsInherited: !isSelf,
    channelLanguages,
    parentLanguages: new Set(p.languages),
    has247: confirmed.some((c) => c.available247),
    hasRemoteChannel: confirmed.some((c) => c.kind !== 'IN_PERSON'),
    hasUnconfirmedChannel: channels.some((c) => !c.confirmed),
    embassyBased: p.type === 'STATE_POLICY' || p.mechanismKind === 'DIPLOMATIC_NETWORK',
    stateRun: p.mechanismKind === 'NATIONAL_PROTECTION_MECHANISM',
    award: p.programmeKind === 'AWARD',
    publicFacing: PUBLIC_KINDS.has(o.kind),
    website: p.website ?? null,
    verifiedOn: p.verifiedOn,
    verifiedOnMs: parseIsoDate(p.verifiedOn),
    sources: p.sources,
    views: null as unknown as Candidate['views'], // set below, from the other fields
    index: -1, // set once the candidates are sorted
    recordNo: -1, // numbered with the whole model
    sourceNos: [],
    contactNos: [],
  };
  candidate.views = buildViews(candidate);
  return candidate;
}

function sameChannel(a: ChannelView | undefined, b: ChannelView): a is ChannelView {
  return (
    !!a &&
    a.kind === b.kind &&
    a.value === b.value &&
    a.label === b.label &&
    a.hours === b.hours &&
    a.available247 === b.available247 &&
    a.confirmed === b.confirmed &&
    a.safetyNote === b.safetyNote &&
    sameStrings(a.languages, b.languages)
  );
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * One view per text locale. A part that reads the same in two locales is one shared object
 * (records are mostly written in English), so the views cost little more than one locale.
 */
function buildViews(c: Omit<Candidate, 'views'>): Record<TextLocale, CandidateView> {
  const sources: SourceView[] = c.sources.map((x) => ({ url: x.url, title: x.title }));
  const out = {} as Record<TextLocale, CandidateView>;
  let prev: CandidateView | null = null;
  for (const view of TEXT_LOCALES) {
    const l = hasEveryText(c, view) ? view : 'en';
    const resource: ResourceRef = {
      key: c.key,
      parentType: c.parentType,
      parentSlug: c.parentSlug,
      parentName: pick(c.parentName, l) ?? c.parentSlug,
      offerType: c.offerType,
      offerSlug: c.offerSlug,
    };
    const channels = c.channels.map((ch, i): ChannelView => {
      const v: ChannelView = {
        kind: ch.kind,
        value: ch.confirmed ? (ch.value ?? null) : null,
        label: pick(ch.label, l),
        languages: [...ch.languages],
        hours: ch.hours ?? null,
        available247: ch.available247,
        confirmed: ch.confirmed,
        safetyNote: pick(ch.safetyNote, l),
      };
      const before = prev?.channels[i];
      return sameChannel(before, v) ? before : v;
    });
    const nextSteps = c.steps.map((x) => pick(x, l)!);
    if (nextSteps.length === 0) nextSteps.push(say(MSG.contactVia, l, pick(c.parentName, l)!));
    for (const r of c.requirements) nextSteps.push(say(MSG.requirement, l, pick(r, l)!));
    const shownChannels = prev && prev.channels.every((x, i) => x === channels[i]) ? prev.channels : channels;
    const built: CandidateView = {
      textLocale: l,
      resource: prev && prev.resource.parentName === resource.parentName ? prev.resource : resource,
      name: pick(c.name, l) ?? c.offerSlug,
      description: pick(c.description, l) ?? '',
      nextSteps: prev && sameStrings(prev.nextSteps, nextSteps) ? prev.nextSteps : nextSteps,
      channels: shownChannels,
      watchedChannels: prev && prev.channels === shownChannels ? prev.watchedChannels : watchedOrder(shownChannels),
      sources,
      record: prev && prev.record.name === resource.parentName ? prev.record : { parentType: c.parentType, slug: c.parentSlug, name: resource.parentName },
    };
    out[view] = built;
    prev = built;
  }
  return out;
}

/** Does the record have every one of its texts in the locale? */
function hasEveryText(c: Omit<Candidate, 'views'>, l: TextLocale): boolean {
  if (l === 'en') return true;
  const has = (t: LocalizedText | null | undefined) => !t || l in t;
  return (
    has(c.parentName) &&
    has(c.name) &&
    has(c.description) &&
    has(c.responseTimeNote) &&
    c.steps.every(has) &&
    c.requirements.every(has) &&
    c.caveats.every(has) &&
    c.alerts.every(has) &&
    c.channels.every((ch) => has(ch.label) && has(ch.safetyNote))
  );
}

function fromOrganization(o: OrganizationSeed): Candidate[] {
  const p: ParentInfo = {
    type: 'ORGANIZATION',
    offerType: 'SERVICE',
    slug: o.slug,
    name: o.name,
    status: o.status,
    alert: o.alert,
    coverage: o.coverage,
    eligibility: [],
    caveats: [],
    channels: o.contactChannels,
    languages: o.languages,
    website: o.website,
    verifiedOn: o.verifiedOn,
    sources: o.sources,
  };
  return o.services.map((s) => makeCandidate(p, s, false));
}

function fromStatePolicy(s: StatePolicySeed): Candidate[] {
  const p: ParentInfo = {
    type: 'STATE_POLICY',
    offerType: 'COMMITMENT',
    slug: s.slug,
    name: s.title,
    status: s.status,
    alert: s.alert,
    coverage: s.coverage,
    eligibility: s.eligibility,
    caveats: s.caveats,
    channels: s.contactChannels,
    languages: [],
    website: s.documentUrl,
    verifiedOn: s.verifiedOn,
    sources: s.sources,
  };
  return s.commitments.map((c) => makeCandidate(p, c, false));
}

function fromMechanism(m: MechanismSeed): Candidate[] {
  const p: ParentInfo = {
    type: 'MECHANISM',
    offerType: 'PROCEDURE',
    slug: m.slug,
    name: m.name,
    status: m.status,
    alert: m.alert,
    eligibility: m.eligibility,
    caveats: [],
    channels: m.contactChannels,
    languages: [],
    website: m.website,
    verifiedOn: m.verifiedOn,
    sources: m.sources,
    mechanismKind: m.kind,
    system: m.system,
  };
  return m.procedures.map((x) => makeCandidate(p, x, false));
}

function fromProgramme(g: ProgrammeSeed): Candidate {
  const p: ParentInfo = {
    type: 'PROGRAMME',
    offerType: 'PROGRAMME',
    slug: g.slug,
    name: g.name,
    status: g.status,
    eligibility: [],
    caveats: [],
    channels: g.contactChannels,
    languages: [],
    website: g.website,
    verifiedOn: g.verifiedOn,
    sources: g.sources,
    programmeKind: g.programmeKind,
  };
  return makeCandidate(p, g, true);
}

function indexCountry(c: CountrySeed): CountryEntry {
  return {
    code: c.code,
    names: c.names,
    unMember: c.unMember,
    memberships: new Set(c.memberships),
    procedures: new Map(Object.entries(c.procedures) as [UnProcedure, AcceptanceFact][]),
    instruments: new Map(Object.entries(c.instruments) as [RegionalInstrument, AcceptanceFact][]),
    leastDeveloped: c.leastDeveloped,
  };
}

/** Does this rule hold for the country whatever the need? (false for rules that read the need) */
function countryRuleHolds(rule: EligibilityRule, country: CountryEntry): boolean {
  switch (rule.rule) {
    case 'MEMBER_OF':
      return country.memberships.has(rule.system);
    case 'NOT_MEMBER_OF':
      return !country.memberships.has(rule.system);
    case 'ACCEPTED_PROCEDURE':
      return country.procedures.get(rule.procedure)?.status === 'ACCEPTED';
    case 'PARTY_TO':
      return country.instruments.get(rule.instrument)?.status === 'ACCEPTED';
    case 'UN_MEMBER':
      return country.unMember;
    // An unconfirmed list never makes an offer certain: the full evaluation says "check first".
    case 'COUNTRY_IN':
      return rule.confirmed && rule.countries.includes(country.code);
    case 'COUNTRY_NOT_IN':
      return rule.confirmed && !rule.countries.includes(country.code);
    default:
      return false;
  }
}

/** Does this rule rule the offer out in the country whatever the need? (evaluateRule's INELIGIBLE outcomes that read only the country) */
function countryRuleFails(rule: EligibilityRule, country: CountryEntry): boolean {
  switch (rule.rule) {
    case 'MEMBER_OF':
      return !country.memberships.has(rule.system);
    case 'NOT_MEMBER_OF':
      return country.memberships.has(rule.system);
    case 'ACCEPTED_PROCEDURE':
      return country.procedures.get(rule.procedure)?.status === 'NOT_ACCEPTED';
    case 'PARTY_TO':
      return country.instruments.get(rule.instrument)?.status === 'NOT_ACCEPTED';
    case 'UN_MEMBER':
      return !country.unMember;
    case 'COUNTRY_IN':
      return !rule.countries.includes(country.code);
    case 'COUNTRY_NOT_IN':
      return rule.countries.includes(country.code);
    default:
      return false;
  }
}

function countryFacts(candidates: readonly Candidate[], countries: ReadonlyMap<string, CountryEntry>): Map<string, Uint8Array> {
  const list = [...countries.values()];
  const rows = list.map(() => new Uint8Array(candidates.length));
  const global = coverageCode({ level: 'GLOBAL', system: null }) << COVERAGE_SHIFT;
  // Candidate by candidate (each is read once, then every country), not country by country.
  for (const c of candidates) {
    const active = c.status === 'ACTIVE';
    const stopped = c.status === 'PAUSED' || c.status === 'CLOSED';
    // An offer with no coverage, no rule and no regional system reads nothing of the country.
    if (c.coverages.length === 0 && c.eligibility.length === 0 && c.regionSystem === null) {
      const byte = global | (active ? ELIGIBLE_HERE : 0) | (stopped ? EXCLUDED_HERE : 0);
      for (const row of rows) row[c.index] = byte;
      continue;
    }
    for (let j = 0; j < list.length; j++) {
      const country = list[j];
      // Each coverage is checked once: it decides both bits.
      const covered = c.coverages.every((cov) => inCoverage(cov, country));
      const eligible = active && covered && c.eligibility.every((r) => countryRuleHolds(r, country));
      const excluded = stopped || !covered || c.eligibility.some((r) => countryRuleFails(r, country));
      rows[j][c.index] = (coverageCode(coverageLevel(c, country)) << COVERAGE_SHIFT) | (eligible ? ELIGIBLE_HERE : 0) | (excluded ? EXCLUDED_HERE : 0);
    }
  }
  return new Map(list.map((country, j) => [country.code, rows[j]]));
}

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  if (value instanceof Set || value instanceof Map) return value; // typed read-only; not mutated by the core
  if (ArrayBuffer.isView(value)) return value; // typed arrays cannot be frozen; not mutated by the core
  for (const v of Object.values(value as object)) deepFreeze(v, seen);
  return Object.freeze(value);
}

/**
 * Build the read model from the directory's plain shapes. Throws when two offers share a key
 * (slugs must be unique per record kind, and offer slugs unique inside a record).
 */
export function buildReadModel(directory: DirectoryInput): ReadModel {
  // A private copy: freezing the model must not freeze the caller's objects.
  const input = structuredClone(directory);
  const candidates: Candidate[] = [
    ...input.organizations.flatMap(fromOrganization),
    ...input.statePolicies.flatMap(fromStatePolicy),
    ...input.mechanisms.flatMap(fromMechanism),
    ...input.programmes.map(fromProgramme),
  ].sort((a, b) => compareStrings(a.key, b.key));
  candidates.forEach((c, i) => ((c as { index: number }).index = i));
  const { recordCount, sourceCount, contactCount } = numberShared(candidates);
  for (let i = 1; i < candidates.length; i++) {
    if (candidates[i].key === candidates[i - 1].key) throw new Error(`duplicate offer key in directory: ${candidates[i].key}`);
  }
  const countries = new Map<string, CountryEntry>();
  for (const c of input.countries) countries.set(c.code, indexCountry(c));
  const byCountry = countryFacts(candidates, countries);
  return deepFreeze({ candidates, countries, byCountry, recordCount, sourceCount, contactCount });
}

/**
 * Numbers each record (parent type and slug), each distinct source (url and title) and each
 * contact (contactKey) once per model, so that a plan lists each record and source once and
 * groups contact routes with array lookups, not string keys.
 */
function numberShared(candidates: readonly Candidate[]): { recordCount: number; sourceCount: number; contactCount: number } {
  const records = new Map<string, number>();
  const sources = new Map<string, number>();
  const contacts = new Map<string, number>();
  const numberOf = (map: Map<string, number>, key: string): number => {
    let n = map.get(key);
    if (n === undefined) map.set(key, (n = map.size));
    return n;
  };
  for (const c of candidates) {
    (c as { recordNo: number }).recordNo = numberOf(records, `${c.parentType}:${c.parentSlug}`);
    (c as { sourceNos: readonly number[] }).sourceNos = c.sources.map((x) => numberOf(sources, `${x.url}\u0001${x.title}`));
    // Kind, value and confirmation read the same in every locale's view.
    const keys = c.views.en.channels.map(contactKey).filter((k): k is string => k !== null);
    (c as { contactNos: readonly number[] }).contactNos = [...new Set(keys)].map((k) => numberOf(contacts, k));
  }
  return { recordCount: records.size, sourceCount: sources.size, contactCount: contacts.size };
}
