/** The directory's GraphQL object types, built as class instances from rows (`node(id)` resolves by class). */
import { Field, InterfaceType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { badInput } from '../../shared/errors';
import { Connection, Node, fromGlobalId, toGlobalId } from '../../shared/relay';
import { enumOf } from '../../shared/enums';
import { LocalizedString, Source, localize, localizeOptional, type LocalizedText } from '../taxonomy/localized';
import {
  ApplicationModeEnum,
  ChannelKindEnum,
  DefenderProfileEnum,
  MechanismKindEnum,
  MechanismSystemEnum,
  ProgrammeKindEnum,
  RecordStatusEnum,
  RegionalSystemEnum,
  ResponseSpeedEnum,
  RiskTypeEnum,
  ServiceKindEnum,
  RegionalInstrumentEnum,
  UnProcedureEnum,
  VerificationMethodEnum,
} from '../taxonomy/graphql-enums';
import type * as v from '../taxonomy/values';
import { RECORD_KINDS, TYPE_OF_KIND, type ContactChannelRow, type DirectoryRecordRow, type OfferRow, type RecordKind } from './directory.entity';
import { verificationMethod, type Coverage as CoverageSeed, type EligibilityRule as RuleSeed } from './seed-schema';

export const RecordKindEnum = enumOf(RECORD_KINDS);
registerEnumType(RecordKindEnum, { name: 'DirectoryRecordKind', description: 'The four kinds of directory record.' });

const RULE_KINDS = [
  'MEMBER_OF',
  'NOT_MEMBER_OF',
  'ACCEPTED_PROCEDURE',
  'PARTY_TO',
  'UN_MEMBER',
  'COUNTRY_IN',
  'COUNTRY_NOT_IN',
  'PROFILE_REQUIRED',
  'UN_COOPERATION_REQUIRED',
  'IN_COUNTRY_REQUIRED',
  'OUTSIDE_COUNTRY_REQUIRED',
] as const satisfies readonly RuleSeed['rule'][];
export const EligibilityRuleKindEnum = enumOf(RULE_KINDS);
registerEnumType(EligibilityRuleKindEnum, { name: 'EligibilityRuleKind', description: 'A hard rule on who may use an offer.' });

export const recordGlobalId = (kind: RecordKind, slug: string) => toGlobalId(TYPE_OF_KIND[kind], slug);
export const offerGlobalId = (slug: string) => toGlobalId('Offer', slug);

const KIND_OF_TYPE = Object.fromEntries(Object.entries(TYPE_OF_KIND).map(([k, t]) => [t, k])) as Record<string, RecordKind>;

/** A record's global id to its kind and slug (DirectoryService's RecordKey), or BAD_USER_INPUT naming `field`. */
export function recordKey(id: string, field: string): { kind: RecordKind; slug: string } {
  const parsed = fromGlobalId(id);
  const kind = parsed ? KIND_OF_TYPE[parsed.type] : undefined;
  if (!parsed || !kind) throw badInput(field, 'is not the id of a directory record');
  return { kind, slug: parsed.key };
}

@ObjectType({ description: 'Where an offer works. Countries are inside when global, listed, or members of a listed system, and not excluded.' })
export class Coverage {
  @Field() global: boolean;
  @Field(() => [RegionalSystemEnum]) systems: v.RegionalSystem[];
  @Field(() => [RegionalSystemEnum]) excludeSystems: v.RegionalSystem[];
  @Field(() => [String], { description: 'ISO codes of the countries listed (see `countries` for the countries themselves).' }) countryCodes: string[];
  @Field(() => [String]) excludeCountryCodes: string[];
}

@ObjectType({ description: 'A hard rule on who may use an offer; the fields that apply depend on `rule`.' })
export class EligibilityRule {
  @Field(() => EligibilityRuleKindEnum) rule: RuleSeed['rule'];
  @Field(() => RegionalSystemEnum, { nullable: true }) system: v.RegionalSystem | null;
  @Field(() => UnProcedureEnum, { nullable: true }) procedure: v.UnProcedure | null;
  @Field(() => RegionalInstrumentEnum, { nullable: true, description: 'PARTY_TO: the regional instrument the state must have accepted.' })
  instrument: v.RegionalInstrument | null;
  @Field(() => [String], { description: 'ISO country codes (COUNTRY_IN, COUNTRY_NOT_IN).' }) countries: string[];
  @Field({ description: 'False when the rule rests on a list that is not confirmed: the finder then says "check first", never "eligible".' })
  confirmed: boolean;
  @Field(() => [DefenderProfileEnum]) profiles: v.DefenderProfile[];
}

@ObjectType({ description: 'How to make contact. A channel with `confirmed: false` exists but its value could not be confirmed.' })
export class ContactChannel {
  @Field(() => ChannelKindEnum) kind: v.ChannelKind;
  @Field(() => String, { nullable: true }) value: string | null;
  @Field(() => LocalizedString, { nullable: true }) label: LocalizedString | null;
  @Field(() => [String], { description: 'ISO 639-1 codes of the languages spoken on this channel.' }) languages: string[];
  @Field(() => String, { nullable: true }) hours: string | null;
  @Field() available247: boolean;
  @Field(() => LocalizedString, { nullable: true }) safetyNote: LocalizedString | null;
  @Field() confirmed: boolean;
}

@ObjectType({
  implements: Node,
  description: "An actionable offer: an organisation's service, a state policy's commitment, a mechanism's procedure, or what a programme offers.",
})
export class Offer extends Node {
  @Field() slug: string;
  @Field(() => ServiceKindEnum) kind: v.ServiceKind;
  @Field(() => LocalizedString) name: LocalizedString;
  @Field(() => LocalizedString) description: LocalizedString;
  @Field(() => [RiskTypeEnum]) risks: v.RiskType[];
  @Field(() => [DefenderProfileEnum], { description: 'Profiles the offer is for; empty means everyone.' }) profiles: v.DefenderProfile[];
  @Field(() => Coverage, { nullable: true, description: "Where it works, when narrower than its record's coverage." }) coverage: Coverage | null;
  @Field(() => [EligibilityRule]) eligibility: EligibilityRule[];
  @Field(() => ResponseSpeedEnum) speed: v.ResponseSpeed;
  @Field(() => LocalizedString, { nullable: true }) responseTimeNote: LocalizedString | null;
  @Field(() => [LocalizedString]) requirements: LocalizedString[];
  @Field(() => [LocalizedString]) steps: LocalizedString[];
  @Field(() => [LocalizedString]) caveats: LocalizedString[];
  @Field(() => RecordStatusEnum) status: v.RecordStatus;
  @Field(() => LocalizedString, { nullable: true }) alert: LocalizedString | null;
  recordId: string;
}

@ObjectType({ description: "A record's offers: services, commitments or procedures." })
export class OfferConnection extends Connection(Offer, 'Offer') {}
@ObjectType({ description: "A record's contact channels." })
export class ContactChannelConnection extends Connection(ContactChannel, 'ContactChannel') {}

@InterfaceType({ implements: Node, description: 'What every directory record has: provenance, status, contact channels.' })
export class DirectoryRecord extends Node {
  @Field() slug: string;
  @Field(() => RecordKindEnum) kind: RecordKind;
  @Field(() => LocalizedString, { description: "The name (a state policy's title)." }) name: LocalizedString;
  @Field(() => LocalizedString) summary: LocalizedString;
  @Field(() => RecordStatusEnum) status: v.RecordStatus;
  @Field(() => LocalizedString, { nullable: true, description: 'A short warning, for example why a resource is paused.' }) alert: LocalizedString | null;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => [Source], { description: 'Where the facts were read, each with the date of its evidence.' }) sources: Source[];
  @Field({
    description:
      'The date of the newest evidence a person checked (YYYY-MM-DD; a source dated only to the year or month counts from its first day). Not the day the record was typed.',
  })
  verifiedOn: string;
  @Field(() => VerificationMethodEnum, {
    description: 'How it was verified: the best of its sources (official page read live, a stored copy of an official page, or secondary sources only).',
  })
  verification: v.VerificationMethod;
  @Field({ description: 'When the row last changed (any edit).' }) updatedAt: Date;
  @Field(() => ContactChannelConnection, { description: 'How to make contact, in order (by default all of them).' }) contactChannels: ContactChannelConnection;
  /** Not fields: what field resolvers need. */
  recordId: string;
  /** The country the list this record came from was filtered by: its offers default to the same filter. */
  listCountry?: string;
}

