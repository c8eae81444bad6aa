import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Connection } from '../../shared/relay';
import { RoleEnum, type Role } from './roles';

@ObjectType('Viewer', { description: 'Who the API token of this request belongs to.' })
export class ViewerInfo {
  @Field({ description: 'The name given to the token when it was issued.' }) name: string;
  @Field(() => [RoleEnum]) roles: Role[];
}

@ObjectType({ description: 'An API token (never its secret nor its hash).' })
export class ApiToken {
  @Field(() => ID, { description: 'The id `npm run token:revoke -- --id` takes.' }) id: string;
  @Field() name: string;
  @Field(() => [RoleEnum]) roles: Role[];
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'Precise to about a minute.' }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}

@ObjectType()
export class ApiTokenConnection extends Connection(ApiToken, 'ApiToken') {}

@ObjectType({ description: 'One change made through the API, with the values before and after (never personal data).' })
export class AuditEvent {
  @Field(() => ID) id: string;
  @Field() occurredAt: Date;
  @Field(() => ID, { description: 'The API token that made the change.' }) actorTokenId: string;
  @Field({ description: "The token's name when the change was made." }) actorName: string;
  @Field() action: string;
  @Field() entityType: string;
  @Field() entityId: string;
  @Field(() => GraphQLJSON, { nullable: true }) before: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after: unknown;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent') {}
