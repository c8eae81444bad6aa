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
registerEnumType(PageKindEnum, {
  name: 'PageKind',
  description: 'What a campaign page is for.',
  valuesConfig: {
    ABOUT: { description: 'What the campaign is and who runs it.' },
    WHO_IS_A_DEFENDER: { description: 'Who counts as a human rights defender.' },
    WHY_PROTECTION: { description: 'The threats defenders face and why they need support.' },
    TAKE_ACTION: { description: 'What a visitor can do: sign, send solidarity, subscribe.' },
    GENERIC: { description: 'Any other page.' },
  },
});
registerEnumType(ContentStatusEnum, {
  name: 'ContentStatus',
  description: 'DRAFT content is visible to editors only; PUBLISHED content to everyone.',
  valuesConfig: { DRAFT: { description: 'Visible to editors only.' }, PUBLISHED: { description: 'Visible to everyone.' } },
});
registerEnumType(ConsentGiverEnum, {
  name: 'ConsentGiver',
  description: 'Who gave the consent to publish a spotlight: the defender, or a representative (for example while they are detained).',
  valuesConfig: {
    DEFENDER: { description: 'The defender in person.' },
    REPRESENTATIVE: { description: 'Someone acting for the defender (for example while they are detained).' },
  },
});

@ObjectType('ContentSource', { description: 'A document a campaign text is based on; some were received as files and have no URL.' })
export class ContentSource {
  @Field(() => String, { nullable: true, description: 'Where the document can be read (an http or https URL); null for a document received as a file.' }) url:
    string | null;
  @Field({ description: 'The title of the document (for a document without a URL, what names it).' }) title: string;
}

const sourcesOf = (s: { url?: string; title: string }[]) => s.map((x) => ({ url: x.url ?? null, title: x.title }));

@ObjectType({ implements: Node, description: 'A campaign page: localized title, summary and Markdown body (clients render the Markdown).' })
export class Page extends Node {
  @Field({ description: 'Unique lowercase name in URLs (a-z, 0-9, single hyphens).' }) slug: string;
  @Field(() => PageKindEnum, { description: 'What the page is for.' }) kind: PageKind;
  @Field(() => ContentStatusEnum, { description: 'DRAFT (editors only) or PUBLISHED.' }) status: PublicationStatus;
  @Field(() => String, { nullable: true, description: 'Date of publication (YYYY-MM-DD); null for a page never published.' }) publishedOn: string | null;
  @Field(() => Int, { description: 'Position in navigation, ascending.' }) order: number;
  @Field(() => LocalizedString, { description: "The page's title, in the request's locale (else English)." }) title: LocalizedString;
  @Field(() => LocalizedString, {
    nullable: true,
    description: "A one-paragraph summary, in the request's locale (else English); null when the page has none.",
  })
  summary: LocalizedString | null;
  @Field(() => LocalizedString, { description: 'Markdown.' }) body: LocalizedString;
  @Field(() => [ContentSource], { description: 'The documents the text is based on.' }) sources: ContentSource[];
  @Field(() => String, { nullable: true, description: 'The day the text was last checked against its sources (YYYY-MM-DD); null when not recorded.' })
  verifiedOn: string | null;
  @Field({ description: 'When the page last changed (UTC).' }) updatedAt: Date;
  /** Resolved by a field resolver through the campaign loader. */
  campaignId: string | null;
}

@ObjectType({ description: 'One demand a campaign puts to its addressees.' })
export class CampaignDemand {
  @Field({ description: 'Unique name of the demand within its campaign.' }) slug: string;
  @Field(() => LocalizedString, { description: "The demand, in the request's locale (else English)." }) text: LocalizedString;
}

