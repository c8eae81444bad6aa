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
registerEnumType(RecordKindEnum, {
  name: 'DirectoryRecordKind',
  description: 'The four kinds of directory record.',
  valuesConfig: {
    ORGANIZATION: { description: 'A support NGO, fund or network (type Organization).' },
    STATE_POLICY: { description: "A state's (or the EU's) published guidelines for protecting defenders (type StatePolicy)." },
    MECHANISM: { description: 'A UN or regional body a defender can turn to (type Mechanism).' },
    PROGRAMME: { description: 'A fellowship, relocation scheme or fund (type Programme).' },
  },
});

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
registerEnumType(EligibilityRuleKindEnum, {
  name: 'EligibilityRuleKind',
  description: 'A hard rule on who may use an offer.',
  valuesConfig: {
    MEMBER_OF: { description: "The defender's country must be a member of `system`." },
    NOT_MEMBER_OF: { description: "The defender's country must not be a member of `system`." },
    ACCEPTED_PROCEDURE: { description: "The defender's country must have accepted the UN `procedure`; UNKNOWN acceptance means check first." },
    PARTY_TO: { description: "The defender's country must be a party to the regional `instrument`; UNKNOWN means check first." },
    UN_MEMBER: { description: "The defender's country must be a UN member." },
    COUNTRY_IN: { description: "The defender's country must be one of `countries` (check first when the list is not `confirmed`)." },
    COUNTRY_NOT_IN: { description: "The defender's country must not be one of `countries` (check first when the list is not `confirmed`)." },
    PROFILE_REQUIRED: { description: 'The defender must have one of `profiles` (check first when the need gives none).' },
    UN_COOPERATION_REQUIRED: {
      description: 'Only for a defender who cooperated with the UN or faces reprisals for it (cooperatedWithUn, or the REPRISAL_FOR_UN_COOPERATION risk).',
    },
    IN_COUNTRY_REQUIRED: { description: 'The defender must be in the country (check first when the need does not say).' },
    OUTSIDE_COUNTRY_REQUIRED: { description: 'The defender must be outside the country (check first when the need does not say).' },
  },
});

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
  @Field({ description: 'True when it works everywhere (minus the exclusions).' }) global: boolean;
  @Field(() => [RegionalSystemEnum], { description: 'Regional systems whose member states are inside.' }) systems: v.RegionalSystem[];
  @Field(() => [RegionalSystemEnum], { description: 'Regional systems whose member states are outside.' }) excludeSystems: v.RegionalSystem[];
  @Field(() => [String], { description: 'ISO codes of the countries listed (see `countries` for the countries themselves).' }) countryCodes: string[];
  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes of the countries excluded.' }) excludeCountryCodes: string[];
}

@ObjectType({ description: 'A hard rule on who may use an offer; the fields that apply depend on `rule`.' })
export class EligibilityRule {
  @Field(() => EligibilityRuleKindEnum, { description: 'What the rule requires.' }) rule: RuleSeed['rule'];
  @Field(() => RegionalSystemEnum, { nullable: true, description: 'MEMBER_OF, NOT_MEMBER_OF: the regional system; null for other rules.' })
  system: v.RegionalSystem | null;
  @Field(() => UnProcedureEnum, { nullable: true, description: 'ACCEPTED_PROCEDURE: the UN procedure the state must have accepted; null for other rules.' })
  procedure: v.UnProcedure | null;
  @Field(() => RegionalInstrumentEnum, { nullable: true, description: 'PARTY_TO: the regional instrument the state must have accepted.' })
  instrument: v.RegionalInstrument | null;
  @Field(() => [String], { description: 'ISO country codes (COUNTRY_IN, COUNTRY_NOT_IN).' }) countries: string[];
  @Field({ description: 'False when the rule rests on a list that is not confirmed: the finder then says "check first", never "eligible".' })
  confirmed: boolean;
  @Field(() => [DefenderProfileEnum], { description: 'PROFILE_REQUIRED: the profiles, any of which qualifies; empty for other rules.' })
  profiles: v.DefenderProfile[];
}

@ObjectType({ description: 'How to make contact. A channel with `confirmed: false` exists but its value could not be confirmed.' })
export class ContactChannel {
  @Field(() => ChannelKindEnum, { description: 'How to make contact.' }) kind: v.ChannelKind;
  @Field(() => String, { nullable: true, description: 'The address, number or URL exactly as read in a source; null when it could not be confirmed.' }) value:
    string | null;
  @Field(() => LocalizedString, {
    nullable: true,
    description: "What the channel is for, or its days and conditions, in the request's locale (else English); null when none.",
  })
  label: LocalizedString | null;
  @Field(() => [String], { description: 'ISO 639-1 codes of the languages spoken on this channel.' }) languages: string[];
  @Field(() => String, { nullable: true, description: 'Opening hours in language-neutral times, such as "24/7" or "08:00-16:00"; null when not known.' })
  hours: string | null;
  @Field({ description: 'True when the channel can be reached 24 hours a day, 7 days a week.' }) available247: boolean;
  @Field(() => LocalizedString, { nullable: true, description: "How to use it safely, in the request's locale (else English); null when none." })
  safetyNote: LocalizedString | null;
  @Field({ description: 'False when the channel is known to exist but its value could not be confirmed.' }) confirmed: boolean;
}

