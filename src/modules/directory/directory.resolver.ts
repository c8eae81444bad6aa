/** The directory's queries, relations (through per-request loaders) and editors' mutations. Services do the work. */
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { registerNodeType } from '../../graphql/node.resolver';
import { badInput } from '../../shared/errors';
import { Locale, LOCALE_ARGUMENT } from '../taxonomy/localized';
import { MAX_PAGE_SIZE, NestedPageArgs, PageArgs, connectionFrom, connectionOfList, pageOf, type ConnectionShape, type Page } from '../../shared/relay';
import { Country, toCountry } from '../geography/country.types';
import {
  DefenderProfileEnum,
  MechanismSystemEnum,
  RecordStatusEnum,
  RiskTypeEnum,
  ServiceKindEnum,
  SourceAccessEnum,
  SourceKindEnum,
  UrgencyEnum,
} from '../taxonomy/graphql-enums';
import { TaxonomyResolver } from '../taxonomy/taxonomy.resolver';
import type * as v from '../taxonomy/values';
import type { SourceAccess, SourceKind } from '../taxonomy/values';
import { CurrentViewer } from '../access/current-viewer';
import type { Viewer } from '../access/viewer';
import { TYPE_OF_KIND, type RecordKind } from './directory.entity';
import { toFilter } from './directory.filter';
import {
  ContactChannel,
  ContactChannelConnection,
  Coverage,
  DirectoryRecord,
  DirectoryRecordConnection,
  Mechanism,
  MechanismConnection,
  Offer,
  OfferConnection,
  Organization,
  OrganizationConnection,
  Programme,
  ProgrammeConnection,
  RecordKindEnum,
  StatePolicy,
  StatePolicyConnection,
  inCountry,
  recordKey,
  toChannel,
  toOffer,
  toRecord,
} from './directory.types';

@ArgsType()
class DirectoryFilterArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'ISO code of a country: records that apply to or work in it (coverage, membership of systems, accepted UN procedures).',
  })
  country?: string;

  @Field(() => MechanismSystemEnum, {
    nullable: true,
    description: 'The UN or a regional system: its mechanisms, and records whose coverage or rules name it.',
  })
  system?: v.MechanismSystem;

  @Field(() => RiskTypeEnum, { nullable: true, description: 'Records with an offer addressing this risk.' })
  risk?: v.RiskType;

  @Field(() => ServiceKindEnum, { nullable: true, description: 'Records with an offer of this kind.' })
  serviceKind?: v.ServiceKind;

  @Field(() => DefenderProfileEnum, { nullable: true, description: 'Records with an offer open to this profile (offers for everyone included).' })
  profile?: v.DefenderProfile;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code: records working in it or with a contact channel in it.' })
  language?: string;

  @Field(() => UrgencyEnum, { nullable: true, description: 'Records with an offer fast enough: IMMEDIATE hours, URGENT days, PLANNED weeks.' })
  urgency?: v.Urgency;

  @Field(() => [RecordStatusEnum], { nullable: true, description: 'Only these statuses (default: all).' })
  status?: v.RecordStatus[];

  @Field(() => String, { nullable: true, description: 'Verified by a person on or after this day (YYYY-MM-DD).' })
  verifiedSince?: string;

  @Field(() => Date, { nullable: true, description: 'Changed on or after this instant (for syncing).' })
  modifiedSince?: Date;

  @Field(() => String, { nullable: true, description: 'Full-text search in names, summaries and offers, in every language; results ranked by relevance.' })
  search?: string;

  @Field(() => Locale, { nullable: true, description: LOCALE_ARGUMENT })
  locale?: Locale;
}

@ArgsType()
class DirectoryArgs extends DirectoryFilterArgs {
  @Field(() => [RecordKindEnum], { nullable: true, description: 'Only these kinds of record.' })
  kinds?: RecordKind[];
}

/** A record's offers: all of them, or those that apply to one country. */
@ArgsType()
class OffersArgs extends NestedPageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'ISO code of a country: only the offers that apply to it (coverage and jurisdiction rules). Defaults to the `country` the parent list was filtered by; null for every offer.',
  })
  country?: string | null;
}

@ArgsType()
class StatePoliciesArgs extends DirectoryFilterArgs {
  @Field(() => String, { nullable: true, description: 'ISO code of the adopting state, or EU.' })
  issuer?: string;
}

