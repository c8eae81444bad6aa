import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Connection } from '../../shared/relay';
import { RoleEnum, type Role } from './roles';

@ObjectType('Viewer', { description: 'Who the API token of this request belongs to.' })
export class ViewerInfo {
  @Field({ description: 'The name given to the token when it was issued.' }) name: string;
  @Field(() => [RoleEnum], { description: 'The roles the token carries.' }) roles: Role[];
}

@ObjectType({ description: 'An API token (never its secret nor its hash).' })
export class ApiToken {
  @Field(() => ID, { description: 'The id `npm run token:revoke -- --id` takes.' }) id: string;
  @Field({ description: 'The name given to the token when it was issued.' }) name: string;
  @Field(() => [RoleEnum], { description: 'The roles the token carries.' }) roles: Role[];
  @Field({ description: 'When it was issued (UTC).' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'Precise to about a minute.' }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was revoked (UTC); null while it is active.' }) revokedAt: Date | null;
}

@ObjectType({ description: 'A page of API tokens.' })
export class ApiTokenConnection extends Connection(ApiToken, 'ApiToken') {}

@ObjectType({ description: 'One change made through the API, with the values before and after (never personal data).' })
export class AuditEvent {
  @Field(() => ID, { description: "The event's identifier." }) id: string;
  @Field({ description: 'When the change was made (UTC).' }) occurredAt: Date;
  @Field(() => ID, { description: 'The API token that made the change.' }) actorTokenId: string;
  @Field({ description: "The token's name when the change was made." }) actorName: string;
  @Field({ description: 'What was done: a verb such as create, update, publish, moderate or send-newsletter.' }) action: string;
  @Field({ description: 'The GraphQL type name of what changed, e.g. Organization.' }) entityType: string;
  @Field({ description: 'The identifier of what changed.' }) entityId: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'A snapshot of the entity before the change, with personal data removed; null for a creation.' })
  before: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'A snapshot of the entity after the change, with personal data removed; null for a deletion.' })
  after: unknown;
}

@ObjectType({ description: 'A page of audit events.' })
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent') {}
