/** Assembles the executable schema from every module's resolvers. */
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../modules/access/auth-checker';
import { NodeResolver } from './node.resolver';
import { CountryResolver } from '../modules/geography/country.resolver';
import { DIRECTORY_RESOLVERS } from '../modules/directory/directory.resolver';
import { FinderResolver, PlanRecordResolver, ResourceRefResolver } from '../modules/finder/finder.resolver';
import { AccessResolver } from '../modules/access/access.resolver';
import { CONTENT_RESOLVERS } from '../modules/content/content.resolver';
import { SupportersResolver } from '../modules/supporters/supporters.resolver';
import { CampaignSupportResolver } from '../modules/supporters/campaign-support.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const RESOLVERS: NonEmptyArray<Function> = [
  NodeResolver,
  CountryResolver,
  FinderResolver,
  ResourceRefResolver,
  PlanRecordResolver,
  ...DIRECTORY_RESOLVERS,
  AccessResolver,
  ...CONTENT_RESOLVERS,
  SupportersResolver,
  CampaignSupportResolver,
];

let cached: GraphQLSchema | null = null;

// type-graphql builds the root types without a description and takes none: set here, so every type is described.
const ROOT_DESCRIPTIONS = {
  Query:
    'Reads: the protection finder, the directory, countries, the taxonomy, campaign content, solidarity messages and the privacy notice. Anonymous, except fields whose description names a role (they need an API token with it).',
  Mutation:
    "Changes: supporters' signatures, messages, subscriptions and data-rights requests (anonymous), and editors', moderators' and admins' work (an API token with that role).",
};

export function buildAppSchema(): GraphQLSchema {
  if (!cached) {
    cached = buildSchemaSync({
      resolvers: RESOLVERS,
      authChecker,
      validate: false,
    });
    for (const root of [cached.getQueryType(), cached.getMutationType()]) {
      if (root) root.description = ROOT_DESCRIPTIONS[root.name as keyof typeof ROOT_DESCRIPTIONS];
    }
  }
  return cached;
}

/** The SDL committed as schema/schema.graphql: sorted, so it diffs cleanly. */
export function printAppSchema(): string {
  return printSchema(lexicographicSortSchema(buildAppSchema())) + '\n';
}