@ObjectType({ description: 'A kind of defender a campaign names, with the directory profiles it matches.' })
export class CampaignDefenderKind {
  @Field({ description: 'Unique name of the kind within its campaign.' }) slug: string;
  @Field(() => LocalizedString, { description: "The campaign's name for it, in the request's locale (else English)." }) label: LocalizedString;
  @Field(() => [DefenderProfileEnum], { description: 'The directory profiles it matches (empty when none).' }) profiles: DefenderProfile[];
}

@ObjectType({ description: 'A kind of attack a campaign names, with the directory risk types it matches.' })
export class CampaignAttackKind {
  @Field({ description: 'Unique name of the kind within its campaign.' }) slug: string;
  @Field(() => LocalizedString, { description: "The campaign's name for it, in the request's locale (else English)." }) label: LocalizedString;
  @Field(() => [RiskTypeEnum], { description: 'The directory risk types it matches (empty when none).' }) risks: RiskType[];
}

@ObjectType({ implements: Node, description: 'A campaign: its call to action and demands. Signatures are in the supporters part of the API.' })
export class Campaign extends Node {
  @Field({ description: 'Unique lowercase name in URLs (a-z, 0-9, single hyphens).' }) slug: string;
  @Field(() => ContentStatusEnum, { description: 'DRAFT (editors only) or PUBLISHED.' }) status: PublicationStatus;
  @Field(() => String, { nullable: true, description: 'Date of publication (YYYY-MM-DD); null for a campaign never published.' }) publishedOn: string | null;
  @Field(() => LocalizedString, { description: "The campaign's title, in the request's locale (else English)." }) title: LocalizedString;
  @Field(() => LocalizedString, { description: "What the campaign is about, in the request's locale (else English)." }) summary: LocalizedString;
  @Field(() => LocalizedString, { description: 'The short invitation shown next to the signature form.' }) callToAction: LocalizedString;
  @Field(() => LocalizedString, { description: 'Who the demands are addressed to.' }) addressees: LocalizedString;
  @Field(() => [CampaignDemand], { description: 'What the campaign asks of its addressees, in order.' }) demands: CampaignDemand[];
  @Field(() => LocalizedString, { description: 'What is handed to the addressees, and what never is.' }) handOver: LocalizedString;
  @Field(() => [CampaignDefenderKind], { description: 'The kinds of defenders the campaign names (empty when none).' }) defenderKinds: CampaignDefenderKind[];
  @Field(() => [CampaignAttackKind], { description: 'The kinds of attacks the campaign names (empty when none).' }) attackKinds: CampaignAttackKind[];
  @Field(() => Int, { nullable: true, description: 'Only when a source states a target; null means no goal is claimed.' }) signatureGoal: number | null;
  @Field(() => String, { nullable: true, description: 'First day of signing (inclusive); null: open-ended.' }) startsOn: string | null;
  @Field(() => String, { nullable: true, description: 'Last day of signing (inclusive); null: open-ended.' }) endsOn: string | null;
  @Field({ description: 'Published, and today is within startsOn..endsOn.' }) signingOpen: boolean;
  @Field(() => [ContentSource], { description: 'The documents the campaign is based on.' }) sources: ContentSource[];
  @Field(() => String, { nullable: true, description: 'The day the text was last checked against its sources (YYYY-MM-DD); null when not recorded.' })
  verifiedOn: string | null;
  @Field({ description: 'When the campaign last changed (UTC).' }) updatedAt: Date;
  /** The table row's uuid, for field resolvers of other modules (signature counts). */
  rowId: string;
}

@ObjectType({ description: 'The record of a consent to publish a spotlight (editors only: it may say more about the person than the story does).' })
export class SpotlightConsent {
  @Field(() => ConsentGiverEnum, { description: 'Who gave the consent.' }) givenBy: ConsentGiver;
  @Field({ description: 'When the consent was given (YYYY-MM-DD).' }) givenOn: string;
  @Field({ description: 'What was consented to: which text, where, in which languages.' }) scope: string;
  @Field({ description: 'When an editor recorded it (UTC).' }) recordedAt: Date;
  @Field({ description: 'The API token that recorded it.' }) recordedBy: string;
  @Field(() => Date, { nullable: true, description: 'When it was withdrawn (UTC); null while it is in force.' }) withdrawnAt: Date | null;
}

