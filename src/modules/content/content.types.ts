/** GraphQL types of campaign content. Built as class instances: `node(id)` resolves Node by class. */
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, Node, toGlobalId } from '../../shared/relay';
import { enumOf as asEnum } from '../../shared/enums';
import { LocalizedString, localize, localizeOptional } from '../taxonomy/localized';
import { DefenderProfileEnum, RiskTypeEnum } from '../taxonomy/graphql-enums';
import type { DefenderProfile, Locale as LocaleCode, RiskType } from '../taxonomy/values';
import { CONSENT_GIVERS, type CampaignRow, type ConsentGiver, type PageRow, type SpotlightConsentRow, type SpotlightRow } from './content.entity';
import { PAGE_KINDS, PUBLICATION_STATUSES, type PageKind, type PublicationStatus } from './seed-schema';
import { isSigningOpen } from './content.service';

export const PageKindEnum = asEnum(PAGE_KINDS);
export const ContentStatusEnum = asEnum(PUBLICATION_STATUSES);
export const ConsentGiverEnum = asEnum(CONSENT_GIVERS);
registerEnumType(PageKindEnum, { name: 'PageKind', description: 'What a campaign page is for.' });
registerEnumType(ContentStatusEnum, { name: 'ContentStatus', description: 'DRAFT content is visible to editors only; PUBLISHED content to everyone.' });
registerEnumType(ConsentGiverEnum, {
  name: 'ConsentGiver',
  description: 'Who gave the consent to publish a spotlight: the defender, or a representative (for example while they are detained).',
});

@ObjectType('ContentSource', { description: 'A document a campaign text is based on; some were received as files and have no URL.' })
export class ContentSource {
  @Field(() => String, { nullable: true }) url: string | null;
  @Field() title: string;
}

const sourcesOf = (s: { url?: string; title: string }[]) => s.map((x) => ({ url: x.url ?? null, title: x.title }));

@ObjectType({ implements: Node, description: 'A campaign page: localized title, summary and Markdown body (clients render the Markdown).' })
export class Page extends Node {
  @Field() slug: string;
  @Field(() => PageKindEnum) kind: PageKind;
  @Field(() => ContentStatusEnum) status: PublicationStatus;
  @Field(() => String, { nullable: true, description: 'Date of publication (YYYY-MM-DD); null for a page never published.' }) publishedOn: string | null;
  @Field(() => Int, { description: 'Position in navigation, ascending.' }) order: number;
  @Field(() => LocalizedString) title: LocalizedString;
  @Field(() => LocalizedString, { nullable: true }) summary: LocalizedString | null;
  @Field(() => LocalizedString, { description: 'Markdown.' }) body: LocalizedString;
  @Field(() => [ContentSource]) sources: ContentSource[];
  @Field(() => String, { nullable: true }) verifiedOn: string | null;
  @Field() updatedAt: Date;
  /** Resolved by a field resolver through the campaign loader. */
  campaignId: string | null;
}

@ObjectType({ description: 'One demand a campaign puts to its addressees.' })
export class CampaignDemand {
  @Field() slug: string;
  @Field(() => LocalizedString) text: LocalizedString;
}

@ObjectType({ description: 'A kind of defender a campaign names, with the directory profiles it matches.' })
export class CampaignDefenderKind {
  @Field() slug: string;
  @Field(() => LocalizedString) label: LocalizedString;
  @Field(() => [DefenderProfileEnum]) profiles: DefenderProfile[];
}

@ObjectType({ description: 'A kind of attack a campaign names, with the directory risk types it matches.' })
export class CampaignAttackKind {
  @Field() slug: string;
  @Field(() => LocalizedString) label: LocalizedString;
  @Field(() => [RiskTypeEnum]) risks: RiskType[];
}