@ObjectType({
  implements: Node,
  description: "An actionable offer: an organisation's service, a state policy's commitment, a mechanism's procedure, or what a programme offers.",
})
export class Offer extends Node {
  @Field({ description: 'Unique lowercase name (a-z, 0-9, single hyphens).' }) slug: string;
  @Field(() => ServiceKindEnum, { description: 'What the offer does.' }) kind: v.ServiceKind;
  @Field(() => LocalizedString, { description: "Its name, in the request's locale (else English)." }) name: LocalizedString;
  @Field(() => LocalizedString, { description: "What it does, in the request's locale (else English)." }) description: LocalizedString;
  @Field(() => [RiskTypeEnum], { description: 'The risks it addresses; empty means it is not limited to some risks.' }) risks: v.RiskType[];
  @Field(() => [DefenderProfileEnum], { description: 'Profiles the offer is for; empty means everyone.' }) profiles: v.DefenderProfile[];
  @Field(() => Coverage, { nullable: true, description: "Where it works, when narrower than its record's coverage." }) coverage: Coverage | null;
  @Field(() => [EligibilityRule], { description: 'Hard rules on who may use it, all of which must hold (empty: no rule).' }) eligibility: EligibilityRule[];
  @Field(() => ResponseSpeedEnum, { description: 'How fast it typically acts once contacted; UNKNOWN when no source says.' }) speed: v.ResponseSpeed;
  @Field(() => LocalizedString, {
    nullable: true,
    description: "What the sources say about its response time, in the request's locale (else English); null when nothing.",
  })
  responseTimeNote: LocalizedString | null;
  @Field(() => [LocalizedString], { description: "What a defender must have or do to use it, in the request's locale (else English)." })
  requirements: LocalizedString[];
  @Field(() => [LocalizedString], { description: "How to use it, in order, in the request's locale (else English)." }) steps: LocalizedString[];
  @Field(() => [LocalizedString], { description: "Limits and warnings, in the request's locale (else English)." }) caveats: LocalizedString[];
  @Field(() => RecordStatusEnum, { description: 'Whether it is offered: the finder proposes only ACTIVE offers and UNCERTAIN ones as "check first".' })
  status: v.RecordStatus;
  @Field(() => LocalizedString, {
    nullable: true,
    description: "A short warning, for example why it is paused, in the request's locale (else English); null when none.",
  })
  alert: LocalizedString | null;
  recordId: string;
}

@ObjectType({ description: "A record's offers: services, commitments or procedures." })
export class OfferConnection extends Connection(Offer, 'Offer') {}
@ObjectType({ description: "A record's contact channels." })
export class ContactChannelConnection extends Connection(ContactChannel, 'ContactChannel') {}

@InterfaceType({ implements: Node, description: 'What every directory record has: provenance, status, contact channels.' })
export class DirectoryRecord extends Node {
  @Field({ description: 'Unique lowercase name in URLs (a-z, 0-9, single hyphens).' }) slug: string;
  @Field(() => RecordKindEnum, { description: 'Which of the four kinds the record is.' }) kind: RecordKind;
  @Field(() => LocalizedString, { description: "The name (a state policy's title)." }) name: LocalizedString;
  @Field(() => LocalizedString, { description: "What it is and does, in the request's locale (else English)." }) summary: LocalizedString;
  @Field(() => RecordStatusEnum, { description: 'ACTIVE, UNCERTAIN (check first), PAUSED or CLOSED.' }) status: v.RecordStatus;
  @Field(() => LocalizedString, { nullable: true, description: 'A short warning, for example why a resource is paused.' }) alert: LocalizedString | null;
  @Field(() => String, { nullable: true, description: 'Its website (an http or https URL); null when it has none.' }) website: string | null;
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
  @Field(() => String, { nullable: true, description: 'Its acronym; null when it has none.' }) acronym: string | null;
  @Field(() => [String], { description: 'ISO 639-1 codes of the languages it works in.' }) languages: string[];
  @Field(() => Coverage, { description: 'Where it works.' }) coverage: Coverage;
  @Field(() => OfferConnection, { description: "The organisation's services (by default all of them)." }) services: OfferConnection;
  headquartersCode: string | null;
}