@ObjectType({
  implements: Node,
  description:
    "A defender's public story, published only while the defender (or a representative) consents. " +
    'It never carries private contact data: there is no e-mail or phone field, and texts containing one are refused.',
})
export class DefenderSpotlight extends Node {
  @Field({ description: 'The name shown; may be a pseudonym.' }) displayName: string;
  @Field({ description: 'True when displayName is a pseudonym.' }) isPseudonym: boolean;
  @Field({ description: 'ISO 3166-1 alpha-2 code of the country the story is about.' }) countryCode: string;
  @Field(() => LocalizedString, { description: 'What the defender works on.' }) focus: LocalizedString;
  @Field(() => [DefenderProfileEnum], { description: "Who the defender is, in the directory's profiles (empty when none given)." }) profiles: DefenderProfile[];
  @Field(() => LocalizedString, { description: 'Markdown.' }) story: LocalizedString;
  @Field(() => ContentStatusEnum, { description: 'DRAFT (editors only) or PUBLISHED.' }) status: PublicationStatus;
  @Field(() => Date, { nullable: true, description: 'When it was last published (UTC), kept when it is unpublished; null for a spotlight never published.' })
  publishedAt: Date | null;
  @Field({ description: 'When the spotlight last changed (UTC).' }) updatedAt: Date;
  rowId: string;
  consentId: string | null;
}

@ObjectType({ description: 'A page of campaign pages.' })
export class PageConnection extends Connection(Page, 'Page') {}
@ObjectType({ description: 'A page of campaigns.' })
export class CampaignConnection extends Connection(Campaign, 'Campaign') {}
@ObjectType({ description: 'A page of defender spotlights.' })
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
  @Field({ description: 'English text (required).' }) en: string;
  @Field(() => String, { nullable: true, description: 'French text; null or absent when there is none.' }) fr?: string | null;
  @Field(() => String, { nullable: true, description: 'Spanish text; null or absent when there is none.' }) es?: string | null;
  @Field(() => String, { nullable: true, description: 'Arabic text; null or absent when there is none.' }) ar?: string | null;
  @Field(() => String, { nullable: true, description: 'Russian text; null or absent when there is none.' }) ru?: string | null;
  @Field(() => String, { nullable: true, description: 'Chinese (Simplified) text; null or absent when there is none.' }) zh?: string | null;
}

@InputType({ description: 'A document a campaign text is based on.' })
export class ContentSourceInput {
  @Field(() => String, { nullable: true, description: 'Where it can be read (an http or https URL); null or absent for a document received as a file.' }) url?:
    string | null;
  @Field({ description: 'Its title (what names it when it has no URL).' }) title: string;
}

@InputType({ description: 'A new page; it starts as a DRAFT.' })
export class CreatePageInput {
  @Field({ description: 'Unique lowercase name (a-z, 0-9, single hyphens).' }) slug: string;
  @Field(() => PageKindEnum, { description: 'What the page is for.' }) kind: PageKind;
  @Field(() => ContentTextInput, { description: 'The title, per language.' }) title: ContentTextInput;
  @Field(() => ContentTextInput, { nullable: true, description: 'A one-paragraph summary, per language; null or absent for none.' })
  summary?: ContentTextInput | null;
  @Field(() => ContentTextInput, { description: 'Markdown.' }) body: ContentTextInput;
  @Field(() => String, { nullable: true, description: 'Slug of the campaign the page belongs to.' }) campaign?: string | null;
  @Field(() => Int, { nullable: true, description: 'Position in navigation, ascending (0 to 10000); default 0.' }) order?: number | null;
  @Field(() => [ContentSourceInput], { nullable: true, description: 'The documents the text is based on (at most 50); default none.' }) sources?:
    ContentSourceInput[] | null;
  @Field(() => String, { nullable: true, description: 'The day the text was checked against its sources (YYYY-MM-DD); null or absent when not recorded.' })
  verifiedOn?: string | null;
}