@ObjectType({ implements: Node, description: 'A campaign: its call to action and demands. Signatures are in the supporters part of the API.' })
export class Campaign extends Node {
  @Field() slug: string;
  @Field(() => ContentStatusEnum) status: PublicationStatus;
  @Field(() => String, { nullable: true }) publishedOn: string | null;
  @Field(() => LocalizedString) title: LocalizedString;
  @Field(() => LocalizedString) summary: LocalizedString;
  @Field(() => LocalizedString, { description: 'The short invitation shown next to the signature form.' }) callToAction: LocalizedString;
  @Field(() => LocalizedString, { description: 'Who the demands are addressed to.' }) addressees: LocalizedString;
  @Field(() => [CampaignDemand]) demands: CampaignDemand[];
  @Field(() => LocalizedString, { description: 'What is handed to the addressees, and what never is.' }) handOver: LocalizedString;
  @Field(() => [CampaignDefenderKind]) defenderKinds: CampaignDefenderKind[];
  @Field(() => [CampaignAttackKind]) attackKinds: CampaignAttackKind[];
  @Field(() => Int, { nullable: true, description: 'Only when a source states a target; null means no goal is claimed.' }) signatureGoal: number | null;
  @Field(() => String, { nullable: true, description: 'First day of signing (inclusive); null: open-ended.' }) startsOn: string | null;
  @Field(() => String, { nullable: true, description: 'Last day of signing (inclusive); null: open-ended.' }) endsOn: string | null;
  @Field({ description: 'Published, and today is within startsOn..endsOn.' }) signingOpen: boolean;
  @Field(() => [ContentSource]) sources: ContentSource[];
  @Field(() => String, { nullable: true }) verifiedOn: string | null;
  @Field() updatedAt: Date;
  /** The table row's uuid, for field resolvers of other modules (signature counts). */
  rowId: string;
}

@ObjectType({ description: 'The record of a consent to publish a spotlight (editors only: it may say more about the person than the story does).' })
export class SpotlightConsent {
  @Field(() => ConsentGiverEnum) givenBy: ConsentGiver;
  @Field({ description: 'When the consent was given (YYYY-MM-DD).' }) givenOn: string;
  @Field({ description: 'What was consented to: which text, where, in which languages.' }) scope: string;
  @Field() recordedAt: Date;
  @Field({ description: 'The API token that recorded it.' }) recordedBy: string;
  @Field(() => Date, { nullable: true }) withdrawnAt: Date | null;
}

@ObjectType({
  implements: Node,
  description:
    "A defender's public story, published only while the defender (or a representative) consents. " +
    'It never carries private contact data: there is no e-mail or phone field, and texts containing one are refused.',
})
export class DefenderSpotlight extends Node {
  @Field({ description: 'The name shown; may be a pseudonym.' }) displayName: string;
  @Field() isPseudonym: boolean;
  @Field({ description: 'ISO 3166-1 alpha-2 code of the country the story is about.' }) countryCode: string;
  @Field(() => LocalizedString, { description: 'What the defender works on.' }) focus: LocalizedString;
  @Field(() => [DefenderProfileEnum]) profiles: DefenderProfile[];
  @Field(() => LocalizedString, { description: 'Markdown.' }) story: LocalizedString;
  @Field(() => ContentStatusEnum) status: PublicationStatus;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field() updatedAt: Date;
  rowId: string;
  consentId: string | null;
}

@ObjectType()
export class PageConnection extends Connection(Page, 'Page') {}
@ObjectType()
export class CampaignConnection extends Connection(Campaign, 'Campaign') {}
@ObjectType()
export class DefenderSpotlightConnection extends Connection(DefenderSpotlight, 'DefenderSpotlight') {}

export const pageId = (id: string) => toGlobalId('Page', id);
export const campaignId = (id: string) => toGlobalId('Campaign', id);
export const spotlightId = (id: string) => toGlobalId('DefenderSpotlight', id);

export function toPage(row: PageRow, locale: LocaleCode): Page {
  return Object.assign(new Page(), {
    id: pageId(row.id),
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    publishedOn: row.publishedOn,
    order: row.order,
    title: localize(row.title, locale),
    summary: localizeOptional(row.summary, locale),
    body: localize(row.body, locale),
    sources: sourcesOf(row.sources),
    verifiedOn: row.verifiedOn,
    updatedAt: row.updatedAt,
    campaignId: row.campaignId,
  });
}

export function toCampaign(row: CampaignRow, locale: LocaleCode): Campaign {
  return Object.assign(new Campaign(), {
    id: campaignId(row.id),
    rowId: row.id,
    slug: row.slug,
    status: row.status,
    publishedOn: row.publishedOn,
    title: localize(row.title, locale),
    summary: localize(row.summary, locale),
    callToAction: localize(row.callToAction, locale),
    addressees: localize(row.addressees, locale),
    demands: row.demands.map((d) => ({ slug: d.slug, text: localize(d.text, locale) })),
    handOver: localize(row.handOver, locale),
    defenderKinds: row.defenderKinds.map((k) => ({ slug: k.slug, label: localize(k.label, locale), profiles: k.profiles })),
    attackKinds: row.attackKinds.map((k) => ({ slug: k.slug, label: localize(k.label, locale), risks: k.risks })),
    signatureGoal: row.signatureGoal,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    signingOpen: isSigningOpen(row),
    sources: sourcesOf(row.sources),
    verifiedOn: row.verifiedOn,
    updatedAt: row.updatedAt,
  });
}

