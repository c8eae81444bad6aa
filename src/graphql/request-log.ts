/**
 * What the access log may know about a GraphQL request: its operation name and the error
 * codes — never the query text or variables. The HTTP layer writes one line per request.
 */
import type { ApolloServerPlugin } from '@apollo/server';

export interface GraphqlRequestLog {
  operationName?: string;
  operationType?: string;
  errorCodes?: string[];
}

const logs = new WeakMap<object, GraphqlRequestLog>();

/** The log record of one request (`request`: the HTTP layer's request object, the same for the context and the access log). */
export function graphqlLogOf(request: object): GraphqlRequestLog {
  let log = logs.get(request);
  if (!log) logs.set(request, (log = {}));
  return log;
}

/** The record when the GraphQL layer made one (the access log of any other route has none). */
export const graphqlLogIfAny = (request: object): GraphqlRequestLog | undefined => logs.get(request);

/** Copies the operation name and error codes into the request's log record. */
export function requestLogPlugin<TContext extends { requestLog?: GraphqlRequestLog }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, errors }) {
          const log = contextValue.requestLog;
          if (!log) return;
          // The name the executed document defines (not the request's free-text operationName field).
          log.operationName = operation?.name?.value;
          log.operationType = operation?.operation;
          if (errors?.length) log.errorCodes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
        },
      };
    },
  };
}