@ObjectType({ implements: [Node, DirectoryRecord], description: 'A support NGO, fund or network.' })
export class Organization extends DirectoryRecord {
  @Field(() => String, { nullable: true }) acronym: string | null;
  @Field(() => [String], { description: 'ISO 639-1 codes of the languages it works in.' }) languages: string[];
  @Field(() => Coverage) coverage: Coverage;
  @Field(() => OfferConnection, { description: "The organisation's services (by default all of them)." }) services: OfferConnection;
  headquartersCode: string | null;
}

@ObjectType({ implements: [Node, DirectoryRecord], description: "A state's (or the EU's) published guidelines for protecting defenders." })
export class StatePolicy extends DirectoryRecord {
  @Field({ description: 'ISO code of the state, or EU.' }) issuer: string;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field(() => String, { nullable: true }) documentUrl: string | null;
  @Field(() => Coverage) coverage: Coverage;
  @Field(() => [EligibilityRule], { description: 'Rules for every commitment (for example: not in the adopting state).' }) eligibility: EligibilityRule[];
  @Field(() => [LocalizedString]) caveats: LocalizedString[];
  @Field(() => OfferConnection, { description: 'What the policy commits to (by default all of it).' }) commitments: OfferConnection;
}

@ObjectType({ implements: [Node, DirectoryRecord], description: 'A UN or regional body a defender can turn to.' })
export class Mechanism extends DirectoryRecord {
  @Field(() => String, { nullable: true }) acronym: string | null;
  @Field(() => MechanismKindEnum) mechanismKind: v.MechanismKind;
  @Field(() => MechanismSystemEnum) system: v.MechanismSystem;
  @Field(() => [EligibilityRule], { description: 'Jurisdiction rules for every procedure (for example membership of the system).' })
  eligibility: EligibilityRule[];
  @Field(() => OfferConnection, { description: "The mechanism's procedures (by default all of them)." }) procedures: OfferConnection;
}