@InputType({ description: 'Fields left out are unchanged; a text given replaces every language of it.' })
export class UpdatePageInput {
  @Field(() => ID, { description: "The page's global ID." }) id: string;
  @Field(() => String, { nullable: true, description: 'New slug (a-z, 0-9, single hyphens).' }) slug?: string | null;
  @Field(() => PageKindEnum, { nullable: true, description: 'What the page is for.' }) kind?: PageKind | null;
  @Field(() => ContentTextInput, { nullable: true, description: 'New title, per language.' }) title?: ContentTextInput | null;
  @Field(() => ContentTextInput, { nullable: true, description: 'null removes the summary.' }) summary?: ContentTextInput | null;
  @Field(() => ContentTextInput, { nullable: true, description: 'New Markdown body, per language.' }) body?: ContentTextInput | null;
  @Field(() => String, { nullable: true, description: 'null detaches the page from its campaign.' }) campaign?: string | null;
  @Field(() => Int, { nullable: true, description: 'Position in navigation, ascending (0 to 10000).' }) order?: number | null;
  @Field(() => [ContentSourceInput], { nullable: true, description: 'Replaces every source (at most 50).' }) sources?: ContentSourceInput[] | null;
  @Field(() => String, { nullable: true, description: 'The day the text was checked against its sources (YYYY-MM-DD); null clears it.' }) verifiedOn?:
    string | null;
}

@InputType({ description: 'The page to publish.' })
export class PublishPageInput {
  @Field(() => ID, { description: "The page's global ID." }) id: string;
  @Field(() => String, { nullable: true, description: 'Publication date (YYYY-MM-DD); defaults to the earlier one, else today.' })
  publishedOn?: string | null;
}

@InputType({ description: 'The page to turn back into a draft.' })
export class UnpublishPageInput {
  @Field(() => ID, { description: "The page's global ID." }) id: string;
}

@InputType({ description: 'One demand of a campaign.' })
export class CampaignDemandInput {
  @Field({ description: 'Unique name of the demand within its campaign (a-z, 0-9, single hyphens).' }) slug: string;
  @Field(() => ContentTextInput, { description: 'The demand, per language.' }) text: ContentTextInput;
}

@InputType({ description: 'A kind of defender a campaign names.' })
export class CampaignDefenderKindInput {
  @Field({ description: 'Unique name within its campaign (a-z, 0-9, single hyphens).' }) slug: string;
  @Field(() => ContentTextInput, { description: "The campaign's name for it, per language." }) label: ContentTextInput;
  @Field(() => [DefenderProfileEnum], { nullable: true, description: 'The directory profiles it matches; default none.' }) profiles?: DefenderProfile[] | null;
}

@InputType({ description: 'A kind of attack a campaign names.' })
export class CampaignAttackKindInput {
  @Field({ description: 'Unique name within its campaign (a-z, 0-9, single hyphens).' }) slug: string;
  @Field(() => ContentTextInput, { description: "The campaign's name for it, per language." }) label: ContentTextInput;
  @Field(() => [RiskTypeEnum], { nullable: true, description: 'The directory risk types it matches; default none.' }) risks?: RiskType[] | null;
}