async function listOf<T>(kind: RecordKind | null, args: DirectoryArgs, ctx: AppContext): Promise<ConnectionShape<T>> {
  const page = pageOf(args);
  const filter = toFilter(args);
  if (kind) filter.kinds = [kind];
  const { rows, keys, total } = await ctx.services.directory.list(filter, page);
  return connectionFrom(
    rows,
    total,
    page,
    (_r, i) => keys[i],
    (r) => {
      const record = toRecord(r, ctx.locale);
      // Nested offers follow the list's country filter (docs/directory.md).
      return (filter.country ? inCountry(record, filter.country) : record) as T;
    },
  );
}

for (const [kind, type] of Object.entries(TYPE_OF_KIND)) {
  registerNodeType(type, async (slug, ctx) => {
    const row = await ctx.loaders.directory.recordBySlug.load(slug);
    return row && row.kind === kind ? toRecord(row, ctx.locale) : null;
  });
}
registerNodeType('Offer', async (slug, ctx) => {
  const row = await ctx.loaders.directory.offerBySlug.load(slug);
  return row ? toOffer(row, ctx.locale) : null;
});

@InputType({ description: 'A new directory record.' })
class CreateDirectoryRecordInput {
  @Field(() => RecordKindEnum, { description: 'Which kind of record it is.' }) kind: RecordKind;
  @Field(() => GraphQLJSONObject, { description: 'The record in the shape of the seed files (docs/directory.md), validated like them.' })
  record: Record<string, unknown>;
}

@InputType({ description: 'A new version of a directory record.' })
class UpdateDirectoryRecordInput {
  @Field(() => ID, { description: "The record's global ID." }) id: string;
  @Field(() => GraphQLJSONObject, { description: 'The whole record (it replaces the current one), in the shape of the seed files; its slug cannot change.' })
  record: Record<string, unknown>;
}

@InputType({ description: 'The directory record to archive.' })
class ArchiveDirectoryRecordInput {
  @Field(() => ID, { description: "The record's global ID." }) id: string;
}

@InputType({ description: 'A source a person checked, with the date of its evidence.' })
class SourceInput {
  @Field({ description: 'Where it was read (an http or https URL).' }) url: string;
  @Field({ description: 'Its title, as written by its publisher.' }) title: string;
  @Field(() => SourceKindEnum, { description: "OFFICIAL: the body's own page or document; SECONDARY: someone else's." }) kind: SourceKind;
  @Field(() => SourceAccessEnum, { description: 'LIVE: read on the live page; STORED_COPY: an archived or third-party copy.' }) access: SourceAccess;
  @Field({ description: 'Date of the evidence: YYYY, YYYY-MM or YYYY-MM-DD (the page’s date, or the newest event it reports).' }) evidenceOn: string;
  @Field({ description: 'The day it was read (YYYY-MM-DD).' }) readOn: string;
}

@InputType({ description: 'The record a person checked, and the sources checked.' })
class MarkDirectoryRecordVerifiedInput {
  @Field(() => ID, { description: "The record's global ID." }) id: string;
  @Field(() => [SourceInput], {
    description: 'The sources checked, each dated, replacing the current ones. The record’s verifiedOn becomes the newest evidence date.',
  })
  sources: SourceInput[];
}

@ObjectType({ description: 'The result of a directory mutation.' })
class DirectoryRecordPayload {
  @Field(() => DirectoryRecord, { description: 'The record as it is now.' }) record: DirectoryRecord;
}

@Resolver()
export class DirectoryResolver {
  @Query(() => DirectoryRecordConnection, {
    description: 'The whole directory, every kind of record; ranked by relevance when searching, else by kind and slug.',
  })
  directory(@Args() args: DirectoryArgs, @Ctx() ctx: AppContext) {
    return listOf<DirectoryRecord>(null, args, ctx);
  }

  @Query(() => OrganizationConnection, { description: 'Support NGOs, funds and networks.' })
  organizations(@Args() args: DirectoryFilterArgs, @Ctx() ctx: AppContext) {
    return listOf<Organization>('ORGANIZATION', args, ctx);
  }

  @Query(() => StatePolicyConnection, { description: "States' (and the EU's) policies on defenders." })
  statePolicies(@Args() args: StatePoliciesArgs, @Ctx() ctx: AppContext) {
    return listOf<StatePolicy>('STATE_POLICY', args, ctx);
  }

  @Query(() => MechanismConnection, { description: 'UN and regional mechanisms; with `country`, those whose jurisdiction rules do not exclude it.' })
  mechanisms(@Args() args: DirectoryFilterArgs, @Ctx() ctx: AppContext) {
    return listOf<Mechanism>('MECHANISM', args, ctx);
  }

