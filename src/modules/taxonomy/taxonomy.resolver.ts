/** `taxonomy`: every value of the directory's vocabularies with a label and a description in the requested locale. */
import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { Locale, LOCALE_ARGUMENT, LocalizedString, localize } from './localized';
import * as L from './labels';
import type { Locale as LocaleCode } from './values';

@ObjectType({ description: 'One value of a vocabulary (as used in the enums and filters), for forms and chatbot menus.' })
export class TaxonomyTerm {
  @Field({ description: 'The enum value, e.g. EMERGENCY_GRANT.' }) value: string;
  @Field(() => LocalizedString, { description: "The value's short name, in the request's locale (else English)." }) label: LocalizedString;
  @Field(() => LocalizedString, { description: "What the value means, in one sentence, in the request's locale (else English)." }) description: LocalizedString;
}

@ObjectType({ description: 'The vocabularies of the directory and the finder.' })
export class Taxonomy {
  @Field(() => [TaxonomyTerm], { description: 'Every value of the RiskType enum.' }) riskTypes: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the Urgency enum.' }) urgencies: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the DefenderProfile enum.' }) defenderProfiles: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the ServiceKind enum.' }) serviceKinds: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the ChannelKind enum.' }) channelKinds: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the RecordStatus enum.' }) recordStatuses: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the ResponseSpeed enum.' }) responseSpeeds: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the RegionalSystem enum.' }) regionalSystems: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the UnProcedure enum.' }) unProcedures: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the AcceptanceStatus enum.' }) acceptanceStatuses: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the MechanismKind enum.' }) mechanismKinds: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the MechanismSystem enum.' }) mechanismSystems: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the ProgrammeKind enum.' }) programmeKinds: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the ApplicationMode enum.' }) applicationModes: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the RegionalInstrument enum.' }) regionalInstruments: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the SourceKind enum.' }) sourceKinds: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the SourceAccess enum.' }) sourceAccesses: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the VerificationMethod enum.' }) verificationMethods: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm], { description: 'Every value of the ThreatSource enum.' }) threatSources: TaxonomyTerm[];
}

const terms = (table: Record<string, L.Term>, locale: LocaleCode): TaxonomyTerm[] =>
  Object.entries(table).map(([value, term]) => ({ value, label: localize(term.label, locale), description: localize(term.description, locale) }));

@Resolver()
export class TaxonomyResolver {
  @Query(() => Taxonomy, {
    description:
      'Labels and descriptions of the vocabularies in en, fr, es, ar, ru, zh or pt (translations not yet reviewed by a native speaker); others fall back to English.',
  })
  taxonomy(@Arg('locale', () => Locale, { nullable: true, description: LOCALE_ARGUMENT }) _locale: Locale | undefined, @Ctx() ctx: AppContext): Taxonomy {
    return {
      riskTypes: terms(L.RISK_TYPE_TERMS, ctx.locale),
      urgencies: terms(L.URGENCY_TERMS, ctx.locale),
      defenderProfiles: terms(L.DEFENDER_PROFILE_TERMS, ctx.locale),
      serviceKinds: terms(L.SERVICE_KIND_TERMS, ctx.locale),
      channelKinds: terms(L.CHANNEL_KIND_TERMS, ctx.locale),
      recordStatuses: terms(L.RECORD_STATUS_TERMS, ctx.locale),
      responseSpeeds: terms(L.RESPONSE_SPEED_TERMS, ctx.locale),
      regionalSystems: terms(L.REGIONAL_SYSTEM_TERMS, ctx.locale),
      unProcedures: terms(L.UN_PROCEDURE_TERMS, ctx.locale),
      acceptanceStatuses: terms(L.ACCEPTANCE_STATUS_TERMS, ctx.locale),
      mechanismKinds: terms(L.MECHANISM_KIND_TERMS, ctx.locale),
      mechanismSystems: terms(L.MECHANISM_SYSTEM_TERMS, ctx.locale),
      programmeKinds: terms(L.PROGRAMME_KIND_TERMS, ctx.locale),
      applicationModes: terms(L.APPLICATION_MODE_TERMS, ctx.locale),
      regionalInstruments: terms(L.REGIONAL_INSTRUMENT_TERMS, ctx.locale),
      sourceKinds: terms(L.SOURCE_KIND_TERMS, ctx.locale),
      sourceAccesses: terms(L.SOURCE_ACCESS_TERMS, ctx.locale),
      verificationMethods: terms(L.VERIFICATION_METHOD_TERMS, ctx.locale),
      threatSources: terms(L.THREAT_SOURCE_TERMS, ctx.locale),
    };
  }
}