@InputType({ description: 'A new campaign.' })
export class CreateCampaignInput {
  @Field({ description: 'Unique lowercase name (a-z, 0-9, single hyphens).' }) slug: string;
  @Field(() => ContentStatusEnum, { nullable: true, description: 'Default DRAFT.' }) status?: PublicationStatus | null;
  @Field(() => String, { nullable: true, description: 'Defaults to today when published.' }) publishedOn?: string | null;
  @Field(() => ContentTextInput, { description: 'The title, per language.' }) title: ContentTextInput;
  @Field(() => ContentTextInput, { description: 'What the campaign is about, per language.' }) summary: ContentTextInput;
  @Field(() => ContentTextInput, { description: 'The short invitation shown next to the signature form, per language.' }) callToAction: ContentTextInput;
  @Field(() => ContentTextInput, { description: 'Who the demands are addressed to, per language.' }) addressees: ContentTextInput;
  @Field(() => [CampaignDemandInput], { description: 'What the campaign asks (1 to 20, unique slugs).' }) demands: CampaignDemandInput[];
  @Field(() => ContentTextInput, { description: 'What is handed to the addressees, and what never is, per language.' }) handOver: ContentTextInput;
  @Field(() => [CampaignDefenderKindInput], { nullable: true, description: 'The kinds of defenders it names (at most 50); default none.' }) defenderKinds?:
    CampaignDefenderKindInput[] | null;
  @Field(() => [CampaignAttackKindInput], { nullable: true, description: 'The kinds of attacks it names (at most 50); default none.' }) attackKinds?:
    CampaignAttackKindInput[] | null;
  @Field(() => Int, { nullable: true, description: 'The number of signatures a source states as the target; null or absent when none is claimed.' })
  signatureGoal?: number | null;
  @Field(() => String, { nullable: true, description: 'First day of signing, inclusive (YYYY-MM-DD); null or absent: signing opens on publication.' })
  startsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day of signing, inclusive (YYYY-MM-DD); null or absent: open-ended.' }) endsOn?: string | null;
  @Field(() => [ContentSourceInput], { nullable: true, description: 'The documents the campaign is based on (at most 50); default none.' }) sources?:
    ContentSourceInput[] | null;
  @Field(() => String, { nullable: true, description: 'The day the text was checked against its sources (YYYY-MM-DD); null or absent when not recorded.' })
  verifiedOn?: string | null;
}

@InputType({ description: 'Fields left out are unchanged; for signatureGoal, startsOn and endsOn, null clears the value.' })
export class UpdateCampaignInput {
  @Field(() => ID, { description: "The campaign's global ID." }) id: string;
  @Field(() => String, { nullable: true, description: 'New slug (a-z, 0-9, single hyphens).' }) slug?: string | null;
  @Field(() => ContentStatusEnum, { nullable: true, description: 'DRAFT unpublishes; PUBLISHED publishes.' }) status?: PublicationStatus | null;
  @Field(() => String, { nullable: true, description: 'Date of publication (YYYY-MM-DD).' }) publishedOn?: string | null;
  @Field(() => ContentTextInput, { nullable: true, description: 'New title, per language.' }) title?: ContentTextInput | null;
  @Field(() => ContentTextInput, { nullable: true, description: 'New summary, per language.' }) summary?: ContentTextInput | null;
  @Field(() => ContentTextInput, { nullable: true, description: 'New invitation next to the signature form, per language.' })
  callToAction?: ContentTextInput | null;
  @Field(() => ContentTextInput, { nullable: true, description: 'Who the demands are addressed to, per language.' }) addressees?: ContentTextInput | null;
  @Field(() => [CampaignDemandInput], { nullable: true, description: 'Replaces every demand (1 to 20, unique slugs).' }) demands?: CampaignDemandInput[] | null;
  @Field(() => ContentTextInput, { nullable: true, description: 'What is handed to the addressees, and what never is, per language.' })
  handOver?: ContentTextInput | null;
  @Field(() => [CampaignDefenderKindInput], { nullable: true, description: 'Replaces every defender kind (at most 50).' }) defenderKinds?:
    CampaignDefenderKindInput[] | null;
  @Field(() => [CampaignAttackKindInput], { nullable: true, description: 'Replaces every attack kind (at most 50).' }) attackKinds?:
    CampaignAttackKindInput[] | null;
  @Field(() => Int, { nullable: true, description: 'The number of signatures a source states as the target; null clears it.' }) signatureGoal?: number | null;
  @Field(() => String, { nullable: true, description: 'First day of signing, inclusive (YYYY-MM-DD); null clears it.' }) startsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day of signing, inclusive (YYYY-MM-DD); null clears it.' }) endsOn?: string | null;
  @Field(() => [ContentSourceInput], { nullable: true, description: 'Replaces every source (at most 50).' }) sources?: ContentSourceInput[] | null;
  @Field(() => String, { nullable: true, description: 'The day the text was checked against its sources (YYYY-MM-DD); null clears it.' }) verifiedOn?:
    string | null;
}

