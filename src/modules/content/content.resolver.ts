/** Campaign content over GraphQL: public reads of published content, editors' mutations. Thin: rules live in ContentService. */
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { CurrentViewer } from '../access/current-viewer';
import type { Viewer } from '../access/viewer';
import { registerNodeType } from '../../graphql/node.resolver';
import { badInput } from '../../shared/errors';
import { Locale, LOCALE_ARGUMENT, type LocalizedText } from '../taxonomy/localized';
import { PageArgs, connectionFrom, fromGlobalId, pageOf } from '../../shared/relay';
import { Country, toCountry } from '../geography/country.types';
import type { PageKind } from './seed-schema';
import { campaignKey, pageKey, spotlightKey } from './content.service';
import {
  Campaign,
  CampaignConnection,
  CampaignPayload,
  ContentTextInput,
  CreateCampaignInput,
  CreatePageInput,
  CreateSpotlightInput,
  DefenderSpotlight,
  DefenderSpotlightConnection,
  Page,
  PageConnection,
  PageKindEnum,
  PagePayload,
  PublishPageInput,
  RecordSpotlightConsentInput,
  SpotlightConsent,
  SpotlightPayload,
  UnpublishPageInput,
  UpdateCampaignInput,
  UpdatePageInput,
  UpdateSpotlightInput,
  WithdrawSpotlightConsentInput,
  toCampaign,
  toConsent,
  toPage,
  toSpotlight,
} from './content.types';

/** Editors (and admins) see drafts; everyone else sees published content only. */
export const isEditor = (ctx: AppContext) => !!ctx.viewer && (ctx.viewer.roles.includes('EDITOR') || ctx.viewer.roles.includes('ADMIN'));

const text = (t: ContentTextInput): LocalizedText => Object.fromEntries(Object.entries({ ...t }).filter(([, v]) => typeof v === 'string')) as LocalizedText;
const textOrNull = (t: ContentTextInput | null | undefined) => (t === undefined ? undefined : t === null ? null : text(t));
const textOrKeep = (t: ContentTextInput | null | undefined) => (t ? text(t) : undefined);
const keepIfNull = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);
const sources = (s: { url?: string | null; title: string }[] | null | undefined) =>
  s?.map((x) => (x.url ? { url: x.url, title: x.title } : { title: x.title }));

/** The uuid behind a global ID of the given type, or BAD_USER_INPUT naming the field. */
function keyOf(id: string, type: string, field: string): string {
  const parsed = fromGlobalId(id);
  if (!parsed || parsed.type !== type) throw badInput(field, `is not a ${type} ID`);
  return parsed.key;
}

registerNodeType('Page', async (key, ctx) => {
  const row = await ctx.loaders.content.page.load(key);
  return row && (row.status === 'PUBLISHED' || isEditor(ctx)) ? toPage(row, ctx.locale) : null;
});
registerNodeType('Campaign', async (key, ctx) => {
  const row = await ctx.loaders.content.campaign.load(key);
  return row && (row.status === 'PUBLISHED' || isEditor(ctx)) ? toCampaign(row, ctx.locale) : null;
});
registerNodeType('DefenderSpotlight', async (key, ctx) => {
  const row = await ctx.loaders.content.spotlight.load(key);
  return row && ((row.status === 'PUBLISHED' && row.consentId) || isEditor(ctx)) ? toSpotlight(row, ctx.locale) : null;
});

@ArgsType()
class PagesArgs extends PageArgs {
  @Field(() => PageKindEnum, { nullable: true, description: 'Only pages of this kind.' }) kind?: PageKind;
  @Field(() => Locale, { nullable: true, description: LOCALE_ARGUMENT }) locale?: Locale;
}

@ArgsType()
class CampaignsArgs extends PageArgs {
  @Field(() => Locale, { nullable: true, description: LOCALE_ARGUMENT }) locale?: Locale;
}

@ArgsType()
class SpotlightsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only stories about this country (ISO 3166-1 alpha-2 code, either case).' }) country?: string;
  @Field(() => Locale, { nullable: true, description: LOCALE_ARGUMENT }) locale?: Locale;
}

@Resolver(() => Page)
export class PageResolver {
  @Query(() => PageConnection, { description: 'Published pages in navigation order (drafts too for editors).' })
  async pages(@Args() args: PagesArgs, @Ctx() ctx: AppContext): Promise<PageConnection> {
    const page = pageOf(args);
    const { rows, total } = await ctx.services.content.listPages({ kind: args.kind, includeDrafts: isEditor(ctx) }, page);
    return connectionFrom(rows, total, page, pageKey, (r) => toPage(r, ctx.locale));
  }