@ObjectType({ implements: [Node, DirectoryRecord], description: 'A fellowship, relocation scheme or fund.' })
export class Programme extends DirectoryRecord {
  @Field(() => ProgrammeKindEnum) programmeKind: v.ProgrammeKind;
  @Field(() => LocalizedString) host: LocalizedString;
  @Field(() => LocalizedString, { nullable: true }) duration: LocalizedString | null;
  @Field(() => LocalizedString, { nullable: true }) whoMayApply: LocalizedString | null;
  @Field(() => ApplicationModeEnum) application: v.ApplicationMode;
  @Field(() => Offer, { description: 'What the programme offers: kind, risks, profiles, speed, eligibility, steps.' }) offer: Offer;
}

@ObjectType()
export class DirectoryRecordConnection extends Connection(DirectoryRecord, 'DirectoryRecord') {}
@ObjectType()
export class OrganizationConnection extends Connection(Organization, 'Organization') {}
@ObjectType()
export class StatePolicyConnection extends Connection(StatePolicy, 'StatePolicy') {}
@ObjectType()
export class MechanismConnection extends Connection(Mechanism, 'Mechanism') {}
@ObjectType()
export class ProgrammeConnection extends Connection(Programme, 'Programme') {}

const texts = (list: LocalizedText[], locale: v.Locale) => list.map((t) => localize(t, locale));

