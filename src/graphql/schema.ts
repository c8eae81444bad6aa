/** Assembles the executable schema from every module's resolvers. */
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, type AuthChecker, type NonEmptyArray } from 'type-graphql';
import { AppError, ErrorCode } from '../shared/errors';
import type { AppContext } from './context';
import { NodeResolver } from './node.resolver';
import { CountryResolver } from '../modules/geography/country.resolver';
import { DIRECTORY_RESOLVERS } from '../modules/directory/directory.resolver';
import { FinderResolver, ResourceRefResolver } from '../modules/finder/finder.resolver';
import { AccessResolver } from '../modules/access/access.resolver';
import { CONTENT_RESOLVERS } from '../modules/content/content.resolver';
import { SupportersResolver } from '../modules/supporters/supporters.resolver';
import { CampaignSupportResolver } from '../modules/supporters/campaign-support.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const RESOLVERS: NonEmptyArray<Function> = [NodeResolver, CountryResolver, FinderResolver, ResourceRefResolver, ...DIRECTORY_RESOLVERS, AccessResolver, ...CONTENT_RESOLVERS, SupportersResolver, CampaignSupportResolver];

const authChecker: AuthChecker<AppContext> = ({ context }, roles) => {
  if (!context.viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, 'An API token is required for this operation');
  // ADMIN passes every role check.
  if (roles.length > 0 && !context.viewer.roles.includes('ADMIN') && !roles.some((r) => (context.viewer!.roles as string[]).includes(r))) {
    throw new AppError(ErrorCode.FORBIDDEN, `This operation needs the role ${roles.join(' or ')}`);
  }
  return true;
};

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