  @Query(() => ProgrammeConnection, { description: 'Fellowships, relocation schemes and funds.' })
  programmes(@Args() args: DirectoryFilterArgs, @Ctx() ctx: AppContext) {
    return listOf<Programme>('PROGRAMME', args, ctx);
  }

  @Query(() => DirectoryRecord, { nullable: true, description: 'One record by slug; null when unknown or archived.' })
  async directoryRecord(
    @Arg('slug', () => String, { description: "The record's slug (lowercase a-z, 0-9 and hyphens, at most 120 characters)." }) slug: string,
    @Arg('locale', () => Locale, { nullable: true, description: LOCALE_ARGUMENT }) _locale: Locale | undefined,
    @Ctx() ctx: AppContext,
  ): Promise<DirectoryRecord | null> {
    if (!/^[a-z0-9-]{1,120}$/.test(slug)) throw badInput('slug', 'must be a lowercase slug');
    const row = await ctx.loaders.directory.recordBySlug.load(slug);
    return row ? toRecord(row, ctx.locale) : null;
  }

  @Authorized('EDITOR')
  @Mutation(() => DirectoryRecordPayload, { description: 'EDITOR: adds a record. Audited.' })
  async createDirectoryRecord(
    @Arg('input', () => CreateDirectoryRecordInput, { description: 'The record to add.' }) input: CreateDirectoryRecordInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ) {
    const row = await ctx.services.directory.create(input.kind, input.record, viewer);
    return { record: toRecord(row, ctx.locale) };
  }

  @Authorized('EDITOR')
  @Mutation(() => DirectoryRecordPayload, { description: 'EDITOR: replaces a record with a new version. Audited.' })
  async updateDirectoryRecord(
    @Arg('input', () => UpdateDirectoryRecordInput, { description: 'The record and its new version.' }) input: UpdateDirectoryRecordInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ) {
    const row = await ctx.services.directory.update(recordKey(input.id, 'input.id'), input.record, viewer);
    return { record: toRecord(row, ctx.locale) };
  }

  @Authorized('EDITOR')
  @Mutation(() => DirectoryRecordPayload, { description: 'EDITOR: archives a record (it leaves lists and the finder; nothing is deleted). Audited.' })
  async archiveDirectoryRecord(
    @Arg('input', () => ArchiveDirectoryRecordInput, { description: 'The record to archive.' }) input: ArchiveDirectoryRecordInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ) {
    const row = await ctx.services.directory.archive(recordKey(input.id, 'input.id'), viewer);
    return { record: toRecord(row, ctx.locale) };
  }

  @Authorized('EDITOR')
  @Mutation(() => DirectoryRecordPayload, { description: 'EDITOR: records that a person checked the record against its sources. Audited.' })
  async markDirectoryRecordVerified(
    @Arg('input', () => MarkDirectoryRecordVerifiedInput, { description: 'The record and the sources checked.' }) input: MarkDirectoryRecordVerifiedInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ) {
    const sources = input.sources.map((s) => ({ url: s.url, title: s.title, kind: s.kind, access: s.access, evidenceOn: s.evidenceOn, readOn: s.readOn }));
    const row = await ctx.services.directory.markVerified(recordKey(input.id, 'input.id'), { sources }, viewer);
    return { record: toRecord(row, ctx.locale) };
  }
}

const positionOf = (row: { position: number }) => row.position;

/** Whole lists' connections by list and locale (see `listConnection`). */
const wholeLists = new WeakMap<readonly object[], Map<v.Locale, ConnectionShape<unknown>>>();

/**
 * A connection over a record's list. Asked whole (no cursor, a page not smaller than the list:
 * the default), it is the same for every request until the next change, when the rows in memory
 * and their lists are replaced: built once per list and locale, shared (frozen) like the nodes.
 */
function listConnection<R extends object, T>(
  all: readonly R[],
  page: Page,
  locale: v.Locale,
  positionOf: (row: R) => number,
  toNode: (row: R, locale: v.Locale) => T,
): ConnectionShape<T> {
  const build = () => connectionOfList(all, page, positionOf, (r) => toNode(r, locale));
  if (page.after !== null || page.limit < all.length) return build();
  let byLocale = wholeLists.get(all);
  if (!byLocale) wholeLists.set(all, (byLocale = new Map()));
  let connection = byLocale.get(locale) as ConnectionShape<T> | undefined;
  if (!connection) byLocale.set(locale, (connection = Object.freeze(build())));
  return connection;
}

