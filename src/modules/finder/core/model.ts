/**
 * The finder's model: the shapes of the read model (candidates, countries, the per-country
 * index) and the small pure helpers every stage shares. A leaf: it imports only vocabulary,
 * seed shapes and the output types.
 */
import type { LocalizedText } from '../../../shared/locales';
import type { ContactChannelSeed, EligibilityRule, MechanismSeed, OrganizationSeed, ProgrammeSeed, StatePolicySeed } from '../../directory/seed-schema';
import type { AcceptanceFact, CountrySeed } from '../../geography/seed-schema';
import type {
  DefenderProfile,
  MechanismKind,
  RecordStatus,
  RegionalInstrument,
  RegionalSystem,
  ResponseSpeed,
  RiskType,
  ServiceKind,
  UnProcedure,
} from '../../taxonomy/values';
import type { TextLocale } from './locale-text';
import type { ChannelView, OfferType, ParentType, PlanRecord, ResourceRef, SourceView } from './types';

export interface DirectoryInput {
  organizations: readonly OrganizationSeed[];
  statePolicies: readonly StatePolicySeed[];
  mechanisms: readonly MechanismSeed[];
  programmes: readonly ProgrammeSeed[];
  countries: readonly CountrySeed[];
}

export interface CoverageIndex {
  readonly global: boolean;
  readonly systems: ReadonlySet<RegionalSystem>;
  readonly countries: ReadonlySet<string>;
  readonly excludeSystems: ReadonlySet<RegionalSystem>;
  readonly excludeCountries: ReadonlySet<string>;
}

export interface CountryEntry {
  readonly code: string;
  readonly names: LocalizedText;
  readonly unMember: boolean;
  readonly memberships: ReadonlySet<RegionalSystem>;
  /** Sourced, dated acceptances; a procedure or instrument absent here is UNKNOWN. */
  readonly procedures: ReadonlyMap<UnProcedure, AcceptanceFact>;
  readonly instruments: ReadonlyMap<RegionalInstrument, AcceptanceFact>;
  readonly leastDeveloped: boolean | null;
}

export interface Candidate {
  /** `<parentType>:<parentSlug>/<offerSlug>`: id and tie-breaker. */
  readonly key: string;
  readonly parentType: ParentType;
  readonly parentSlug: string;
  readonly parentName: LocalizedText;
  readonly offerType: OfferType;
  readonly offerSlug: string;
  readonly kind: ServiceKind;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly riskList: readonly RiskType[];
  readonly risks: ReadonlySet<RiskType>;
  readonly profileList: readonly DefenderProfile[];
  readonly profiles: ReadonlySet<DefenderProfile>;
  /** Parent coverage and own coverage; the country must be inside every one. */
  readonly coverages: readonly CoverageIndex[];
  /** Parent rules first, then the offer's own, then implicit ones (reprisal reports need UN cooperation). */
  readonly eligibility: readonly EligibilityRule[];
  /** A regional system the offer belongs to (regional mechanisms), for the coverage factor. */
  readonly regionSystem: RegionalSystem | null;
  readonly mechanismKind: MechanismKind | null;
  readonly speed: ResponseSpeed;
  readonly responseTimeNote: LocalizedText | null;
  readonly requirements: readonly LocalizedText[];
  readonly steps: readonly LocalizedText[];
  /** Parent caveats (state policies) then the offer's own. */
  readonly caveats: readonly LocalizedText[];
  /** Parent alert then the offer's own. */
  readonly alerts: readonly LocalizedText[];
  /** The worst of the parent's and the offer's status. */
  readonly status: RecordStatus;
  /** Safest first. */
  readonly channels: readonly ContactChannelSeed[];
  readonly channelsInherited: boolean;
  readonly channelLanguages: ReadonlySet<string>;
  readonly parentLanguages: ReadonlySet<string>;
  /** A confirmed channel open 24/7. */
  readonly has247: boolean;
  /** A confirmed channel that is not IN_PERSON. */
  readonly hasRemoteChannel: boolean;
  readonly hasUnconfirmedChannel: boolean;
  /** Run by the state of the country it protects in (national protection mechanisms). */
  readonly stateRun: boolean;
  /** A prize for a few people a year, on nomination by others: never a way to get help soon. */
  readonly award: boolean;
  /** Reached through an embassy or delegation (state policies, diplomatic networks). */
  readonly embassyBased: boolean;
  /** Works by making a case public (advocacy, urgent appeals). */
  readonly publicFacing: boolean;
  readonly website: string | null;
  readonly verifiedOn: string;
  readonly verifiedOnMs: number;
  readonly sources: readonly { readonly url: string; readonly title: string }[];
  /**
   * The parts of an option or exclusion that depend only on the record and the locale, built
   * once per locale with the model (frozen, shared by every plan: a plan must not be mutated).
   */
  readonly views: Readonly<Record<TextLocale, CandidateView>>;
  /** Position in the model's key order: its column in `byCountry`. */
  readonly index: number;
  /** Number of its record in the model (offers of one record share it): how plans list each record once. */
  readonly recordNo: number;
  /** Numbers of its sources in the model (one number per url and title): how plans list each source once. */
  readonly sourceNos: readonly number[];
  /**
   * Numbers of the confirmed contacts among its channels (contactKey: one number per phone
   * number, address or form, across records): how plans group options into contact routes.
   */
  readonly contactNos: readonly number[];
}

