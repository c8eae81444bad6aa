/**
 * What the access log may know about a GraphQL request: a safe name for its operation
 * (operation-label.ts: a committed operation's name, else its single root field, else `other`;
 * never a name the client made up, which may hold a country or an e-mail), its type and the
 * error codes — never the query text or variables. The HTTP layer writes one line per request.
 */
import type { OperationLabels } from './operation-label';
import type { RequestPart } from './request-parts';

export interface GraphqlRequestLog {
  /** The operation's safe name (operation-label.ts). */
  operation?: string;
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

/** Copies the operation's safe name, its type and the error codes into the request's log record. */
export function requestLogPart<TContext extends { requestLog?: GraphqlRequestLog }>(labels: OperationLabels): RequestPart<TContext> {
  const names = labels.index.dimension.values;
  return {
    willSendResponse({ contextValue, operation, errors }) {
      const log = contextValue.requestLog;
      if (!log) return;
      log.operation = names[labels.of(operation)];
      log.operationType = operation?.operation;
      if (errors?.length) log.errorCodes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
    },
  };
}
