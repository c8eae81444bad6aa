/**
 * Types of the protection finder's pure core: the need it reads and the plan it returns.
 * Output field names are the GraphQL field names (camelCase; enum values UPPER_CASE), so the
 * resolver can expose these objects as they are.
 */
import type { ChannelKind, DefenderProfile, ResponseSpeed, RiskType, ServiceKind, ThreatSource, Urgency } from '../../taxonomy/values';

/** What a defender (or someone helping them) tells the finder. Never logged or stored. */
export interface ProtectionNeed {
  /** ISO 3166-1 alpha-2 code of the country where the defender is at risk. */
  country: string;
  /** One or more risks; at least one is required. */
  risks: readonly RiskType[];
  urgency: Urgency;
  profiles?: readonly DefenderProfile[];
  /** ISO 639-1 codes of languages the defender can use with a support organisation. */
  languages?: readonly string[];
  /** True when the risk follows cooperation with the UN (opens reprisal reporting). */
  cooperatedWithUn?: boolean;
  /** Whether the defender is currently in the country; unknown when absent. */
  currentlyInCountry?: boolean;
  /**
   * Who the threat comes from, when known. With STATE_AGENTS a state-run mechanism (a national
   * protection mechanism) is never a first step: it comes last, and the plan says why.
   */
  threatFrom?: readonly ThreatSource[];
}

export interface PlanOptions {
  /** The clock, passed in so that a plan is a pure function of its inputs. */
  now: Date;
  /** Requested locale (for example "fr" or "fr-CH"); falls back to "en". */
  locale?: string;
  /**
   * Keep the best N options, each through a different contact route, plus the best of any phase
   * left out (0 or absent: all). Excluded candidates are always all listed.
   */
  limit?: number;
}

export const PARENT_TYPES = ['ORGANIZATION', 'STATE_POLICY', 'MECHANISM', 'PROGRAMME'] as const;
export type ParentType = (typeof PARENT_TYPES)[number];

/** What the offer is inside its parent record. */
export const OFFER_TYPES = ['SERVICE', 'COMMITMENT', 'PROCEDURE', 'PROGRAMME'] as const;
export type OfferType = (typeof OFFER_TYPES)[number];

export const ELIGIBILITY_STATUSES = ['ELIGIBLE', 'NEEDS_CHECK', 'INELIGIBLE'] as const;
export type EligibilityStatus = (typeof ELIGIBILITY_STATUSES)[number];

/** Why a candidate was ruled out. Stable machine codes; the sentence comes with them. */
export const EXCLUSION_CODES = [
  'NOT_ACTIVE', // the offer or its parent is paused or closed
  'RISK_NOT_ADDRESSED', // the offer lists risks and none is the defender's
  'OUTSIDE_COVERAGE', // the country is outside the offer's coverage (or a COUNTRY_IN rule)
  'COUNTRY_EXCLUDED', // a COUNTRY_NOT_IN rule names the country
  'NOT_MEMBER_OF_SYSTEM', // MEMBER_OF: the country is not a member of the regional system
  'MEMBER_OF_EXCLUDED_SYSTEM', // NOT_MEMBER_OF: the country is a member (e.g. EU guidelines apply outside the EU)
  'PROCEDURE_NOT_ACCEPTED', // ACCEPTED_PROCEDURE: the state has not accepted the UN procedure (as of the fact's date)
  'INSTRUMENT_NOT_ACCEPTED', // PARTY_TO: the state is not a party to the regional instrument (as of the fact's date)
  'NOT_UN_MEMBER', // UN_MEMBER
  'PROFILE_REQUIRED', // PROFILE_REQUIRED: none of the defender's profiles qualifies
  'UN_COOPERATION_REQUIRED', // reprisal reporting without cooperation with the UN
  'IN_COUNTRY_REQUIRED', // the defender has left the country
  'OUTSIDE_COUNTRY_REQUIRED', // the defender is still in the country
] as const;
export type ExclusionCode = (typeof EXCLUSION_CODES)[number];

export const PLAN_PHASES = ['ACT_NOW', 'NEXT_DAYS', 'LONGER_TERM'] as const;
export type PlanPhaseKind = (typeof PLAN_PHASES)[number];

/** Each factor in [0, 1]. `safetyPenalty` is subtracted; the others are added. */
export interface ScoreFactors {
  riskFit: number;
  urgencyFit: number;
  languageFit: number;
  profileFit: number;
  coverage: number;
  confidence: number;
  safetyPenalty: number;
}

