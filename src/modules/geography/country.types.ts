import { Field, ObjectType } from 'type-graphql';
import { Connection, Node, toGlobalId } from '../../shared/relay';
import { LocalizedString, Source, localize } from '../taxonomy/localized';
import { AcceptanceStatusEnum, RegionalInstrumentEnum, RegionalSystemEnum, UnProcedureEnum } from '../taxonomy/graphql-enums';
import type { AcceptanceStatus, Locale as LocaleCode, RegionalInstrument, RegionalSystem, UnProcedure } from '../taxonomy/values';
import { REGIONAL_INSTRUMENTS, UN_PROCEDURES } from '../taxonomy/values';
import type { CountryRow } from './country.entity';
import type { AcceptanceFact, CountrySource } from './seed-schema';

@ObjectType({ description: "A state's acceptance of one UN procedure, with the date the fact describes and where it was read." })
export class ProcedureAcceptance {
  @Field(() => UnProcedureEnum, { description: 'The UN procedure.' }) procedure: UnProcedure;
  @Field(() => AcceptanceStatusEnum, { description: 'Whether the state has accepted it; UNKNOWN when no sourced data says.' }) status: AcceptanceStatus;
  @Field(() => String, {
    nullable: true,
    description: 'The date the fact describes: YYYY-MM-DD, or YYYY-MM or YYYY when the source says no more; null when UNKNOWN.',
  })
  asOf: string | null;
  @Field(() => Source, { nullable: true, description: 'Where it was read; null when UNKNOWN.' }) source: Source | null;
}

@ObjectType({ description: 'Whether a state is a party to one regional instrument, with the date the fact describes and where it was read.' })
export class InstrumentAcceptance {
  @Field(() => RegionalInstrumentEnum, { description: 'The regional instrument.' }) instrument: RegionalInstrument;
  @Field(() => AcceptanceStatusEnum, { description: 'Whether the state is a party to it; UNKNOWN when no sourced data says.' }) status: AcceptanceStatus;
  @Field(() => String, {
    nullable: true,
    description: 'The date the fact describes: YYYY-MM-DD, or YYYY-MM or YYYY when the source says no more; null when UNKNOWN.',
  })
  asOf: string | null;
  @Field(() => Source, { nullable: true, description: 'Where it was read; null when UNKNOWN.' }) source: Source | null;
}

@ObjectType({ implements: Node, description: 'A country or territory where a defender may be (ISO 3166-1).' })
export class Country extends Node {
  @Field({ description: 'ISO 3166-1 alpha-2 code.' }) code: string;
  @Field(() => LocalizedString, { description: "The country's name in the request's locale (else English)." }) name: LocalizedString;
  @Field({ description: 'Member of the United Nations.' }) unMember: boolean;
  @Field(() => [RegionalSystemEnum], { description: 'The regional systems the state is a member of (empty when none).' }) memberships: RegionalSystem[];
  @Field(() => [ProcedureAcceptance], { description: 'Every UN procedure, with UNKNOWN where no sourced data says.' })
  procedures: ProcedureAcceptance[];
  @Field(() => [InstrumentAcceptance], { description: 'Every regional instrument, with UNKNOWN where no sourced data says.' })
  instruments: InstrumentAcceptance[];
  @Field(() => Boolean, { nullable: true, description: 'Least developed country (UN list); null when not recorded.' })
  leastDeveloped: boolean | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The oldest date any of its UN procedure facts describes (YYYY, YYYY-MM or YYYY-MM-DD; each fact has its own `asOf`); null when no fact is recorded.',
  })
  proceduresAsOf: string | null;
  @Field(() => [Source], { description: "Every source of this country's facts." }) sources: Source[];
  @Field({ description: 'The date of the newest evidence among its sources (YYYY-MM-DD).' }) verifiedOn: string;
  @Field({ description: 'When this record last changed in the database (UTC).' }) updatedAt: Date;
}

@ObjectType({ description: 'A page of countries.' })
export class CountryConnection extends Connection(Country, 'Country') {}

export const countryId = (code: string) => toGlobalId('Country', code);

export function toCountry(row: CountryRow, locale: LocaleCode): Country {
  // An instance, not a plain object: `node(id)` resolves the Node interface by class.
  return Object.assign(new Country(), {
    id: countryId(row.code),
    code: row.code,
    name: localize(row.names, locale),
    unMember: row.unMember,
    memberships: row.memberships,
    procedures: UN_PROCEDURES.map((procedure) => ({ procedure, ...acceptance(row.procedures[procedure], row.sources) })),
    instruments: REGIONAL_INSTRUMENTS.map((instrument) => ({ instrument, ...acceptance(row.instruments[instrument], row.sources) })),
    leastDeveloped: row.leastDeveloped,
    proceduresAsOf: oldest(Object.values(row.procedures).map((f) => f!.asOf)),
    sources: row.sources.map(toSource),
    verifiedOn: row.verifiedOn,
    updatedAt: row.updatedAt,
  });
}

function acceptance(fact: AcceptanceFact | undefined, sources: readonly CountrySource[]) {
  if (!fact) return { status: 'UNKNOWN' as const, asOf: null, source: null };
  const found = sources.find((s) => s.id === fact.source);
  return { status: fact.status, asOf: fact.asOf, source: found ? toSource(found) : null };
}

function toSource({ id: _id, ...s }: CountrySource): Source {
  return s;
}

function oldest(dates: readonly string[]): string | null {
  return dates.length ? dates.reduce((a, b) => (b < a ? b : a)) : null;
}
