/**
 * Anonymous clients' query budget: each operation costs what the cost limit counts
 * (`queryCost`), taken from a per-client budget per minute (`ANONYMOUS_QUERY_COST_PER_MINUTE`),
 * shared through Redis when REDIS_URL is set (shared/rate-limit.ts). When it is spent the
 * request is answered 429 RATE_LIMITED with `extensions.retryAfterSeconds` and a Retry-After
 * header, before anything runs. Requests with a valid token (editors, the campaign team) are
 * not counted. It bounds how fast one client can make the server parse, validate and compile
 * new documents, as well as how much it can read.
 */
import type { GraphQLSchema } from 'graphql';
import { AppError, ErrorCode } from '../shared/errors';
import type { AppContext } from './context';
import { queryCost } from './limits';
import type { RequestPart } from './request-parts';

export function anonymousQueryBudgetPart(schema: GraphQLSchema, costPerMinute: number): RequestPart<AppContext> {
  const options = { key: 'graphql.anonymousQueryCost', points: costPerMinute, durationSeconds: 60 };
  return {
    // No promise for an editor's request; otherwise the budget's own, chained (every anonymous request comes through here).
    didResolveOperation({ contextValue, document }) {
      if (contextValue.viewer) return;
      // Any query within the cost limit can run on a full budget, even when the budget is below that limit.
      const points = Math.min(costPerMinute, Math.max(1, Math.ceil(queryCost(schema, document))));
      return contextValue.services.rateLimits.consume(options, contextValue.clientKey, points).catch((err: unknown) => {
        if (!(err instanceof AppError) || err.extensions.code !== ErrorCode.RATE_LIMITED) throw err;
        const retryAfterSeconds = Number(err.extensions.retryAfterSeconds);
        throw new AppError(ErrorCode.RATE_LIMITED, `Query budget spent: try again in ${retryAfterSeconds} seconds`, {
          retryAfterSeconds,
          // Apollo turns this into the response's status and headers, and removes it from the body.
          http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
        });
      });
    },
  };
}
