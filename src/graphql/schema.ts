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

export function buildAppSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers: RESOLVERS,
    authChecker,
    validate: false,
  });
  return cached;
}

/** The SDL committed as schema/schema.graphql: sorted, so it diffs cleanly. */
export function printAppSchema(): string {
  return printSchema(lexicographicSortSchema(buildAppSchema())) + '\n';
}