/** Points at the directory record an option comes from. */
export interface ResourceRef {
  /** `<parentType>:<parentSlug>/<offerSlug>`, stable across rebuilds; also the option's id. */
  key: string;
  parentType: ParentType;
  parentSlug: string;
  parentName: string;
  offerType: OfferType;
  offerSlug: string;
}

export interface ChannelView {
  kind: ChannelKind;
  /** Null when the channel is known to exist but its address could not be confirmed. */
  value: string | null;
  label: string | null;
  languages: string[];
  hours: string | null;
  available247: boolean;
  confirmed: boolean;
  safetyNote: string | null;
}

export interface SourceView {
  url: string;
  title: string;
}

/** A directory record a plan names: listed once in the plan's `records`, referenced by position. */
export interface PlanRecord {
  parentType: ParentType;
  slug: string;
  /** In the locale of the record's texts. */
  name: string;
}

export interface ProtectionOption {
  id: string;
  rank: number;
  resource: ResourceRef;
  kind: ServiceKind;
  name: string;
  description: string;
  phase: PlanPhaseKind;
  /** ELIGIBLE, or NEEDS_CHECK when a fact must be checked first (see caveats). */
  eligibility: EligibilityStatus;
  score: number;
  factors: ScoreFactors;
  reasons: string[];
  caveats: string[];
  nextSteps: string[];
  /** The locale of the record's texts (name, description, next steps, record caveats, channel labels). */
  textLocale: string;
  /** False for a translation not yet reviewed by a native speaker (every non-English text today). */
  translationReviewed: boolean;
  /** Safest first for this need (under surveillance, secure channels before phones). */
  channels: ChannelView[];
  channelsInherited: boolean;
  /** Its contact route: the 1-based position in the plan's `routes`. */
  route: number;
  speed: ResponseSpeed;
  website: string | null;
  verifiedOn: string;
  sources: SourceView[];
  /** Its sources as positions (from 0) in the plan's `sources`: the same information, said once per plan. */
  sourceRefs: number[];
  /** Its record's position (from 0) in the plan's `records`. */
  recordRef: number;
}

export interface ExcludedOption {
  id: string;
  resource: ResourceRef;
  kind: ServiceKind;
  name: string;
  code: ExclusionCode;
  reason: string;
  /** Its record's position (from 0) in the plan's `records`. */
  recordRef: number;
}

/**
 * Options reached through one contact: the same record, or records that share a confirmed
 * number, address or form (one call to a line can reach an emergency line, grants and more).
 */
export interface PlanRoute {
  /** 1 for the route of the best option. */
  rank: number;
  /** The first contact of its best option, for this need; null when none is confirmed. */
  channel: ChannelView | null;
  /** Every option that fits and is reached this way, best first (some may be outside a limited plan's options). */
  optionIds: string[];
  /** Their names, in the same order. */
  names: string[];
  /** "One call to … reaches: …", when it reaches more than one option. */
  summary: string | null;
}

export interface PlanPhase {
  phase: PlanPhaseKind;
  title: string;
  options: ProtectionOption[];
}

export interface ProtectionPlan {
  /** The locale the finder's own sentences are in (the requested one, or "en" when it is not available). */
  locale: string;
  /** False when those sentences are a translation not yet reviewed by a native speaker. */
  translationReviewed: boolean;
  requestedLocale: string | null;
  /** How many options fit (a limited plan lists fewer). */
  optionCount: number;
  /**
   * The options, best first: all of them, or with a limit the best route-distinct ones, keeping
   * the best option of every phase that has one.
   */
  options: ProtectionOption[];
  /** The contact routes of the options, best first. */
  routes: PlanRoute[];
  /** The same options grouped by when to use them; always the three phases in order. */
  phases: PlanPhase[];
  /** Candidates ruled out by a hard rule, in key order. */
  excluded: ExcludedOption[];
  /** Every source of the listed options, once, in order of first citation (options' `sourceRefs` point here). */
  sources: SourceView[];
  /** Every record of the listed options, then of the excluded candidates, once (`recordRef` points here). */
  records: PlanRecord[];
  summary: string;
  safetyNotes: string[];
  /** How many candidates the directory held when the plan was made. */
  candidateCount: number;
}

/**
 * A need that cannot be evaluated. `field` names the input field; the message never repeats
 * the values given (a need describes a person at risk and must not reach a log).
 */
export class FinderInputError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'FinderInputError';
  }
}