  @Query(() => Page, { nullable: true, description: 'One page by slug; null when it does not exist or is a draft (for the public).' })
  async page(
    @Arg('slug', () => String, { description: "The page's slug." }) slug: string,
    @Arg('locale', () => Locale, { nullable: true, description: LOCALE_ARGUMENT }) _locale: Locale | undefined,
    @Ctx() ctx: AppContext,
  ): Promise<Page | null> {
    if (slug.length > 120) throw badInput('slug', 'must be at most 120 characters');
    const row = await ctx.services.content.pageBySlug(slug, isEditor(ctx));
    return row ? toPage(row, ctx.locale) : null;
  }

  @FieldResolver(() => Campaign, { nullable: true, description: 'The campaign this page belongs to (if published, or for editors).' })
  async campaign(@Root() page: Page, @Ctx() ctx: AppContext): Promise<Campaign | null> {
    if (!page.campaignId) return null;
    const row = await ctx.loaders.content.campaign.load(page.campaignId);
    return row && (row.status === 'PUBLISHED' || isEditor(ctx)) ? toCampaign(row, ctx.locale) : null;
  }

  @Authorized('EDITOR')
  @Mutation(() => PagePayload, { description: 'Creates a DRAFT page (EDITOR).' })
  async createPage(
    @Arg('input', () => CreatePageInput, { description: 'The new page.' }) input: CreatePageInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ): Promise<PagePayload> {
    const row = await ctx.services.content.createPage(viewer, {
      slug: input.slug,
      kind: input.kind,
      campaign: input.campaign ?? null,
      order: input.order ?? 0,
      title: text(input.title),
      summary: input.summary ? text(input.summary) : null,
      body: text(input.body),
      sources: sources(input.sources) ?? [],
      verifiedOn: input.verifiedOn ?? null,
    });
    return { page: toPage(row, ctx.locale) };
  }

  @Authorized('EDITOR')
  @Mutation(() => PagePayload, { description: 'Edits a page (EDITOR); its status is unchanged.' })
  async updatePage(
    @Arg('input', () => UpdatePageInput, { description: 'The page and the fields to change.' }) input: UpdatePageInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ): Promise<PagePayload> {
    const row = await ctx.services.content.updatePage(viewer, keyOf(input.id, 'Page', 'id'), {
      slug: keepIfNull(input.slug),
      kind: keepIfNull(input.kind),
      campaign: input.campaign,
      order: keepIfNull(input.order),
      title: textOrKeep(input.title),
      summary: textOrNull(input.summary),
      body: textOrKeep(input.body),
      sources: sources(input.sources),
      verifiedOn: input.verifiedOn,
    });
    return { page: toPage(row, ctx.locale) };
  }

  @Authorized('EDITOR')
  @Mutation(() => PagePayload, { description: 'Publishes a page (EDITOR).' })
  async publishPage(
    @Arg('input', () => PublishPageInput, { description: 'The page to publish.' }) input: PublishPageInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ): Promise<PagePayload> {
    const row = await ctx.services.content.publishPage(viewer, keyOf(input.id, 'Page', 'id'), input.publishedOn ?? undefined);
    return { page: toPage(row, ctx.locale) };
  }

  @Authorized('EDITOR')
  @Mutation(() => PagePayload, { description: 'Turns a page back into a draft (EDITOR).' })
  async unpublishPage(
    @Arg('input', () => UnpublishPageInput, { description: 'The page to unpublish.' }) input: UnpublishPageInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ): Promise<PagePayload> {
    const row = await ctx.services.content.unpublishPage(viewer, keyOf(input.id, 'Page', 'id'));
    return { page: toPage(row, ctx.locale) };
  }
}

