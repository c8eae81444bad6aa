/**
 * GraphQL types of the protection finder. They mirror the pure core's output
 * (`core/types.ts`) field for field; docs/finder.md describes every field.
 */
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Locale, Source } from '../taxonomy/localized';
import { enumOf as asEnum } from '../../shared/enums';
import {
  ChannelKindEnum,
  DefenderProfileEnum,
  ThreatSourceEnum,
  ResponseSpeedEnum,
  RiskTypeEnum,
  ServiceKindEnum,
  UrgencyEnum,
} from '../taxonomy/graphql-enums';
import type { ChannelKind, DefenderProfile, ResponseSpeed, RiskType, ServiceKind, ThreatSource, Urgency } from '../taxonomy/values';
import {
  ELIGIBILITY_STATUSES,
  EXCLUSION_CODES,
  OFFER_TYPES,
  PARENT_TYPES,
  PLAN_PHASES,
  type EligibilityStatus,
  type ExclusionCode,
  type OfferType,
  type ParentType,
  type PlanPhaseKind,
} from './core';

export const ResourceParentTypeEnum = asEnum(PARENT_TYPES);
export const ResourceOfferTypeEnum = asEnum(OFFER_TYPES);
export const OptionEligibilityEnum = asEnum(ELIGIBILITY_STATUSES.filter((s) => s !== 'INELIGIBLE'));
export const ExclusionCodeEnum = asEnum(EXCLUSION_CODES);
export const PlanPhaseKindEnum = asEnum(PLAN_PHASES);

registerEnumType(ResourceParentTypeEnum, {
  name: 'ResourceParentType',
  description: 'The kind of directory record an option comes from.',
  valuesConfig: {
    ORGANIZATION: { description: 'An Organization.' },
    STATE_POLICY: { description: 'A StatePolicy.' },
    MECHANISM: { description: 'A Mechanism.' },
    PROGRAMME: { description: 'A Programme.' },
  },
});
registerEnumType(ResourceOfferTypeEnum, {
  name: 'ResourceOfferType',
  description:
    "What the option is inside its record: an organisation's SERVICE, a state policy's COMMITMENT, a mechanism's PROCEDURE, or a PROGRAMME (its own record).",
  valuesConfig: {
    SERVICE: { description: "One of an organisation's services." },
    COMMITMENT: { description: "One of a state policy's commitments." },
    PROCEDURE: { description: "One of a mechanism's procedures." },
    PROGRAMME: { description: 'A programme, whose offer is the programme itself.' },
  },
});
registerEnumType(OptionEligibilityEnum, {
  name: 'OptionEligibility',
  description: 'ELIGIBLE, or NEEDS_CHECK when a fact must be checked first (the check is the first caveat after any alert).',
  valuesConfig: {
    ELIGIBLE: { description: 'Every hard rule holds for this need.' },
    NEEDS_CHECK: { description: 'No rule rules it out, but a fact must be checked first (see the caveats).' },
  },
});
registerEnumType(ExclusionCodeEnum, {
  name: 'ExclusionCode',
  description: 'The hard rule that ruled a candidate out (docs/finder.md, "Eligibility rules and exclusion codes").',
  valuesConfig: {
    NOT_ACTIVE: { description: 'The offer or its parent record is paused or closed.' },
    RISK_NOT_ADDRESSED: { description: "The offer lists risks and none is the defender's." },
    OUTSIDE_COVERAGE: { description: "The country is outside the offer's coverage." },
    COUNTRY_EXCLUDED: { description: 'The offer explicitly excludes the country.' },
    NOT_MEMBER_OF_SYSTEM: { description: 'The country is not a member of the regional system the offer requires.' },
    MEMBER_OF_EXCLUDED_SYSTEM: { description: 'The country is a member of a system the offer excludes (e.g. EU guidelines apply only outside the EU).' },
    PROCEDURE_NOT_ACCEPTED: { description: 'The state has not accepted the UN procedure, according to the treaty data (as of its date).' },
    INSTRUMENT_NOT_ACCEPTED: {
      description:
        'The state is not a party to the regional instrument the body applies (or has not made the declaration it needs), as of the date of that fact.',
    },
    NOT_UN_MEMBER: { description: 'The country is not a UN member.' },
    PROFILE_REQUIRED: { description: "The offer is only for some profiles, and none of the defender's qualifies." },
    UN_COOPERATION_REQUIRED: { description: 'Reprisal reporting: the risk does not follow cooperation with the UN.' },
    IN_COUNTRY_REQUIRED: { description: 'The offer needs the defender to be in the country, and they are not.' },
    OUTSIDE_COUNTRY_REQUIRED: { description: 'The offer needs the defender to have left the country, and they have not.' },
  },
});
registerEnumType(PlanPhaseKindEnum, {
  name: 'PlanPhaseKind',
  description: 'ACT_NOW: acts within hours or reachable 24/7; NEXT_DAYS: acts within days; LONGER_TERM: weeks, months, fellowships, complaints.',
  valuesConfig: {
    ACT_NOW: { description: 'Acts within hours, or reachable 24/7.' },
    NEXT_DAYS: { description: 'Acts within days.' },
    LONGER_TERM: { description: 'Weeks or months: fellowships, complaints and the like.' },
  },
});