export function toSpotlight(row: SpotlightRow, locale: LocaleCode): DefenderSpotlight {
  return Object.assign(new DefenderSpotlight(), {
    id: spotlightId(row.id),
    rowId: row.id,
    displayName: row.displayName,
    isPseudonym: row.isPseudonym,
    countryCode: row.countryCode,
    focus: localize(row.focus, locale),
    profiles: row.profiles,
    story: localize(row.story, locale),
    status: row.status,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    consentId: row.consentId,
  });
}

export function toConsent(row: SpotlightConsentRow): SpotlightConsent {
  return Object.assign(new SpotlightConsent(), {
    givenBy: row.givenBy,
    givenOn: row.givenOn,
    scope: row.scope,
    recordedAt: row.recordedAt,
    recordedBy: row.recordedBy,
    withdrawnAt: row.withdrawnAt,
  });
}

// ---- inputs and payloads ------------------------------------------------------------------

@InputType({ description: 'A text per language; English is required and is the fallback.' })
export class ContentTextInput {
  @Field() en: string;
  @Field(() => String, { nullable: true }) fr?: string | null;
  @Field(() => String, { nullable: true }) es?: string | null;
  @Field(() => String, { nullable: true }) ar?: string | null;
  @Field(() => String, { nullable: true }) ru?: string | null;
  @Field(() => String, { nullable: true }) zh?: string | null;
}

@InputType()
export class ContentSourceInput {
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field() title: string;
}

@InputType()
export class CreatePageInput {
  @Field() slug: string;
  @Field(() => PageKindEnum) kind: PageKind;
  @Field(() => ContentTextInput) title: ContentTextInput;
  @Field(() => ContentTextInput, { nullable: true }) summary?: ContentTextInput | null;
  @Field(() => ContentTextInput, { description: 'Markdown.' }) body: ContentTextInput;
  @Field(() => String, { nullable: true, description: 'Slug of the campaign the page belongs to.' }) campaign?: string | null;
  @Field(() => Int, { nullable: true }) order?: number | null;
  @Field(() => [ContentSourceInput], { nullable: true }) sources?: ContentSourceInput[] | null;
  @Field(() => String, { nullable: true }) verifiedOn?: string | null;
}

@InputType({ description: 'Fields left out are unchanged; a text given replaces every language of it.' })
export class UpdatePageInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) slug?: string | null;
  @Field(() => PageKindEnum, { nullable: true }) kind?: PageKind | null;
  @Field(() => ContentTextInput, { nullable: true }) title?: ContentTextInput | null;
  @Field(() => ContentTextInput, { nullable: true, description: 'null removes the summary.' }) summary?: ContentTextInput | null;
  @Field(() => ContentTextInput, { nullable: true }) body?: ContentTextInput | null;
  @Field(() => String, { nullable: true, description: 'null detaches the page from its campaign.' }) campaign?: string | null;
  @Field(() => Int, { nullable: true }) order?: number | null;
  @Field(() => [ContentSourceInput], { nullable: true }) sources?: ContentSourceInput[] | null;
  @Field(() => String, { nullable: true }) verifiedOn?: string | null;
}

@InputType()
export class PublishPageInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'Publication date (YYYY-MM-DD); defaults to the earlier one, else today.' })
  publishedOn?: string | null;
}

@InputType()
export class UnpublishPageInput {
  @Field(() => ID) id: string;
}

@InputType()
export class CampaignDemandInput {
  @Field() slug: string;
  @Field(() => ContentTextInput) text: ContentTextInput;
}

@InputType()
export class CampaignDefenderKindInput {
  @Field() slug: string;
  @Field(() => ContentTextInput) label: ContentTextInput;
  @Field(() => [DefenderProfileEnum], { nullable: true }) profiles?: DefenderProfile[] | null;
}

@InputType()
export class CampaignAttackKindInput {
  @Field() slug: string;
  @Field(() => ContentTextInput) label: ContentTextInput;
  @Field(() => [RiskTypeEnum], { nullable: true }) risks?: RiskType[] | null;
}