@InputType({ description: 'A new spotlight starts as a DRAFT; it can be published once a consent is recorded.' })
export class CreateSpotlightInput {
  @Field({ description: 'The name shown; may be a pseudonym.' }) displayName: string;
  @Field({ description: 'True when displayName is a pseudonym.' }) isPseudonym: boolean;
  @Field({ description: 'ISO 3166-1 alpha-2 code.' }) country: string;
  @Field(() => ContentTextInput, { description: 'What the defender works on, per language.' }) focus: ContentTextInput;
  @Field(() => ContentTextInput, { description: 'Markdown; must not contain an e-mail address or phone number.' }) story: ContentTextInput;
  @Field(() => [DefenderProfileEnum], { nullable: true, description: "Who the defender is, in the directory's profiles (at most 10); default none." })
  profiles?: DefenderProfile[] | null;
}

@InputType({ description: 'Fields left out (or null) are unchanged; a text given replaces every language of it.' })
export class UpdateSpotlightInput {
  @Field(() => ID, { description: "The spotlight's global ID." }) id: string;
  @Field(() => String, { nullable: true, description: 'The name shown; may be a pseudonym.' }) displayName?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'True when displayName is a pseudonym.' }) isPseudonym?: boolean | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the country the story is about.' }) country?: string | null;
  @Field(() => ContentTextInput, { nullable: true, description: 'What the defender works on, per language.' }) focus?: ContentTextInput | null;
  @Field(() => ContentTextInput, { nullable: true, description: 'Markdown, per language; must not contain an e-mail address or phone number.' })
  story?: ContentTextInput | null;
  @Field(() => [DefenderProfileEnum], { nullable: true, description: 'Replaces the profiles (at most 10).' }) profiles?: DefenderProfile[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true publishes (needs a consent in force); false unpublishes.' })
  published?: boolean | null;
}

@InputType({ description: 'A consent to publish a spotlight.' })
export class RecordSpotlightConsentInput {
  @Field(() => ID, { description: "The spotlight's global ID." }) spotlightId: string;
  @Field(() => ConsentGiverEnum, { description: 'Who gave the consent.' }) givenBy: ConsentGiver;
  @Field({ description: 'YYYY-MM-DD, not in the future.' }) givenOn: string;
  @Field({ description: 'What was consented to (which text, where, which languages). No contact data.' }) scope: string;
  @Field(() => Boolean, { nullable: true, description: 'Publish the spotlight in the same transaction.' }) publish?: boolean | null;
}

@InputType({ description: 'The spotlight whose consent was withdrawn.' })
export class WithdrawSpotlightConsentInput {
  @Field(() => ID, { description: "The spotlight's global ID." }) spotlightId: string;
}

@ObjectType({ description: 'The result of a page mutation.' })
export class PagePayload {
  @Field(() => Page, { description: 'The page as it is now.' }) page: Page;
}
@ObjectType({ description: 'The result of a campaign mutation.' })
export class CampaignPayload {
  @Field(() => Campaign, { description: 'The campaign as it is now.' }) campaign: Campaign;
}
@ObjectType({ description: 'The result of a spotlight mutation.' })
export class SpotlightPayload {
  @Field(() => DefenderSpotlight, { description: 'The spotlight as it is now.' }) spotlight: DefenderSpotlight;
}