const demandsOf = (d: CreateCampaignInput['demands'] | null | undefined) => d?.map((x) => ({ slug: x.slug, text: text(x.text) }));
const defenderKindsOf = (d: CreateCampaignInput['defenderKinds']) => d?.map((x) => ({ slug: x.slug, label: text(x.label), profiles: x.profiles ?? [] }));
const attackKindsOf = (d: CreateCampaignInput['attackKinds']) => d?.map((x) => ({ slug: x.slug, label: text(x.label), risks: x.risks ?? [] }));

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => CampaignConnection, { description: 'Published campaigns, newest first (drafts too for editors).' })
  async campaigns(@Args() args: CampaignsArgs, @Ctx() ctx: AppContext): Promise<CampaignConnection> {
    const page = pageOf(args);
    const { rows, total } = await ctx.services.content.listCampaigns({ includeDrafts: isEditor(ctx) }, page);
    return connectionFrom(rows, total, page, campaignKey, (r) => toCampaign(r, ctx.locale));
  }

  @Query(() => Campaign, { nullable: true, description: 'One campaign by slug; null when it does not exist or is a draft (for the public).' })
  async campaign(
    @Arg('slug', () => String, { description: "The campaign's slug." }) slug: string,
    @Arg('locale', () => Locale, { nullable: true, description: LOCALE_ARGUMENT }) _locale: Locale | undefined,
    @Ctx() ctx: AppContext,
  ): Promise<Campaign | null> {
    if (slug.length > 120) throw badInput('slug', 'must be at most 120 characters');
    const row = await ctx.services.content.campaignBySlug(slug, isEditor(ctx));
    return row ? toCampaign(row, ctx.locale) : null;
  }

  @FieldResolver(() => PageConnection, { description: "The campaign's pages in navigation order." })
  async pages(@Root() campaign: Campaign, @Args() args: PageArgs, @Ctx() ctx: AppContext): Promise<PageConnection> {
    const page = pageOf(args);
    const { rows, total } = await ctx.services.content.listPages({ campaignId: campaign.rowId, includeDrafts: isEditor(ctx) }, page);
    return connectionFrom(rows, total, page, pageKey, (r) => toPage(r, ctx.locale));
  }

  @Authorized('EDITOR')
  @Mutation(() => CampaignPayload, { description: 'Creates a campaign (EDITOR), a DRAFT unless status says otherwise.' })
  async createCampaign(
    @Arg('input', () => CreateCampaignInput, { description: 'The new campaign.' }) input: CreateCampaignInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ): Promise<CampaignPayload> {
    const row = await ctx.services.content.createCampaign(viewer, {
      slug: input.slug,
      status: input.status ?? 'DRAFT',
      publishedOn: input.publishedOn ?? null,
      title: text(input.title),
      summary: text(input.summary),
      callToAction: text(input.callToAction),
      addressees: text(input.addressees),
      demands: demandsOf(input.demands)!,
      handOver: text(input.handOver),
      defenderKinds: defenderKindsOf(input.defenderKinds) ?? [],
      attackKinds: attackKindsOf(input.attackKinds) ?? [],
      signatureGoal: input.signatureGoal ?? null,
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
      sources: sources(input.sources) ?? [],
      verifiedOn: input.verifiedOn ?? null,
    });
    return { campaign: toCampaign(row, ctx.locale) };
  }

  @Authorized('EDITOR')
  @Mutation(() => CampaignPayload, { description: 'Edits, publishes (status) or unpublishes a campaign (EDITOR).' })
  async updateCampaign(
    @Arg('input', () => UpdateCampaignInput, { description: 'The campaign and the fields to change.' }) input: UpdateCampaignInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ): Promise<CampaignPayload> {
    const row = await ctx.services.content.updateCampaign(viewer, keyOf(input.id, 'Campaign', 'id'), {
      slug: keepIfNull(input.slug),
      status: keepIfNull(input.status),
      publishedOn: keepIfNull(input.publishedOn),
      title: textOrKeep(input.title),
      summary: textOrKeep(input.summary),
      callToAction: textOrKeep(input.callToAction),
      addressees: textOrKeep(input.addressees),
      demands: demandsOf(input.demands),
      handOver: textOrKeep(input.handOver),
      defenderKinds: input.defenderKinds ? defenderKindsOf(input.defenderKinds) : undefined,
      attackKinds: input.attackKinds ? attackKindsOf(input.attackKinds) : undefined,
      signatureGoal: input.signatureGoal,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      sources: sources(input.sources),
      verifiedOn: input.verifiedOn,
    });
    return { campaign: toCampaign(row, ctx.locale) };
  }
}