@InputType()
export class CreateCampaignInput {
  @Field() slug: string;
  @Field(() => ContentStatusEnum, { nullable: true, description: 'Default DRAFT.' }) status?: PublicationStatus | null;
  @Field(() => String, { nullable: true, description: 'Defaults to today when published.' }) publishedOn?: string | null;
  @Field(() => ContentTextInput) title: ContentTextInput;
  @Field(() => ContentTextInput) summary: ContentTextInput;
  @Field(() => ContentTextInput) callToAction: ContentTextInput;
  @Field(() => ContentTextInput) addressees: ContentTextInput;
  @Field(() => [CampaignDemandInput]) demands: CampaignDemandInput[];
  @Field(() => ContentTextInput) handOver: ContentTextInput;
  @Field(() => [CampaignDefenderKindInput], { nullable: true }) defenderKinds?: CampaignDefenderKindInput[] | null;
  @Field(() => [CampaignAttackKindInput], { nullable: true }) attackKinds?: CampaignAttackKindInput[] | null;
  @Field(() => Int, { nullable: true }) signatureGoal?: number | null;
  @Field(() => String, { nullable: true }) startsOn?: string | null;
  @Field(() => String, { nullable: true }) endsOn?: string | null;
  @Field(() => [ContentSourceInput], { nullable: true }) sources?: ContentSourceInput[] | null;
  @Field(() => String, { nullable: true }) verifiedOn?: string | null;
}

@InputType({ description: 'Fields left out are unchanged; for signatureGoal, startsOn and endsOn, null clears the value.' })
export class UpdateCampaignInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) slug?: string | null;
  @Field(() => ContentStatusEnum, { nullable: true }) status?: PublicationStatus | null;
  @Field(() => String, { nullable: true }) publishedOn?: string | null;
  @Field(() => ContentTextInput, { nullable: true }) title?: ContentTextInput | null;
  @Field(() => ContentTextInput, { nullable: true }) summary?: ContentTextInput | null;
  @Field(() => ContentTextInput, { nullable: true }) callToAction?: ContentTextInput | null;
  @Field(() => ContentTextInput, { nullable: true }) addressees?: ContentTextInput | null;
  @Field(() => [CampaignDemandInput], { nullable: true }) demands?: CampaignDemandInput[] | null;
  @Field(() => ContentTextInput, { nullable: true }) handOver?: ContentTextInput | null;
  @Field(() => [CampaignDefenderKindInput], { nullable: true }) defenderKinds?: CampaignDefenderKindInput[] | null;
  @Field(() => [CampaignAttackKindInput], { nullable: true }) attackKinds?: CampaignAttackKindInput[] | null;
  @Field(() => Int, { nullable: true }) signatureGoal?: number | null;
  @Field(() => String, { nullable: true }) startsOn?: string | null;
  @Field(() => String, { nullable: true }) endsOn?: string | null;
  @Field(() => [ContentSourceInput], { nullable: true }) sources?: ContentSourceInput[] | null;
  @Field(() => String, { nullable: true }) verifiedOn?: string | null;
}

@InputType({ description: 'A new spotlight starts as a DRAFT; it can be published once a consent is recorded.' })
export class CreateSpotlightInput {
  @Field() displayName: string;
  @Field() isPseudonym: boolean;
  @Field({ description: 'ISO 3166-1 alpha-2 code.' }) country: string;
  @Field(() => ContentTextInput) focus: ContentTextInput;
  @Field(() => ContentTextInput, { description: 'Markdown; must not contain an e-mail address or phone number.' }) story: ContentTextInput;
  @Field(() => [DefenderProfileEnum], { nullable: true }) profiles?: DefenderProfile[] | null;
}

@InputType()
export class UpdateSpotlightInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => Boolean, { nullable: true }) isPseudonym?: boolean | null;
  @Field(() => String, { nullable: true }) country?: string | null;
  @Field(() => ContentTextInput, { nullable: true }) focus?: ContentTextInput | null;
  @Field(() => ContentTextInput, { nullable: true }) story?: ContentTextInput | null;
  @Field(() => [DefenderProfileEnum], { nullable: true }) profiles?: DefenderProfile[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true publishes (needs a consent in force); false unpublishes.' })
  published?: boolean | null;
}

@InputType()
export class RecordSpotlightConsentInput {
  @Field(() => ID) spotlightId: string;
  @Field(() => ConsentGiverEnum) givenBy: ConsentGiver;
  @Field({ description: 'YYYY-MM-DD, not in the future.' }) givenOn: string;
  @Field({ description: 'What was consented to (which text, where, which languages). No contact data.' }) scope: string;
  @Field(() => Boolean, { nullable: true, description: 'Publish the spotlight in the same transaction.' }) publish?: boolean | null;
}

@InputType()
export class WithdrawSpotlightConsentInput {
  @Field(() => ID) spotlightId: string;
}

@ObjectType()
export class PagePayload {
  @Field(() => Page) page: Page;
}
@ObjectType()
export class CampaignPayload {
  @Field(() => Campaign) campaign: Campaign;
}
@ObjectType()
export class SpotlightPayload {
  @Field(() => DefenderSpotlight) spotlight: DefenderSpotlight;
}