@InputType({
  description: "A defender's situation, as the finder needs it. Never logged, stored or repeated in an error: error messages name the field only.",
})
export class ProtectionNeedInput {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code of the country where the defender is at risk (case-insensitive).' })
  country: string;

  @Field(() => [RiskTypeEnum], { description: 'One or more risks.' })
  risks: RiskType[];

  @Field(() => UrgencyEnum, { description: 'IMMEDIATE (hours), URGENT (days), PLANNED (weeks), PREVENTIVE (no acute threat yet).' })
  urgency: Urgency;

  @Field(() => [DefenderProfileEnum], {
    nullable: true,
    description: 'Who the defender is; treated as complete when given (offers for other profiles are excluded).',
  })
  profiles?: DefenderProfile[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes of the languages the defender can use with a support organisation.' })
  languages?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'The risk follows cooperation with the UN (opens reprisal reporting).' })
  cooperatedWithUn?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the defender is in the country now; unknown when absent (some offers then need a check).' })
  currentlyInCountry?: boolean | null;

  @Field(() => [ThreatSourceEnum], {
    nullable: true,
    description:
      'Who the threat comes from, when known. With STATE_AGENTS a state-run national protection mechanism is never a first step: it is ranked after every other option, with a caveat saying why.',
  })
  threatFrom?: ThreatSource[] | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "Each factor of an option's score, in [0, 1]. score = 0.25·riskFit + 0.25·urgencyFit + 0.15·languageFit + 0.10·profileFit + 0.10·coverage + 0.15·confidence − 0.30·safetyPenalty.",
})
export class ScoreFactors {
  @Field(() => Float, { description: 'How many of the risks the offer addresses (0.5 for a general offer).' }) riskFit: number;
  @Field(() => Float, { description: 'Typical response time against the urgency window; for IMMEDIATE, 30% comes from a confirmed 24/7 channel.' })
  urgencyFit: number;
  @Field(() => Float, { description: 'A contact channel in a language given (0.5 when no language was given).' }) languageFit: number;
  @Field(() => Float, { description: "Aimed at one of the defender's profiles (1), at everyone (0.5), at others (0)." }) profileFit: number;
  @Field(() => Float, { description: 'Names the country (1), covers it through a regional system (0.7), worldwide (0.4).' }) coverage: number;
  @Field(() => Float, { description: 'Recently verified, and nothing to check first.' }) confidence: number;
  @Field(() => Float, { description: 'Subtracted: visibility risks (embassy visits or in-person only under surveillance, public routes).' })
  safetyPenalty: number;
}

@ObjectType({ simpleResolvers: true, description: 'The directory record an option comes from.' })
export class ResourceRef {
  // `id` and `offerId` (global IDs) are resolved by ResourceRefResolver, only when asked for.
  @Field({ description: 'Stable key `<parentType>:<parentSlug>/<offerSlug>` (the option id).' }) key: string;
  @Field(() => ResourceParentTypeEnum, { description: 'The kind of record.' }) parentType: ParentType;
  @Field({ description: "The record's slug." }) parentSlug: string;
  @Field({ description: 'Name of the parent record, in the plan locale.' }) parentName: string;
  @Field(() => ResourceOfferTypeEnum, { description: 'What the option is inside its record.' }) offerType: OfferType;
  @Field({ description: "The offer's slug." }) offerSlug: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "A directory record named by a plan, listed once in the plan's `records` and referenced by position (`recordRef`) from its options and excluded candidates.",
})
export class PlanRecord {
  @Field(() => ID, { description: 'Global ID of the record (Organization, StatePolicy, Mechanism or Programme), usable with node(id).' })
  id: string;
  @Field(() => ResourceParentTypeEnum, { description: 'The kind of record.' }) parentType: ParentType;
  @Field({ description: "The record's slug (the `<parentSlug>` of its options' ids)." }) slug: string;
  @Field({ description: "Name of the record, in its items' text locale (the plan's, or English when the record has no translation)." }) name: string;
}

