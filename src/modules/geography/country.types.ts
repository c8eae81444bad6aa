import { Field, ObjectType } from 'type-graphql';
import { Connection, Node, toGlobalId } from '../../shared/relay';
import { LocalizedString, Source, localize } from '../../shared/localized';
import { AcceptanceStatusEnum, RegionalSystemEnum, UnProcedureEnum } from '../taxonomy/graphql-enums';
import type { AcceptanceStatus, Locale as LocaleCode, RegionalSystem, UnProcedure } from '../taxonomy/values';
import { UN_PROCEDURES } from '../taxonomy/values';
import type { CountryRow } from './country.entity';

@ObjectType({ description: "A state's acceptance of one UN procedure." })
export class ProcedureAcceptance {
  @Field(() => UnProcedureEnum) procedure: UnProcedure;
  @Field(() => AcceptanceStatusEnum) status: AcceptanceStatus;
}

@ObjectType({ implements: Node, description: 'A country or territory where a defender may be (ISO 3166-1).' })
export class Country extends Node {
  @Field({ description: 'ISO 3166-1 alpha-2 code.' }) code: string;
  @Field(() => LocalizedString) name: LocalizedString;
  @Field({ description: 'Member of the United Nations.' }) unMember: boolean;
  @Field(() => [RegionalSystemEnum]) memberships: RegionalSystem[];
  @Field(() => [ProcedureAcceptance], { description: 'Every UN procedure, with UNKNOWN where no sourced data says.' })
  procedures: ProcedureAcceptance[];
  @Field(() => Boolean, { nullable: true, description: 'Least developed country (UN list); null when not recorded.' })
  leastDeveloped: boolean | null;
  @Field(() => String, { nullable: true, description: 'The date the procedure data describes.' }) proceduresAsOf: string | null;
  @Field(() => [Source]) sources: Source[];
  @Field() verifiedOn: string;
  @Field() updatedAt: Date;
}

@ObjectType()
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
    procedures: UN_PROCEDURES.map((procedure) => ({ procedure, status: row.procedures[procedure] ?? 'UNKNOWN' })),
    leastDeveloped: row.leastDeveloped,
    proceduresAsOf: row.proceduresAsOf,
    sources: row.sources,
    verifiedOn: row.verifiedOn,
    updatedAt: row.updatedAt,
  });
}
