/**
 * What the access log may know about a GraphQL request: its operation name and the error
 * codes — never the query text or variables. The HTTP layer writes one line per request.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Response } from 'express';

export interface GraphqlRequestLog {
  operationName?: string;
  operationType?: string;
  errorCodes?: string[];
}

export function graphqlLogOf(res: Response): GraphqlRequestLog {
  res.locals.graphql ??= {};
  return res.locals.graphql as GraphqlRequestLog;
}

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