@ObjectType({ implements: [Node, DirectoryRecord], description: "A state's (or the EU's) published guidelines for protecting defenders." })
export class StatePolicy extends DirectoryRecord {
  @Field({ description: 'ISO code of the state, or EU.' }) issuer: string;
  @Field(() => Int, { nullable: true, description: 'The year of the policy document; null when not recorded.' }) year: number | null;
  @Field(() => String, { nullable: true, description: 'Where the policy document can be read (an http or https URL); null when none is known.' }) documentUrl:
    string | null;
  @Field(() => Coverage, { description: 'Where the policy applies.' }) coverage: Coverage;
  @Field(() => [EligibilityRule], { description: 'Rules for every commitment (for example: not in the adopting state).' }) eligibility: EligibilityRule[];
  @Field(() => [LocalizedString], { description: "Limits and warnings, in the request's locale (else English)." }) caveats: LocalizedString[];
  @Field(() => OfferConnection, { description: 'What the policy commits to (by default all of it).' }) commitments: OfferConnection;
}

@ObjectType({ implements: [Node, DirectoryRecord], description: 'A UN or regional body a defender can turn to.' })
export class Mechanism extends DirectoryRecord {
  @Field(() => String, { nullable: true, description: 'Its acronym; null when it has none.' }) acronym: string | null;
  @Field(() => MechanismKindEnum, { description: 'What kind of body it is.' }) mechanismKind: v.MechanismKind;
  @Field(() => MechanismSystemEnum, { description: 'The UN, a regional system, or one state (NATIONAL).' }) system: v.MechanismSystem;
  @Field(() => [EligibilityRule], { description: 'Jurisdiction rules for every procedure (for example membership of the system).' })
  eligibility: EligibilityRule[];
  @Field(() => OfferConnection, { description: "The mechanism's procedures (by default all of them)." }) procedures: OfferConnection;
}

@ObjectType({ implements: [Node, DirectoryRecord], description: 'A fellowship, relocation scheme or fund.' })
export class Programme extends DirectoryRecord {
  @Field(() => ProgrammeKindEnum, { description: 'What the programme offers.' }) programmeKind: v.ProgrammeKind;
  @Field(() => LocalizedString, { description: "Who runs or hosts it, in the request's locale (else English)." }) host: LocalizedString;
  @Field(() => LocalizedString, { nullable: true, description: "How long it lasts, in the request's locale (else English); null when not known." })
  duration: LocalizedString | null;
  @Field(() => LocalizedString, { nullable: true, description: "Who may apply, in the request's locale (else English); null when not stated." })
  whoMayApply: LocalizedString | null;
  @Field(() => ApplicationModeEnum, { description: 'How it takes applications; UNKNOWN when no source says.' }) application: v.ApplicationMode;
  @Field(() => Offer, { description: 'What the programme offers: kind, risks, profiles, speed, eligibility, steps.' }) offer: Offer;
}

@ObjectType({ description: 'A page of directory records of any kind.' })
export class DirectoryRecordConnection extends Connection(DirectoryRecord, 'DirectoryRecord') {}
@ObjectType({ description: 'A page of organisations.' })
export class OrganizationConnection extends Connection(Organization, 'Organization') {}
@ObjectType({ description: 'A page of state policies.' })
export class StatePolicyConnection extends Connection(StatePolicy, 'StatePolicy') {}
@ObjectType({ description: 'A page of mechanisms.' })
export class MechanismConnection extends Connection(Mechanism, 'Mechanism') {}
@ObjectType({ description: 'A page of programmes.' })
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

function buildChannel(c: ContactChannelRow, locale: v.Locale): ContactChannel {
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

function buildOffer(o: OfferRow, locale: v.Locale): Offer {
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
function buildRecord(r: DirectoryRecordRow, locale: v.Locale): DirectoryRecord {
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

/**
 * A row's GraphQL object, built once per locale: the rows in memory (directory.rows.ts) live
 * until the next change, and their objects with them (the WeakMap drops both together), so a
 * read builds nothing per request. Requests share the objects: frozen, never changed.
 */
function oncePerLocale<R extends object, T extends object>(build: (row: R, locale: v.Locale) => T): (row: R, locale: v.Locale) => T {
  const built = new WeakMap<R, Map<v.Locale, T>>();
  return (row, locale) => {
    let byLocale = built.get(row);
    if (!byLocale) built.set(row, (byLocale = new Map()));
    let object = byLocale.get(locale);
    if (!object) byLocale.set(locale, (object = Object.freeze(build(row, locale))));
    return object;
  };
}

export const toChannel = oncePerLocale(buildChannel);
export const toOffer = oncePerLocale(buildOffer);
export const toRecord = oncePerLocale(buildRecord);

/** A record as listed by a country: a copy (the shared object stays as it is) whose offers default to that country. */
export const inCountry = <T extends DirectoryRecord>(record: T, country: string): T =>
  Object.assign(Object.create(Object.getPrototypeOf(record) as object) as T, record, { listCountry: country });
