import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { PageArgs, connectionFrom, pageOf } from '../../shared/relay';
import { badInput, notFound } from '../../shared/errors';
import { ApiToken, ApiTokenConnection, AuditEventConnection, ViewerInfo } from './access.types';
import { CurrentViewer } from './current-viewer';
import { tokenKey } from './access.service';
import { auditKey } from './audit.service';
import type { Viewer } from './viewer';

@ArgsType()
class AuditEventsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only events about this type, e.g. `Organization`.' })
  entityType?: string;

  @Field(() => String, { nullable: true, description: 'Only events about this entity (with `entityType`).' })
  entityId?: string;
}

@InputType({ description: 'The API token to revoke.' })
class RevokeApiTokenInput {
  @Field(() => ID, { description: "The token's id (from apiTokens)." }) id: string;
}

@ObjectType({ description: 'The result of revoking an API token.' })
class RevokeApiTokenPayload {
  @Field(() => ApiToken, { description: 'The token as it is now (revokedAt set).' }) apiToken: ApiToken;
}

@Resolver()
export class AccessResolver {
  @Query(() => ViewerInfo, { nullable: true, description: "The API token's holder; null without a valid token." })
  viewer(@Ctx() ctx: AppContext): ViewerInfo | null {
    return ctx.viewer ? { name: ctx.viewer.name, roles: ctx.viewer.roles as ViewerInfo['roles'] } : null;
  }

  @Authorized('ADMIN')
  @Query(() => ApiTokenConnection, { description: 'API tokens, newest first, revoked ones included (ADMIN).' })
  async apiTokens(@Args() args: PageArgs, @Ctx() ctx: AppContext): Promise<ApiTokenConnection> {
    const page = pageOf(args);
    const { rows, total } = await ctx.services.access.listTokens(page);
    return connectionFrom(rows, total, page, tokenKey, (r) => r);
  }

  @Authorized('EDITOR', 'ADMIN')
  @Query(() => AuditEventConnection, { description: 'Changes made through the API, newest first (EDITOR, ADMIN).' })
  async auditEvents(@Args() args: AuditEventsArgs, @Ctx() ctx: AppContext): Promise<AuditEventConnection> {
    const page = pageOf(args);
    if (args.entityId !== undefined && args.entityType === undefined) throw badInput('entityId', 'needs entityType');
    const { rows, total } = await ctx.services.audit.list(args, page);
    return connectionFrom(rows, total, page, auditKey, (r) => r);
  }

  @Authorized('ADMIN')
  @Mutation(() => RevokeApiTokenPayload, {
    description: 'ADMIN: revokes a token at once (other replicas within 30 seconds). Audited. NOT_FOUND when no active token has the id.',
  })
  async revokeApiToken(
    @Arg('input', () => RevokeApiTokenInput, { description: 'The token to revoke.' }) input: RevokeApiTokenInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ): Promise<RevokeApiTokenPayload> {
    const apiToken = await ctx.services.access.revokeToken(input.id, viewer);
    if (!apiToken) throw notFound('active API token');
    return { apiToken };
  }
}