@ObjectType({ simpleResolvers: true, description: 'A way to make contact. Options list them safest first.' })
export class ChannelView {
  @Field(() => ChannelKindEnum, { description: 'How to make contact.' }) kind: ChannelKind;
  @Field(() => String, { nullable: true, description: 'Null when the channel exists but its address could not be confirmed.' }) value: string | null;
  @Field(() => String, { nullable: true, description: "What the channel is for, or its days and conditions, in the option's `textLocale`; null when none." })
  label: string | null;
  @Field(() => [String], { description: 'ISO 639-1 codes.' }) languages: string[];
  @Field(() => String, { nullable: true, description: 'Opening hours as published, when known.' }) hours: string | null;
  @Field({ description: 'True when the channel can be reached 24 hours a day, 7 days a week.' }) available247: boolean;
  @Field({ description: 'False when the channel is known to exist but its value could not be confirmed.' }) confirmed: boolean;
  @Field(() => String, { nullable: true, description: "How to use it safely, in the option's `textLocale`; null when none." }) safetyNote: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'One ranked, explained protection option.' })
export class ProtectionOption {
  @Field(() => ID, { description: 'Stable key `<parentType>:<parentSlug>/<offerSlug>`, the same across plans and rebuilds.' }) id: string;
  @Field(() => Int, { description: '1 for the best option.' }) rank: number;
  @Field(() => ResourceRef, { description: 'The directory record and offer it comes from.' }) resource: ResourceRef;
  @Field(() => ServiceKindEnum, { description: 'What the offer does.' }) kind: ServiceKind;
  @Field({ description: 'In the plan locale (English when the record has no translation).' }) name: string;
  @Field({ description: "What it does, in the option's `textLocale`." }) description: string;
  @Field(() => PlanPhaseKindEnum, { description: 'When to use it.' }) phase: PlanPhaseKind;
  @Field(() => OptionEligibilityEnum, { description: 'ELIGIBLE, or NEEDS_CHECK when something must be checked first.' }) eligibility: EligibilityStatus;
  @Field(() => Float, { description: 'Weighted sum of the factors, rounded to 4 decimals (range −0.3 to 1).' }) score: number;
  @Field(() => ScoreFactors, { description: 'The factors of its score.' }) factors: ScoreFactors;
  @Field(() => [String], { description: 'Why it fits: risks addressed, 24/7, speed, language, profile, coverage.' }) reasons: string[];
  @Field(() => [String], { description: 'Alerts, checks to make first, safety warnings, reprisal conditions, staleness, data caveats.' }) caveats: string[];
  @Field(() => [String], { description: "What to do, in order: the record's steps (else whom to contact) and its requirements, in the option's `textLocale`." })
  nextSteps: string[];
  @Field(() => Locale, {
    description:
      "The locale of the record's own texts (name, description, next steps, record caveats, channel labels): the plan's, or English when the record has no translation.",
  })
  textLocale: string; // a Locale value (the core's plain string)
  @Field({ description: 'False when those texts are a translation not yet reviewed by a native speaker.' }) translationReviewed: boolean;
  @Field(() => [ChannelView], { description: 'Safest first for this need: under surveillance or digital attack, encrypted channels before phones.' })
  channels: ChannelView[];
  @Field({ description: "True when the channels are the parent record's." }) channelsInherited: boolean;
  @Field(() => Int, { description: "Its contact route: the `rank` of the route in the plan's `routes`." }) route: number;
  @Field(() => ResponseSpeedEnum, { description: 'How fast it typically acts once contacted; UNKNOWN when no source says.' }) speed: ResponseSpeed;
  @Field(() => String, { nullable: true, description: "The record's website (an http or https URL); null when it has none." }) website: string | null;
  @Field({ description: 'The date of the record\'s newest evidence (YYYY-MM-DD): what the freshness factor and the "newest evidence" caveat use.' })
  verifiedOn: string;
  @Field(() => [Source], {
    description: "Where the facts come from. Repeated on every option of a record: a large plan reads `sourceRefs` and the plan's `sources` instead.",
  })
  sources: Source[];
  @Field(() => [Int], {
    description: "The option's sources as positions (from 0) in the plan's `sources`: the same information as `sources`, without repeating it.",
  })
  sourceRefs: number[];
  @Field(() => Int, { description: "The option's record: its position (from 0) in the plan's `records`." }) recordRef: number;
}