/** A candidate's need-independent, locale-dependent output, as plans return it. */
export interface CandidateView {
  /**
   * The locale of the record's texts in this view: the view's locale when the record has every
   * text in it, else English for all of them (an option is never half translated).
   */
  readonly textLocale: TextLocale;
  readonly resource: ResourceRef;
  readonly name: string;
  readonly description: string;
  readonly nextSteps: string[];
  /** Safest first. */
  readonly channels: ChannelView[];
  /** The same channels in the order for a defender under surveillance or digital attack (channels.ts watchedOrder). */
  readonly watchedChannels: ChannelView[];
  readonly sources: SourceView[];
  /** Its record, as a plan's `records` list it. */
  readonly record: PlanRecord;
}

export interface ReadModel {
  /** In key order. */
  readonly candidates: readonly Candidate[];
  /** How many records, distinct sources and contacts the candidates' `recordNo`, `sourceNos` and `contactNos` number. */
  readonly recordCount: number;
  readonly sourceCount: number;
  readonly contactCount: number;
  readonly countries: ReadonlyMap<string, CountryEntry>;
  /**
   * What depends only on the country, computed once per country and candidate: one byte per
   * candidate (same order). Bit 0 (ELIGIBLE_HERE): ELIGIBLE there whatever the need, provided
   * one of its risks is the defender's (active, the country inside every coverage, every rule a
   * country rule that holds); when clear, the full evaluation runs. Bit 1 (EXCLUDED_HERE):
   * INELIGIBLE there whatever the need (paused or closed, the country outside a coverage, or a
   * country rule that fails); the evaluation that says which rule runs only when a plan's
   * excluded candidates are read. The other bits: the coverage level (coverageAt). Countries ×
   * candidates bytes (~2.4 MB for 12 300 candidates).
   */
  readonly byCountry: ReadonlyMap<string, Uint8Array>;
}

export const ELIGIBLE_HERE = 1;
export const EXCLUDED_HERE = 2;
/** The coverage level's code (coverageCode) sits above those two bits. */
export const COVERAGE_SHIFT = 2;

/** Code-unit order, independent of the process locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const STATUS_RANK: Record<RecordStatus, number> = { ACTIVE: 0, UNCERTAIN: 1, PAUSED: 2, CLOSED: 3 };
export function worstStatus(a: RecordStatus, b: RecordStatus): RecordStatus {
  return STATUS_RANK[a] >= STATUS_RANK[b] ? a : b;
}

/** Milliseconds of a YYYY-MM-DD date at 00:00 UTC. */
export function parseIsoDate(d: string): number {
  const [y, m, day] = d.split('-').map(Number);
  const ms = Date.UTC(y, m - 1, day);
  if (!Number.isFinite(ms)) throw new Error(`invalid date in directory record: ${d}`);
  return ms;
}