/**
 * A record's channels and offers: the loaders take them from the rows in memory; a page is
 * sliced from the record's whole list (so `first`/`after` add no statement).
 */
const channelsOf = async (record: DirectoryRecord, args: NestedPageArgs, ctx: AppContext): Promise<ConnectionShape<ContactChannel>> => {
  const page = pageOf(args, MAX_PAGE_SIZE);
  return listConnection(await ctx.loaders.directory.channels.load(record.recordId), page, ctx.locale, positionOf, toChannel);
};

/**
 * A record's offers; with a country (the argument, else the country its list was filtered by),
 * only those that apply to it: coverage and jurisdiction rules, as the list filter reads them.
 */
const offersOf = async (record: DirectoryRecord, args: OffersArgs, ctx: AppContext): Promise<ConnectionShape<Offer>> => {
  const page = pageOf(args, MAX_PAGE_SIZE);
  const country = args.country === undefined ? record.listCountry : args.country === null ? undefined : toFilter({ country: args.country }).country;
  const offers = country
    ? await ctx.loaders.directory.offersForCountry.load({ recordId: record.recordId, country })
    : await ctx.loaders.directory.offers.load(record.recordId);
  return listConnection(offers, page, ctx.locale, positionOf, toOffer);
};

const countries = async (codes: string[], ctx: AppContext): Promise<Country[]> =>
  (await ctx.loaders.country.loadMany(codes)).flatMap((c) => (c && !(c instanceof Error) ? [toCountry(c, ctx.locale)] : []));

/** Fields every record kind shares (the implementing types inherit the resolver and its arguments). */
@Resolver(() => DirectoryRecord)
export class DirectoryRecordResolver {
  @FieldResolver(() => ContactChannelConnection, { description: 'How to make contact, in order (by default all of them).' })
  contactChannels(@Root() r: DirectoryRecord, @Args() args: NestedPageArgs, @Ctx() ctx: AppContext) {
    return channelsOf(r, args, ctx);
  }
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => OfferConnection)
  services(@Root() o: Organization, @Args() args: OffersArgs, @Ctx() ctx: AppContext) {
    return offersOf(o, args, ctx);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country of its headquarters; null when not recorded.' })
  async headquarters(@Root() o: Organization, @Ctx() ctx: AppContext): Promise<Country | null> {
    return o.headquartersCode ? ((await countries([o.headquartersCode], ctx))[0] ?? null) : null;
  }
}

@Resolver(() => StatePolicy)
export class StatePolicyResolver {
  @FieldResolver(() => OfferConnection)
  commitments(@Root() p: StatePolicy, @Args() args: OffersArgs, @Ctx() ctx: AppContext) {
    return offersOf(p, args, ctx);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The adopting state; null for the EU.' })
  async issuerCountry(@Root() p: StatePolicy, @Ctx() ctx: AppContext): Promise<Country | null> {
    return p.issuer === 'EU' ? null : ((await countries([p.issuer], ctx))[0] ?? null);
  }
}

@Resolver(() => Mechanism)
export class MechanismResolver {
  @FieldResolver(() => OfferConnection)
  procedures(@Root() m: Mechanism, @Args() args: OffersArgs, @Ctx() ctx: AppContext) {
    return offersOf(m, args, ctx);
  }
}

@Resolver(() => Programme)
export class ProgrammeResolver {
  @FieldResolver(() => Offer)
  async offer(@Root() p: Programme, @Ctx() ctx: AppContext): Promise<Offer> {
    return toOffer((await ctx.loaders.directory.offers.load(p.recordId))[0], ctx.locale);
  }
}

@Resolver(() => Offer)
export class OfferResolver {
  @FieldResolver(() => DirectoryRecord, { description: 'The organisation, policy, mechanism or programme offering it.' })
  async record(@Root() o: Offer, @Ctx() ctx: AppContext): Promise<DirectoryRecord> {
    return toRecord((await ctx.loaders.directory.recordById.load(o.recordId))!, ctx.locale);
  }
}

@Resolver(() => Coverage)
export class CoverageResolver {
  @FieldResolver(() => [Country], { description: 'The countries listed.' })
  countries(@Root() c: Coverage, @Ctx() ctx: AppContext) {
    return countries(c.countryCodes, ctx);
  }
}

export const DIRECTORY_RESOLVERS = [
  DirectoryResolver,
  TaxonomyResolver,
  DirectoryRecordResolver,
  OrganizationResolver,
  StatePolicyResolver,
  MechanismResolver,
  ProgrammeResolver,
  OfferResolver,
  CoverageResolver,
] as const;