@Resolver(() => DefenderSpotlight)
export class SpotlightResolver {
  @Query(() => DefenderSpotlightConnection, { description: 'Published spotlights (with a consent in force), newest first; drafts too for editors.' })
  async spotlights(@Args() args: SpotlightsArgs, @Ctx() ctx: AppContext): Promise<DefenderSpotlightConnection> {
    const page = pageOf(args);
    if (args.country != null && !/^[A-Za-z]{2}$/.test(args.country)) throw badInput('country', 'must be a two-letter ISO 3166-1 code');
    const { rows, total } = await ctx.services.content.listSpotlights({ countryCode: args.country?.toUpperCase(), includeDrafts: isEditor(ctx) }, page);
    return connectionFrom(rows, total, page, spotlightKey, (r) => toSpotlight(r, ctx.locale));
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country the story is about; null when its code is not in the directory.' })
  async country(@Root() s: DefenderSpotlight, @Ctx() ctx: AppContext): Promise<Country | null> {
    const row = await ctx.loaders.country.load(s.countryCode);
    return row ? toCountry(row, ctx.locale) : null;
  }

  @Authorized('EDITOR')
  @FieldResolver(() => SpotlightConsent, { nullable: true, description: 'The consent in force (EDITOR only); null when none.' })
  async consent(@Root() s: DefenderSpotlight, @Ctx() ctx: AppContext): Promise<SpotlightConsent | null> {
    if (!s.consentId) return null;
    const row = await ctx.loaders.content.spotlightConsent.load(s.consentId);
    return row ? toConsent(row) : null;
  }

  @Authorized('EDITOR')
  @FieldResolver(() => [SpotlightConsent], { description: 'Every consent recorded, newest first, withdrawn ones included (EDITOR only).' })
  async consentHistory(@Root() s: DefenderSpotlight, @Ctx() ctx: AppContext): Promise<SpotlightConsent[]> {
    return (await ctx.services.content.consentsOf(s.rowId)).map(toConsent);
  }

  @Authorized('EDITOR')
  @Mutation(() => SpotlightPayload, { description: 'Creates a DRAFT spotlight (EDITOR).' })
  async createSpotlight(
    @Arg('input', () => CreateSpotlightInput, { description: 'The new spotlight.' }) input: CreateSpotlightInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ): Promise<SpotlightPayload> {
    const row = await ctx.services.content.createSpotlight(viewer, {
      displayName: input.displayName,
      isPseudonym: input.isPseudonym,
      countryCode: input.country.toUpperCase(),
      focus: text(input.focus),
      story: text(input.story),
      profiles: input.profiles ?? [],
    });
    return { spotlight: toSpotlight(row, ctx.locale) };
  }

  @Authorized('EDITOR')
  @Mutation(() => SpotlightPayload, { description: 'Edits, publishes or unpublishes a spotlight (EDITOR). Publishing needs a consent in force.' })
  async updateSpotlight(
    @Arg('input', () => UpdateSpotlightInput, { description: 'The spotlight and the fields to change.' }) input: UpdateSpotlightInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ): Promise<SpotlightPayload> {
    const row = await ctx.services.content.updateSpotlight(viewer, keyOf(input.id, 'DefenderSpotlight', 'id'), {
      displayName: keepIfNull(input.displayName),
      isPseudonym: keepIfNull(input.isPseudonym),
      countryCode: input.country ? input.country.toUpperCase() : undefined,
      focus: textOrKeep(input.focus),
      story: textOrKeep(input.story),
      profiles: keepIfNull(input.profiles),
      published: keepIfNull(input.published),
    });
    return { spotlight: toSpotlight(row, ctx.locale) };
  }

  @Authorized('EDITOR')
  @Mutation(() => SpotlightPayload, { description: 'Records who consented, when and to what (EDITOR); optionally publishes at once.' })
  async recordSpotlightConsent(
    @Arg('input', () => RecordSpotlightConsentInput, { description: 'The spotlight and the consent.' }) input: RecordSpotlightConsentInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ): Promise<SpotlightPayload> {
    const row = await ctx.services.content.recordConsent(
      viewer,
      keyOf(input.spotlightId, 'DefenderSpotlight', 'spotlightId'),
      { givenBy: input.givenBy, givenOn: input.givenOn, scope: input.scope },
      input.publish ?? false,
    );
    return { spotlight: toSpotlight(row, ctx.locale) };
  }

  @Authorized('EDITOR')
  @Mutation(() => SpotlightPayload, { description: 'Records that consent was withdrawn and unpublishes the spotlight in the same transaction (EDITOR).' })
  async withdrawSpotlightConsent(
    @Arg('input', () => WithdrawSpotlightConsentInput, { description: 'The spotlight.' }) input: WithdrawSpotlightConsentInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ): Promise<SpotlightPayload> {
    const row = await ctx.services.content.withdrawConsent(viewer, keyOf(input.spotlightId, 'DefenderSpotlight', 'spotlightId'));
    return { spotlight: toSpotlight(row, ctx.locale) };
  }
}

export const CONTENT_RESOLVERS = [PageResolver, CampaignResolver, SpotlightResolver] as const;
