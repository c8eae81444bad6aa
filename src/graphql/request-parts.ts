/**
 * The project's own work on each GraphQL request, run by one Apollo plugin. Apollo calls every
 * plugin's hook at every stage and awaits them all, a promise per plugin per stage; six small
 * plugins made the `{ __typename }` floor pay for that on every request (docs/benchmarks.md,
 * "HTTP floor"). Here each part is a plain function, the parts run in the order given, and a
 * stage awaits only a part that returns a promise (the query budget).
 */
import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContext,
  GraphQLRequestContextDidEncounterErrors,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestContextWillSendResponse,
  GraphQLRequestListener,
} from '@apollo/server';

/** One part's hooks: Apollo's request stages, as synchronous functions unless the part must wait. */
export interface RequestPart<TContext extends BaseContext> {
  requestDidStart?(requestContext: GraphQLRequestContext<TContext>): void;
  /** May throw a GraphQLError to refuse the request: the later parts' checks do not run. */
  didResolveOperation?(requestContext: GraphQLRequestContextDidResolveOperation<TContext>): void | Promise<void>;
  didEncounterErrors?(requestContext: GraphQLRequestContextDidEncounterErrors<TContext>): void;
  willSendResponse?(requestContext: GraphQLRequestContextWillSendResponse<TContext>): void;
}

const hooksOf = <TContext extends BaseContext, K extends keyof RequestPart<TContext>>(parts: readonly RequestPart<TContext>[], hook: K) =>
  parts.flatMap((part) => (part[hook] ? [part[hook].bind(part) as NonNullable<RequestPart<TContext>[K]>] : []));

export function requestPartsPlugin<TContext extends BaseContext>(parts: readonly RequestPart<TContext>[]): ApolloServerPlugin<TContext> {
  const starts = hooksOf(parts, 'requestDidStart');
  const resolved = hooksOf(parts, 'didResolveOperation');
  const failed = hooksOf(parts, 'didEncounterErrors');
  const sending = hooksOf(parts, 'willSendResponse');
  // One listener for every request: nothing is allocated per request beyond what Apollo does.
  const listener: GraphQLRequestListener<TContext> = {
    async didResolveOperation(requestContext) {
      for (const hook of resolved) {
        const waiting = hook(requestContext);
        if (waiting) await waiting;
      }
    },
    async didEncounterErrors(requestContext) {
      for (const hook of failed) hook(requestContext);
    },
    async willSendResponse(requestContext) {
      for (const hook of sending) hook(requestContext);
    },
  };
  return {
    async requestDidStart(requestContext) {
      for (const hook of starts) hook(requestContext);
      return listener;
    },
  };
}