export function toCoverage(c: CoverageSeed): Coverage {
  return Object.assign(new Coverage(), {
    global: c.global,
    systems: c.systems,
    excludeSystems: c.excludeSystems,
    countryCodes: c.countries,
    excludeCountryCodes: c.excludeCountries,
  });
}

export function toRules(rules: RuleSeed[]): EligibilityRule[] {
  return rules.map((r) =>
    Object.assign(new EligibilityRule(), {
      rule: r.rule,
      system: 'system' in r ? r.system : null,
      procedure: 'procedure' in r ? r.procedure : null,
      instrument: 'instrument' in r ? r.instrument : null,
      countries: 'countries' in r ? r.countries : [],
      confirmed: 'confirmed' in r ? r.confirmed : true,
      profiles: 'profiles' in r ? r.profiles : [],
    }),
  );
}

export function toChannel(c: ContactChannelRow, locale: v.Locale): ContactChannel {
  return Object.assign(new ContactChannel(), {
    kind: c.kind,
    value: c.value,
    label: localizeOptional(c.label, locale),
    languages: c.languages,
    hours: c.hours,
    available247: c.available247,
    safetyNote: localizeOptional(c.safetyNote, locale),
    confirmed: c.confirmed,
  });
}

export function toOffer(o: OfferRow, locale: v.Locale): Offer {
  return Object.assign(new Offer(), {
    id: offerGlobalId(o.slug),
    recordId: o.recordId,
    slug: o.slug,
    kind: o.kind,
    name: localize(o.name, locale),
    description: localize(o.description, locale),
    risks: o.risks as v.RiskType[],
    profiles: o.profiles as v.DefenderProfile[],
    coverage: o.coverage ? toCoverage(o.coverage) : null,
    eligibility: toRules(o.eligibility),
    speed: o.speed,
    responseTimeNote: localizeOptional(o.responseTimeNote, locale),
    requirements: texts(o.requirements, locale),
    steps: texts(o.steps, locale),
    caveats: texts(o.caveats, locale),
    status: o.status,
    alert: localizeOptional(o.alert, locale),
  });
}

/** The record's own fields; offers and channels are resolved through loaders. */
export function toRecord(r: DirectoryRecordRow, locale: v.Locale): DirectoryRecord {
  const common = {
    id: recordGlobalId(r.kind, r.slug),
    recordId: r.id,
    slug: r.slug,
    kind: r.kind,
    name: localize(r.name, locale),
    summary: localize(r.summary, locale),
    status: r.status,
    alert: localizeOptional(r.alert, locale),
    website: r.website,
    sources: r.sources,
    verifiedOn: r.verifiedOn,
    verification: verificationMethod(r.sources),
    updatedAt: r.updatedAt,
  };
  const d = r.details;
  switch (r.kind) {
    case 'ORGANIZATION':
      return Object.assign(new Organization(), common, {
        acronym: r.acronym,
        languages: r.languages,
        coverage: toCoverage(r.coverage!),
        headquartersCode: d.headquarters ?? null,
      });
    case 'STATE_POLICY':
      return Object.assign(new StatePolicy(), common, {
        issuer: r.issuer!,
        year: d.year ?? null,
        documentUrl: d.documentUrl ?? null,
        coverage: toCoverage(r.coverage!),
        eligibility: toRules(r.eligibility),
        caveats: texts(r.caveats, locale),
      });
    case 'MECHANISM':
      return Object.assign(new Mechanism(), common, {
        acronym: r.acronym,
        mechanismKind: r.subkind as v.MechanismKind,
        system: r.system as v.MechanismSystem,
        eligibility: toRules(r.eligibility),
      });
    case 'PROGRAMME':
      return Object.assign(new Programme(), common, {
        programmeKind: r.subkind as v.ProgrammeKind,
        host: localize(d.host!, locale),
        duration: localizeOptional(d.duration, locale),
        whoMayApply: localizeOptional(d.whoMayApply, locale),
        application: d.application ?? 'UNKNOWN',
      });
  }
}