@ObjectType({ simpleResolvers: true, description: 'A candidate ruled out by a hard rule, with the rule, so a result can be audited.' })
export class ExcludedOption {
  @Field(() => ID, { description: 'Stable key `<parentType>:<parentSlug>/<offerSlug>`.' }) id: string;
  @Field(() => ResourceRef, { description: 'The directory record and offer it comes from.' }) resource: ResourceRef;
  @Field(() => ServiceKindEnum, { description: 'What the offer does.' }) kind: ServiceKind;
  @Field({ description: 'Its name, in the plan locale (English when the record has no translation).' }) name: string;
  @Field(() => ExclusionCodeEnum, { description: 'The hard rule that ruled it out.' }) code: ExclusionCode;
  @Field({ description: 'One sentence in the plan locale.' }) reason: string;
  @Field(() => Int, { description: "The candidate's record: its position (from 0) in the plan's `records`." }) recordRef: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Options reached through one contact: one record, or records that share a confirmed number, address or form. Say it once: "one call reaches …".',
})
export class PlanRoute {
  @Field(() => Int, { description: '1 for the route of the best option.' }) rank: number;
  @Field(() => ChannelView, { nullable: true, description: 'The first contact of its best option for this need; null when none is confirmed.' })
  channel: ChannelView | null;
  @Field(() => [ID], { description: 'Every option that fits and is reached this way, best first (a limited plan may list only the first in `options`).' })
  optionIds: string[];
  @Field(() => [String], { description: 'Their names, in the same order, in the plan locale.' }) names: string[];
  @Field(() => String, { nullable: true, description: '"One contact (…) reaches: …", when it reaches more than one option.' }) summary: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Options grouped by when to use them.' })
export class PlanPhase {
  @Field(() => PlanPhaseKindEnum, { description: 'Which phase.' }) phase: PlanPhaseKind;
  @Field({ description: 'In the plan locale.' }) title: string;
  @Field(() => [ProtectionOption], { description: 'The same objects as in `options`, in the same order.' }) options: ProtectionOption[];
}

@ObjectType({ simpleResolvers: true, description: 'A ranked, explained protection plan. Deterministic for a given need, locale, date and directory.' })
export class ProtectionPlan {
  @Field(() => Locale, {
    description: "The locale of the finder's own sentences (summary, reasons, checks, safety notes, titles): the requested one, or English.",
  })
  locale: Locale;
  @Field({ description: 'False when those sentences are a translation not yet reviewed by a native speaker.' }) translationReviewed: boolean;
  @Field(() => Locale, { nullable: true, description: 'The locale asked for.' }) requestedLocale: Locale | null;
  @Field(() => Int, { description: 'How many options fit the situation (a plan with `limit` lists fewer).' }) optionCount: number;
  @Field(() => [ProtectionOption], {
    description:
      'The options, best first: every one, or with `limit` the best ones through different contact routes, keeping the best option of each phase that has one.',
  })
  options: ProtectionOption[];
  @Field(() => [PlanRoute], { description: 'The contact routes of the listed options, best first.' }) routes: PlanRoute[];
  @Field(() => [PlanPhase], { description: 'Always ACT_NOW, NEXT_DAYS, LONGER_TERM, in this order.' }) phases: PlanPhase[];
  @Field(() => [ExcludedOption], { description: 'Every candidate ruled out, with the rule; in key order.' }) excluded: ExcludedOption[];
  @Field({ description: 'A few plain-text sentences in `locale`, ready for a chatbot to say.' }) summary: string;
  @Field(() => [String], { description: 'General safety advice; show it once per conversation.' }) safetyNotes: string[];
  @Field(() => Int, { description: 'How many offers the directory held.' }) candidateCount: number;
  @Field(() => [Source], {
    description: "Every source of the listed options, once, in order of first citation; each option's `sourceRefs` are positions in this list.",
  })
  sources: Source[];
  // With their global IDs, by PlanRecordResolver.
  @Field(() => [PlanRecord], {
    description:
      "Every directory record of the listed options, then of the excluded candidates, once, in order of first mention; each item's `recordRef` is a position in this list.",
  })
  records: PlanRecord[];
}
